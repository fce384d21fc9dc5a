#include "programmelinks.h"

#include <QtTest>

using namespace planner;

class TestProgrammeLinks : public QObject
{
    Q_OBJECT

private slots:
    void alternateLinksComeFirstResolvedAgainstThePage();
    void anchorsToFilesNamedLikeAProgramme();
    void onlyWebAddressesEachOnce();
    void commentsScriptsAndOtherAlternatesAreIgnored();
    void baseTagChangesWhatLinksAreRelativeTo();
    void isHtmlPage_data();
    void isHtmlPage();
};

void TestProgrammeLinks::alternateLinksComeFirstResolvedAgainstThePage()
{
    const QByteArray html = R"html(<!DOCTYPE html><html><head>
        <link rel="stylesheet" href="style.css">
        <link rel="alternate" type="application/vnd.c3voc.schedule+xml" title="Fahrplan (XML)"
              href="/fahrplan/schedule.xml">
        <LINK REL='Alternate' TYPE='text/calendar' HREF='schedule.ics' title='Calendar &amp; all'>
        <link href="https://other.example/export.json" type="application/json" rel="alternate">
        </head><body><a href="/fahrplan/schedule.xml">the same file again</a></body></html>)html";
    const QList<ProgrammeLink> links
        = ProgrammeLinks::find(html, QUrl(QStringLiteral("https://conf.example/2026/index.html")));
    QCOMPARE(links.size(), 3);
    QCOMPARE(links.at(0).url, QUrl(QStringLiteral("https://conf.example/fahrplan/schedule.xml")));
    QCOMPARE(links.at(0).type, QStringLiteral("application/vnd.c3voc.schedule+xml"));
    QCOMPARE(links.at(0).title, QStringLiteral("Fahrplan (XML)"));
    QCOMPARE(links.at(1).url, QUrl(QStringLiteral("https://conf.example/2026/schedule.ics")));
    QCOMPARE(links.at(1).type, QStringLiteral("text/calendar"));
    QCOMPARE(links.at(1).title, QStringLiteral("Calendar & all"));
    QCOMPARE(links.at(2).url, QUrl(QStringLiteral("https://other.example/export.json")));
}

void TestProgrammeLinks::anchorsToFilesNamedLikeAProgramme()
{
    const QByteArray html = R"html(<html><body>
        <a href="schedule.json">Schedule <b>JSON</b></a>
        <a href=fahrplan.xml>XML</a>
        <a href="talks/everything.ics">Calendar</a>
        <a href="photos.xml">not a programme</a>
        <a href="schedule.pdf">printable</a>
        <a href="/about">About</a></body></html>)html";
    const QList<ProgrammeLink> links
        = ProgrammeLinks::find(html, QUrl(QStringLiteral("http://conf.example/2026/")));
    QCOMPARE(links.size(), 3);
    QCOMPARE(links.at(0).url, QUrl(QStringLiteral("http://conf.example/2026/schedule.json")));
    QCOMPARE(links.at(0).type, QStringLiteral("application/json"));
    QCOMPARE(links.at(0).title, QStringLiteral("Schedule JSON"));
    QCOMPARE(links.at(1).url, QUrl(QStringLiteral("http://conf.example/2026/fahrplan.xml")));
    QCOMPARE(links.at(1).type, QStringLiteral("application/xml"));
    QCOMPARE(
        links.at(2).url, QUrl(QStringLiteral("http://conf.example/2026/talks/everything.ics")));
    QCOMPARE(links.at(2).type, QStringLiteral("text/calendar"));
}

void TestProgrammeLinks::onlyWebAddressesEachOnce()
{
    const QByteArray html = R"html(<html>
        <link rel="alternate" type="application/xml" href="ftp://files.example/schedule.xml">
        <link rel="alternate" type="application/xml" href="file:///etc/schedule.xml">
        <a href="javascript:load('schedule.json')">load</a>
        <a href="mailto:team@example.org?subject=schedule.xml">mail</a>
        <a href="schedule.xml#day1">Day 1</a>
        <a href="schedule.xml#day2">Day 2</a></html>)html";
    const QList<ProgrammeLink> links
        = ProgrammeLinks::find(html, QUrl(QStringLiteral("https://conf.example/")));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().url, QUrl(QStringLiteral("https://conf.example/schedule.xml")));
    QCOMPARE(links.first().title, QStringLiteral("Day 1"));
}

void TestProgrammeLinks::commentsScriptsAndOtherAlternatesAreIgnored()
{
    const QByteArray html = R"html(<html><head>
        <!-- <link rel="alternate" type="application/xml" href="old/schedule.xml"> -->
        <script>document.write('<a href="schedule.json">x</a>');</script>
        <link rel="alternate" type="application/rss+xml" href="news.xml">
        <link rel="alternate" hreflang="de" href="/de/">
        </head><body>Nothing to import here.</body></html>)html";
    QVERIFY(ProgrammeLinks::find(html, QUrl(QStringLiteral("https://conf.example/"))).isEmpty());
}

void TestProgrammeLinks::baseTagChangesWhatLinksAreRelativeTo()
{
    const QByteArray html = R"html(<html><head><base href="https://cdn.example/conf/">
        <link rel="alternate" type="application/json" href="schedule.json"></head></html>)html";
    const QList<ProgrammeLink> links
        = ProgrammeLinks::find(html, QUrl(QStringLiteral("https://conf.example/page")));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().url, QUrl(QStringLiteral("https://cdn.example/conf/schedule.json")));
}

void TestProgrammeLinks::isHtmlPage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("page");
    QTest::newRow("served as HTML") << QByteArray("<schedule/>") << QByteArray("text/html") << true;
    QTest::newRow("with a charset")
        << QByteArray("x") << QByteArray("text/html; charset=utf-8") << true;
    QTest::newRow("XHTML") << QByteArray("x") << QByteArray("application/xhtml+xml") << true;
    QTest::newRow("a page served as text")
        << QByteArray("\xef\xbb\xbf\n <!DOCTYPE html><html></html>") << QByteArray("text/plain")
        << true;
    QTest::newRow("a page without a type") << QByteArray("<HTML><body>") << QByteArray() << true;
    QTest::newRow("XML") << QByteArray("<?xml version=\"1.0\"?><schedule/>")
                         << QByteArray("application/xml") << false;
    QTest::newRow("JSON as text") << QByteArray("{\"schedule\": {}}") << QByteArray("text/plain")
                                  << false;
}

void TestProgrammeLinks::isHtmlPage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, type);
    QFETCH(bool, page);
    QCOMPARE(ProgrammeLinks::isHtmlPage(bytes, type), page);
}

QTEST_GUILESS_MAIN(TestProgrammeLinks)
#include "tst_programmelinks.moc"
