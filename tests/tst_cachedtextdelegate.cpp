#include "cachedtextdelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QtTest>

using namespace planner;

namespace {

// Where a painted cell differs from its background: the text's ink.
QRect inkOf(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    QRect ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                ink |= QRect(x, y, 1, 1);
        }
    }
    return ink;
}

} // namespace

// CachedTextDelegate draws what QStyledItemDelegate draws: the same text at the
// same place, elided alike, selected or not.
class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void drawsWhereTheStyleDraws_data();
    void drawsWhereTheStyleDraws();
    void drawsTheTextAgainFromItsCache();

private:
    QImage paint(const QStyledItemDelegate &delegate, const QModelIndex &index, int width,
        bool selected) const;
};

QImage TestCachedTextDelegate::paint(
    const QStyledItemDelegate &delegate, const QModelIndex &index, int width, bool selected) const
{
    QTreeView view;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(0, 0, width, 24);
    option.textElideMode = Qt::ElideRight;
    option.showDecorationSelected = true; // as QTreeView::drawRow() sets it for row selection
    option.state |= QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    QImage image(width, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

void TestCachedTextDelegate::drawsWhereTheStyleDraws_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<int>("alignment");
    QTest::newRow("fits") << QStringLiteral("Quantum kernels") << 300 << false
                          << int(Qt::AlignLeft | Qt::AlignVCenter);
    QTest::newRow("elided") << QStringLiteral("A very long session title that cannot fit") << 120
                            << false << int(Qt::AlignLeft | Qt::AlignVCenter);
    QTest::newRow("Chinese") << QStringLiteral("量子網路與量子計算的未來") << 100 << false
                             << int(Qt::AlignLeft | Qt::AlignVCenter);
    QTest::newRow("selected") << QStringLiteral("S74495") << 200 << true
                              << int(Qt::AlignLeft | Qt::AlignVCenter);
    QTest::newRow("right aligned")
        << QStringLiteral("10:00") << 200 << false << int(Qt::AlignRight | Qt::AlignVCenter);
}

void TestCachedTextDelegate::drawsWhereTheStyleDraws()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(bool, selected);
    QFETCH(int, alignment);
    QStandardItemModel model;
    auto *item = new QStandardItem(text);
    item->setData(alignment, Qt::TextAlignmentRole);
    model.appendRow(item);
    const QModelIndex index = model.index(0, 0);

    const QStyledItemDelegate styled;
    const CachedTextDelegate cached;
    const QImage expected = paint(styled, index, width, selected);
    const QImage actual = paint(cached, index, width, selected);
    const QRect expectedInk = inkOf(expected);
    const QRect actualInk = inkOf(actual);
    QVERIFY(!actualInk.isEmpty());
    // The same box to a pixel or two: glyphs may land on other sub-pixels.
    QVERIFY2(qAbs(actualInk.left() - expectedInk.left()) <= 2
            && qAbs(actualInk.right() - expectedInk.right()) <= 2
            && qAbs(actualInk.top() - expectedInk.top()) <= 2
            && qAbs(actualInk.bottom() - expectedInk.bottom()) <= 2,
        qPrintable(QStringLiteral("style %1,%2 %3x%4, cached %5,%6 %7x%8")
                       .arg(expectedInk.x())
                       .arg(expectedInk.y())
                       .arg(expectedInk.width())
                       .arg(expectedInk.height())
                       .arg(actualInk.x())
                       .arg(actualInk.y())
                       .arg(actualInk.width())
                       .arg(actualInk.height())));
}

void TestCachedTextDelegate::drawsTheTextAgainFromItsCache()
{
    QStandardItemModel model;
    model.appendRow(new QStandardItem(QStringLiteral("Recorded keynote")));
    const QModelIndex index = model.index(0, 0);
    const CachedTextDelegate delegate;
    const QImage first = paint(delegate, index, 200, false);
    QCOMPARE(paint(delegate, index, 200, false), first);
    // Another text at the same width is not the cached one.
    model.item(0)->setText(QStringLiteral("Breakfast talk"));
    QVERIFY(paint(delegate, index, 200, false) != first);
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
