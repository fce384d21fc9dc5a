#include "sessionhtml.h"

#include <QGuiApplication>
#include <QTest>

using namespace planner;

class TestSessionHtml : public QObject
{
    Q_OBJECT

private slots:
    void showsWebLinksOnly();
};

void TestSessionHtml::showsWebLinksOnly()
{
    Session session;
    session.title = LocalizedText::english(QStringLiteral("Kernels"));
    session.links = {
        { Link::addressOf(QStringLiteral("https://example.org/slides.pdf")),
            QStringLiteral("Slides & notes") },
        { Link::addressOf(QStringLiteral("https://example.org/a?q=\"x\"")), QString() },
        { Link::addressOf(QStringLiteral("javascript:alert(1)")), QStringLiteral("Run") },
    };
    const QString html = SessionHtml(Conference(), Language::English).render(session, QString());
    QVERIFY2(html.contains(QStringLiteral(
                 "<a href=\"https://example.org/slides.pdf\">Slides &amp; notes</a>")),
        qPrintable(html));
    // Without a title, the address as the programme wrote it is the text; in the
    // link itself, quotes are encoded.
    QVERIFY2(html.contains(QStringLiteral("<a href=\"https://example.org/a?q=%22x%22\">"
                                          "https://example.org/a?q=&quot;x&quot;</a>")),
        qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("javascript")));
    QVERIFY(!html.contains(QStringLiteral("Run")));
}

QTEST_MAIN(TestSessionHtml)
#include "tst_sessionhtml.moc"
