// The window on the screens people have: run by ctest once per screen in
// tests/data/screens (1280×720, 1920×1080, and 1600×1000 at 150 %), each in
// English and Traditional Chinese. Every pane is on the screen, the titles have
// room to be read, and a picture of the window is kept beside the test
// (window-WxH@DPR-LANG.png) for a person to look at.

#include "bundledconference.h"
#include "database.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "scheduleview.h"
#include "sessiondetailspane.h"
#include "tracktreemodel.h"
#include "windowtesthelpers.h"

#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace planner;

class TestWindowSizes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyPaneOnTheScreen_data();
    void everyPaneOnTheScreen();

private:
    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestWindowSizes::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("window.sqlite"))).ok());
    QVERIFY(BundledConference::ensureImported(*m_db).ok());
}

void TestWindowSizes::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestWindowSizes::everyPaneOnTheScreen_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("en") << Language::English;
    QTest::newRow("zh_TW") << Language::Chinese;
}

void TestWindowSizes::everyPaneOnTheScreen()
{
    QFETCH(Language, language);
    QVERIFY(m_translations.install(language));
    auto window = openWindow(*m_db, m_translations);
    QVERIFY(window);
    QScreen *screen = window->screen();
    const QRect available = screen->availableGeometry();
    const QString name = QStringLiteral("%1x%2@%3-%4")
                             .arg(available.width())
                             .arg(available.height())
                             .arg(screen->devicePixelRatio())
                             .arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY2(available.contains(window->frameGeometry()), qPrintable(name));
    // A window that fills a large screen, not 1280×800 whatever the screen.
    QVERIFY2(window->width() >= available.width() * 3 / 4, qPrintable(name));

    const auto onScreen = [&](QWidget *widget) {
        const QRect area(widget->mapToGlobal(QPoint(0, 0)), widget->size());
        return widget->isVisible() && available.contains(area);
    };
    QVERIFY2(onScreen(window->statusBar()), qPrintable(name));
    QVERIFY2(onScreen(window->programmeView()), qPrintable(name));
    QVERIFY2(onScreen(window->detailsPane()), qPrintable(name));
    QVERIFY2(onScreen(window->scheduleView()), qPrintable(name));

    // The title has room to be read: more than the 17 characters it once had.
    QTreeView *tree = window->programmeView();
    const int title = tree->columnWidth(TrackTreeModel::TitleColumn);
    const int characters = title / qMax(1, tree->fontMetrics().averageCharWidth());
    QVERIFY2(characters >= 30,
        qPrintable(QStringLiteral("%1: the title column holds %2 characters")
                       .arg(name)
                       .arg(characters)));

    // The picture is drawn at the screen's own density and is not blank.
    const QImage picture = window->grab().toImage();
    QCOMPARE(picture.size(), window->size() * screen->devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); y += 7) {
        for (int x = 0; x < picture.width(); x += 7)
            colours.insert(picture.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(name));
    QVERIFY(picture.save(QStringLiteral("window-%1.png").arg(name)));
}

QTEST_MAIN(TestWindowSizes)
#include "tst_windowsizes.moc"
