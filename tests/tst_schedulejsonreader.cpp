#include "importtesthelpers.h"
#include "programmereader.h"
#include "schedulejsonreader.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace planner;
using namespace importtest;

class TestScheduleJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readsConferenceInItsZone();
    void keepsEventsWithRepeatedIdsByGuid();
    void readsNullFieldsAndRoomObjects();
    void cleansCarriageReturnsAndScripts();
    void keysWithoutGuidOrId();
    void keepsLinksGivenAsStrings();
    void reads39c3();
    void readsCamp2019();
    void malformedFilesNamePosition_data();
    void malformedFilesNamePosition();
    void refusesHostileInput_data();
    void refusesHostileInput();

private:
    static ReadResult read(const QByteArray &json)
    {
        return ScheduleJsonReader().read(json, QStringLiteral("test.json"));
    }
    static ReadResult quirks()
    {
        const QString path = fixture("import-schedule-quirks.json");
        return ScheduleJsonReader().read(readAll(path), path);
    }
};

void TestScheduleJsonReader::readsConferenceInItsZone()
{
    const ReadResult r = quirks();
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const Conference &c = r.data.conference;
    QCOMPARE(c.key, QStringLiteral("tc25"));
    QCOMPARE(c.title.en, QStringLiteral("Tiny Congress 2025"));
    QCOMPARE(c.timeZone, QStringLiteral("Europe/Berlin"));
    // The start is written in UTC; the conference days are Berlin's.
    QCOMPARE(c.startDate, QDate(2025, 12, 27));
    QCOMPARE(c.endDate, QDate(2025, 12, 28));
    QCOMPARE(c.url, QUrl(QStringLiteral("https://example.org/tc25/")));
}

void TestScheduleJsonReader::keepsEventsWithRepeatedIdsByGuid()
{
    const ReadResult r = quirks();
    QVERIFY(r.ok());
    QCOMPARE(r.data.sessions.size(), 5);
    const Session *late
        = sessionByKey(r.data, QStringLiteral("aaaaaaaa-0000-0000-0000-000000000002"));
    const Session *same
        = sessionByKey(r.data, QStringLiteral("aaaaaaaa-0000-0000-0000-000000000003"));
    QVERIFY(late && same);
    QCOMPARE(same->title.en, QStringLiteral("Same id, other guid"));
    // After midnight, but on the first conference day.
    QCOMPARE(late->time.start, utc(2025, 12, 28, 0, 0));
    QCOMPARE(late->time.end, utc(2025, 12, 28, 1, 0));
    QCOMPARE(late->time.date, QDate(2025, 12, 27));
    QCOMPARE(late->subtitle.en, QStringLiteral("after midnight"));
}

void TestScheduleJsonReader::readsNullFieldsAndRoomObjects()
{
    const ReadResult r = quirks();
    QVERIFY(r.ok());
    // Rooms come in the order of the conference's room objects, not sorted.
    const Session &opening = r.data.sessions.first();
    QCOMPARE(opening.key, QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001"));
    QCOMPARE(opening.code, QStringLiteral("POWER1"));
    QCOMPARE(opening.room, QStringLiteral("Zebra Hall"));
    QVERIFY(opening.subtitle.isEmpty());
    QCOMPARE(opening.trackKey, QStringLiteral("general"));
    QCOMPARE(opening.language, QStringLiteral("de"));
    QCOMPARE(opening.type, QStringLiteral("Ceremony"));
    // "0:30", unpadded.
    QCOMPARE(opening.time.start, utc(2025, 12, 27, 9, 30));
    QCOMPARE(opening.time.end, utc(2025, 12, 27, 10, 0));
    // Persons with a guid and no id, named by public_name or name.
    QCOMPARE(
        opening.speakers, QStringList({ QStringLiteral("pajowu"), QStringLiteral("Stella Name") }));
    QCOMPARE(opening.links.size(), 2);
    QCOMPARE(opening.links.at(1).title, QStringLiteral("Slides"));
    QCOMPARE(
        trackKeys(r.data), QStringList({ QStringLiteral("general"), QStringLiteral("hardware") }));
    const Session *same
        = sessionByKey(r.data, QStringLiteral("aaaaaaaa-0000-0000-0000-000000000003"));
    QCOMPARE(same->speakers, QStringList { QStringLiteral("Only Public") });
    QCOMPARE(same->room, QStringLiteral("Ant Room"));
}

void TestScheduleJsonReader::cleansCarriageReturnsAndScripts()
{
    const ReadResult r = quirks();
    QVERIFY(r.ok());
    const Session &opening = r.data.sessions.first();
    QCOMPARE(opening.overview.en, QStringLiteral("Line one\nLine two"));
    QCOMPARE(opening.description.en, QStringLiteral("First paragraph.\n\nSecond paragraph."));
}

void TestScheduleJsonReader::keepsLinksGivenAsStrings()
{
    // "links" holds objects with a url in the schema, bare addresses in some programmes.
    const ReadResult r = read(R"({"schedule": {"conference": {"title": "L", "days": [
        {"index": 1, "date": "2025-03-01", "rooms": {"R": [
          {"guid": "b0000000-0000-4000-8000-000000000001", "id": 1, "title": "T",
           "date": "2025-03-01T10:00:00+01:00", "start": "10:00", "duration": "00:30",
           "room": "R", "links": ["https://example.org/a", {"url": "https://example.org/b",
           "title": "B"}, "not an address", 7]}]}}]}}})");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const QList<Link> links = r.data.sessions.value(0).links;
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).address, QStringLiteral("https://example.org/a"));
    QCOMPARE(links.at(1).address, QStringLiteral("https://example.org/b"));
    QCOMPARE(links.at(1).title, QStringLiteral("B"));
}

void TestScheduleJsonReader::keysWithoutGuidOrId()
{
    const ReadResult r = quirks();
    QVERIFY(r.ok());
    const Session *byCode = sessionByKey(r.data, QStringLiteral("NOGUID"));
    QVERIFY(byCode);
    QCOMPARE(byCode->room, QStringLiteral("Ant Room")); // from the room it is listed under
    QCOMPARE(byCode->time.start, utc(2025, 12, 27, 13, 0));
    // Nothing to identify it but its slot and title; no "date", so the local
    // start on its day in the conference's zone.
    const Session *bare
        = sessionByKey(r.data, QStringLiteral("2025-12-28-1000-nothing-but-a-title"));
    QVERIFY(bare);
    QCOMPARE(bare->time.start, utc(2025, 12, 28, 10, 0));
    QCOMPARE(bare->time.date, QDate(2025, 12, 28));
}

void TestScheduleJsonReader::reads39c3()
{
    const QString path = realFile("39c3-everything.schedule.json");
    REQUIRE_REAL_FILE(path);
    const ReadResult r = ProgrammeReader().readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    // 895 events; 15 ids are repeated by different events, each with its own
    // guid, so keying by guid keeps all 895.
    QCOMPARE(r.data.sessions.size(), 895);
    QCOMPARE(r.data.conference.key, QStringLiteral("39c3"));
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(r.data.conference.startDate, QDate(2025, 12, 27));
    QCOMPARE(r.data.conference.endDate, QDate(2025, 12, 30));
    const Session *opening
        = sessionByKey(r.data, QStringLiteral("0c8b0cb4-6cf9-5ff8-928a-0a0f49558c48"));
    QVERIFY(opening);
    QCOMPARE(opening->title.en, QStringLiteral("Opening Ceremony"));
    QCOMPARE(opening->code, QStringLiteral("POWER1"));
    QCOMPARE(opening->time.start, utc(2025, 12, 27, 9, 30));
    QCOMPARE(opening->room, QStringLiteral("One"));
    QCOMPARE(
        opening->speakers, QStringList({ QStringLiteral("pajowu"), QStringLiteral("Stella") }));
    QVERIFY(sessionByKey(r.data, QStringLiteral("f3ceb410-4e1a-5def-8ae6-43b526321ce7")));
    for (const Session &s : r.data.sessions)
        QVERIFY2(!s.description.en.contains(u'\r'), qPrintable(s.key));
}

void TestScheduleJsonReader::readsCamp2019()
{
    const QString path = realFile("camp2019-frab-example.schedule.json");
    REQUIRE_REAL_FILE(path);
    const ReadResult r = ProgrammeReader().readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.sessions.size(), 79);
    QCOMPARE(r.data.conference.key, QStringLiteral("camp2019"));
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("Europe/Berlin"));
    const Session *opening
        = sessionByKey(r.data, QStringLiteral("a0a0fcfe-b7fb-46e3-84b6-97a5406016b4"));
    QVERIFY(opening);
    QCOMPARE(opening->title.en, QStringLiteral("Opening Ceremony"));
    QCOMPARE(opening->time.start, utc(2019, 8, 21, 9, 0)); // 11:00 +02:00
    QCOMPARE(opening->room, QStringLiteral("Curie"));
    QCOMPARE(opening->speakers, QStringList({ QStringLiteral("jinxx"), QStringLiteral("smtw") }));
}

void TestScheduleJsonReader::malformedFilesNamePosition_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("message");
    const QByteArray head
        = "{\"schedule\": {\"conference\": {\"title\": \"T\",\n\"days\": [{\"date\": "
          "\"2025-12-27\", \"rooms\": {\"R\": [\n";
    QTest::newRow("truncated") << head + "{\"guid\": \"g1\", " << 3 << 16 << qint64(107)
                               << QStringLiteral("not valid JSON");
    QTest::newRow("missing comma")
        << QByteArray("{\"schedule\": {\n  \"conference\": {} \"x\": 1}}") << 2 << 21 << qint64(35)
        << QStringLiteral("not valid JSON");
    QTest::newRow("bad duration") << head
            + "{\"guid\": \"g1\", \"start\": \"10:00\", \"duration\": \"ten\"}]}}]}}}"
                                  << 3 << 10 << qint64(101)
                                  << QStringLiteral("event g1: \"duration\" is not a duration");
    QTest::newRow("bad date") << head + "{\"id\": 7,\n \"date\": \"yesterday\"}]}}]}}}" << 0 << 0
                              << qint64(-1)
                              << QStringLiteral("event 7: \"date\" is not an ISO 8601");
    QTest::newRow("no days") << QByteArray("{\"schedule\": {\"conference\": {\"days\": 3}}}") << 0
                             << 0 << qint64(-1) << QStringLiteral("expected \"days\" to be a list");
    QTest::newRow("not a schedule") << QByteArray("{\"schedule\": []}") << 0 << 0 << qint64(-1)
                                    << QStringLiteral("expected {\"schedule\"");
}

void TestScheduleJsonReader::malformedFilesNamePosition()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(qint64, offset);
    QFETCH(QString, message);
    const ReadResult r = read(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->file, QStringLiteral("test.json"));
    QVERIFY2(r.error->message.startsWith(message), qPrintable(r.error->message));
    QCOMPARE(r.error->line, line);
    QCOMPARE(r.error->column, column);
    QCOMPARE(r.error->offset, offset);
}

void TestScheduleJsonReader::refusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("message");
    const QByteArray deep
        = "{\"schedule\": " + QByteArray(10000, '[') + QByteArray(10000, ']') + "}";
    // QJsonDocument stops at 1024 levels; the offset is where it gave up.
    QTest::newRow("10,000 levels deep")
        << deep << qint64(13 + 1024) << QStringLiteral("the JSON is nested too deeply");
    // QJsonDocument would take a raw NUL inside a string.
    QTest::newRow("NUL byte") << QByteArray("{\"schedule\": {\"a\0b\": 1}}", 24) << qint64(16)
                              << QStringLiteral("a NUL byte");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"schedule\": {\"t\xC3\x28\": 1}}") << qint64(16)
                                   << QStringLiteral("not valid JSON");
}

void TestScheduleJsonReader::refusesHostileInput()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, offset);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = read(json);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!r.ok());
    QVERIFY2(r.error->message.startsWith(message), qPrintable(r.error->toString()));
    QCOMPARE(r.error->offset, offset);
    QCOMPARE(r.error->line, 1);
}

QTEST_GUILESS_MAIN(TestScheduleJsonReader)
#include "tst_schedulejsonreader.moc"
