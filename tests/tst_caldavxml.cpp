#include "caldavxml.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace planner;

// The CalDAV request bodies and the multistatus parser, without a network: the
// answers are written as servers write them (prefixes of their own, properties
// not found in a 404 propstat, absolute URLs as hrefs).
class TestCalDavXml : public QObject
{
    Q_OBJECT

private slots:
    void readsPrincipalWithAnyPrefix();
    void readsCalendarHomeSet();
    void readsCalendarsAndTheirComponents();
    void ignoresPropertiesOfFailedPropstat();
    void readsEtagsOfEvents();
    void refusesWhatIsNotMultistatus_data();
    void refusesWhatIsNotMultistatus();
    void requestBodiesAreWellFormedAndAskWhatIsNeeded();
    void makeCalendarEscapesItsName();
};

void TestCalDavXml::readsPrincipalWithAnyPrefix()
{
    const QByteArray body = R"(<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:"><D:response><D:href>/</D:href>
<D:propstat><D:prop><D:current-user-principal><D:href>/principals/alice/</D:href>
</D:current-user-principal></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
</D:response></D:multistatus>)";
    const auto resources = CalDavXml::parseMultistatus(body);
    QVERIFY(resources);
    QCOMPARE(resources->size(), 1);
    QCOMPARE(resources->first().href, QStringLiteral("/"));
    QCOMPARE(resources->first().status, 200);
    QCOMPARE(resources->first().principal, QStringLiteral("/principals/alice/"));
}

void TestCalDavXml::readsCalendarHomeSet()
{
    const QByteArray body = R"(<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
<response><href>/principals/alice/</href><propstat><prop><C:calendar-home-set>
<href>https://cal.example.org/calendars/alice/</href></C:calendar-home-set></prop>
<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>)";
    const auto resources = CalDavXml::parseMultistatus(body);
    QVERIFY(resources);
    QCOMPARE(resources->first().calendarHomes,
        QStringList { QStringLiteral("https://cal.example.org/calendars/alice/") });
}

void TestCalDavXml::readsCalendarsAndTheirComponents()
{
    const QByteArray body
        = R"(<d:multistatus xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">
<d:response><d:href>/alice/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype>
<d:displayname>Alice</d:displayname></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>/alice/work/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><cal:calendar/>
</d:resourcetype><d:displayname>Work &amp; talks</d:displayname><cal:supported-calendar-component-set>
<cal:comp name="VEVENT"/><cal:comp name="VTODO"/></cal:supported-calendar-component-set></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>/alice/tasks/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><cal:calendar/>
</d:resourcetype><d:displayname>Tasks</d:displayname><cal:supported-calendar-component-set>
<cal:comp name="vtodo"/></cal:supported-calendar-component-set></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>/alice/plain/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><cal:calendar/>
</d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
</d:multistatus>)";
    const auto resources = CalDavXml::parseMultistatus(body);
    QVERIFY(resources);
    QCOMPARE(resources->size(), 4);
    QVERIFY(resources->at(0).isCollection);
    QVERIFY(!resources->at(0).isCalendar);
    QVERIFY(!resources->at(0).acceptsEvents());
    QCOMPARE(resources->at(1).displayName, QStringLiteral("Work & talks"));
    QCOMPARE(resources->at(1).components,
        (QStringList { QStringLiteral("VEVENT"), QStringLiteral("VTODO") }));
    QVERIFY(resources->at(1).acceptsEvents());
    QCOMPARE(resources->at(2).components, QStringList { QStringLiteral("VTODO") });
    QVERIFY(!resources->at(2).acceptsEvents()); // tasks only
    QVERIFY(resources->at(3).acceptsEvents()); // no restriction said: every component
}

void TestCalDavXml::ignoresPropertiesOfFailedPropstat()
{
    // Servers answer a property they do not have with an empty element in a 404 propstat.
    const QByteArray body = R"(<multistatus xmlns="DAV:"><response><href>/x/</href>
<propstat><prop><displayname>Shown</displayname></prop><status>HTTP/1.1 200 OK</status></propstat>
<propstat><prop><current-user-principal><href>/bogus/</href></current-user-principal></prop>
<status>HTTP/1.1 404 Not Found</status></propstat></response></multistatus>)";
    const auto resources = CalDavXml::parseMultistatus(body);
    QVERIFY(resources);
    QCOMPARE(resources->first().displayName, QStringLiteral("Shown"));
    QVERIFY(resources->first().principal.isEmpty());
    QCOMPARE(resources->first().status, 200);
}

void TestCalDavXml::readsEtagsOfEvents()
{
    const QByteArray body = R"(<multistatus xmlns="DAV:">
<response><href>/alice/gtc/</href><propstat><prop><resourcetype><collection/></resourcetype>
<getetag>"c0"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response><href>/alice/gtc/a%40conference-planner.ics</href><propstat><prop><resourcetype/>
<getetag> "e1" </getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response><href>/alice/gtc/gone.ics</href><status>HTTP/1.1 404 Not Found</status></response>
</multistatus>)";
    const auto resources = CalDavXml::parseMultistatus(body);
    QVERIFY(resources);
    QCOMPARE(resources->size(), 3);
    QVERIFY(resources->at(0).isCollection);
    QCOMPARE(resources->at(1).href, QStringLiteral("/alice/gtc/a%40conference-planner.ics"));
    QCOMPARE(resources->at(1).etag, QStringLiteral("\"e1\""));
    QVERIFY(!resources->at(1).isCollection);
    QCOMPARE(resources->at(2).status, 404);
}

void TestCalDavXml::refusesWhatIsNotMultistatus_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("html") << QByteArray("<html><body>Login</body></html>")
                          << QStringLiteral("not a WebDAV multistatus");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1");
    QTest::newRow("cut short") << QByteArray("<multistatus xmlns=\"DAV:\"><response>\n<href>/a")
                               << QStringLiteral("line 2");
    QTest::newRow("wrong namespace")
        << QByteArray("<multistatus xmlns=\"urn:other\"/>") << QStringLiteral("not a WebDAV");
}

void TestCalDavXml::refusesWhatIsNotMultistatus()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!CalDavXml::parseMultistatus(body, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestCalDavXml::requestBodiesAreWellFormedAndAskWhatIsNeeded()
{
    const QList<std::pair<QByteArray, QStringList>> bodies = {
        { CalDavXml::principalQuery(), { QStringLiteral("current-user-principal") } },
        { CalDavXml::homeQuery(), { QStringLiteral("calendar-home-set") } },
        { CalDavXml::calendarsQuery(),
            { QStringLiteral("displayname"), QStringLiteral("resourcetype"),
                QStringLiteral("supported-calendar-component-set") } },
        { CalDavXml::etagQuery(), { QStringLiteral("getetag"), QStringLiteral("resourcetype") } },
    };
    for (const auto &[body, wanted] : bodies) {
        QXmlStreamReader xml(body);
        QStringList asked;
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QStringLiteral("propfind"));
        QCOMPARE(xml.namespaceUri(), QStringLiteral("DAV:"));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() != u"prop")
                asked.append(xml.name().toString());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(asked, wanted);
    }
}

void TestCalDavXml::makeCalendarEscapesItsName()
{
    const QString name = QStringLiteral("GTC <2025> & \"friends\" 大會");
    QXmlStreamReader xml(CalDavXml::makeCalendar(name));
    QString displayName;
    QString component;
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QStringLiteral("mkcalendar"));
    QCOMPARE(xml.namespaceUri(), QStringLiteral("urn:ietf:params:xml:ns:caldav"));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"displayname")
            displayName = xml.readElementText();
        else if (xml.name() == u"comp")
            component = xml.attributes().value(QStringLiteral("name")).toString();
    }
    QVERIFY(!xml.hasError());
    QCOMPARE(displayName, name);
    QCOMPARE(component, QStringLiteral("VEVENT"));
}

QTEST_GUILESS_MAIN(TestCalDavXml)
#include "tst_caldavxml.moc"
