#include "formatdetector.h"
#include "importtesthelpers.h"
#include "programmereader.h"
#include "schedule2jsonreader.h"

#include <QtTest>

using namespace planner;
using namespace importtest;

class TestSchedule2JsonReader : public QObject
{
    Q_OBJECT

private slots:
    void detectedByContent();
    void readsConference();
    void readsEventsWithReferencesAndLanguages();
    void leavesOutWithdrawnEventsAndBreaks();
    void nightSessionKeepsItsDate();
    void malformedFilesNamePosition_data();
    void malformedFilesNamePosition();

private:
    static ReadResult fixtureFile()
    {
        const QString path = fixture("import-schedule2.json");
        return ProgrammeReader().readFile(path);
    }
};

void TestSchedule2JsonReader::detectedByContent()
{
    using Format = FormatDetector::Format;
    QCOMPARE(FormatDetector::detect(readAll(fixture("import-schedule2.json")).left(4096)),
        Format::Schedule2Json);
    // Without the $schema, by its flat list of events.
    QCOMPARE(FormatDetector::detect(
                 "{\"schedule\": {\"version\": \"1\", \"events\" :\n [], \"conference\": {}}}"),
        Format::Schedule2Json);
    // schedule.json lists events under each day's rooms.
    QCOMPARE(FormatDetector::detect(readAll(fixture("import-schedule-quirks.json")).left(4096)),
        Format::ScheduleJson);
}

void TestSchedule2JsonReader::readsConference()
{
    const ReadResult r = fixtureFile();
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const Conference &c = r.data.conference;
    QCOMPARE(c.key, QStringLiteral("tinycamp2025"));
    QCOMPARE(c.title.en, QStringLiteral("Tiny Camp 2025"));
    QCOMPARE(c.description.size(), 1);
    QCOMPARE(c.description.first().en, QStringLiteral("A small camp"));
    QCOMPARE(c.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(c.startDate, QDate(2025, 8, 1));
    QCOMPARE(c.endDate, QDate(2025, 8, 2));
    QCOMPARE(c.url, QUrl(QStringLiteral("https://tinycamp.example/2025/")));
}

void TestSchedule2JsonReader::readsEventsWithReferencesAndLanguages()
{
    const ReadResult r = fixtureFile();
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const Session *opening
        = sessionByKey(r.data, QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001"));
    QVERIFY(opening);
    QCOMPARE(opening->code, QStringLiteral("OPEN1"));
    QCOMPARE(opening->title.en, QStringLiteral("Eröffnung"));
    QCOMPARE(opening->overview.en, QStringLiteral("All you need to know."));
    QCOMPARE(opening->room, QStringLiteral("Main Tent")); // by the room's guid
    QCOMPARE(opening->speakers,
        QStringList({ QStringLiteral("Erika Mustermann"), QStringLiteral("Max Muster") }));
    QCOMPARE(opening->time.start, utc(2025, 8, 1, 8, 0));
    QCOMPARE(opening->time.end, utc(2025, 8, 1, 8, 30));
    QCOMPARE(opening->type, QStringLiteral("TALK"));
    QCOMPARE(opening->links.size(), 2);
    QCOMPARE(opening->links.at(1).address,
        QStringLiteral("https://tinycamp.example/Slides/%7Eopen.pdf")); // as written
    QCOMPARE(opening->links.at(1).title, QStringLiteral("Folien"));
    const Track *society = nullptr;
    for (const Track &t : r.data.tracks) {
        if (t.key == opening->trackKey)
            society = &t;
    }
    QVERIFY(society);
    QCOMPARE(society->name.en, QStringLiteral("Gesellschaft")); // by the track's slug

    const Session *soldering
        = sessionByKey(r.data, QStringLiteral("a1b2c3d4-0000-4000-8000-000000000002"));
    QVERIFY(soldering);
    QCOMPARE(soldering->room, QStringLiteral("Workshop Barn")); // by the room's slug
    QCOMPARE(soldering->subtitle.en, QStringLiteral("Bring your own iron"));
    QCOMPARE(soldering->overview.en, QStringLiteral("Learn to solder after dark."));
    QCOMPARE(soldering->time.end, utc(2025, 8, 1, 23, 0)); // from its duration
    QCOMPARE(soldering->links.last().title, QStringLiteral("Kit list"));
}

void TestSchedule2JsonReader::leavesOutWithdrawnEventsAndBreaks()
{
    const ReadResult r = fixtureFile();
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QStringList titles;
    for (const Session &s : r.data.sessions)
        titles.append(s.title.text(Language::English));
    QCOMPARE(titles,
        QStringList({ QStringLiteral("Eröffnung"), QStringLiteral("Night soldering"),
            QStringLiteral("Closing") }));
}

void TestSchedule2JsonReader::nightSessionKeepsItsDate()
{
    const ReadResult read = fixtureFile(); // the session pointed to lives in it
    const Session *s
        = sessionByKey(read.data, QStringLiteral("a1b2c3d4-0000-4000-8000-000000000002"));
    QVERIFY(s);
    QCOMPARE(s->time.start, utc(2025, 8, 1, 21, 30));
    QCOMPARE(s->time.date, QDate(2025, 8, 1));
}

void TestSchedule2JsonReader::malformedFilesNamePosition_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray head
        = "{\"schedule\": {\"version\": \"x\", \"conference\": {\"title\": \"T\"},\n"
          "\"events\": [\n";
    QTest::newRow("bad start") << head + "{\"guid\": \"g-1\", \"start\": \"tomorrow\"}]}}" << 3
                               << QStringLiteral("event g-1: \"start\" is not an ISO 8601");
    QTest::newRow("start without offset")
        << head + "{\"guid\": \"g-2\", \"start\": \"2025-08-01T10:00:00\"}]}}" << 3
        << QStringLiteral("event g-2: \"start\" is not an ISO 8601");
    QTest::newRow("bad duration") << head
            + "{\"guid\": \"g-3\", \"start\": \"2025-08-01T10:00:00Z\", \"duration\": \"1:30\"}]}}"
                                  << 3 << QStringLiteral("event g-3: \"duration\"");
    QTest::newRow("ends before start") << head
            + "\n{\"guid\": \"g-4\", \"start\": \"2025-08-01T10:00:00Z\", \"end\": "
              "\"2025-08-01T09:00:00Z\"}]}}"
                                       << 4 << QStringLiteral("event g-4 ends before");
    QTest::newRow("syntax") << head + "{\"guid\": }]}}" << 3 << QStringLiteral("not valid JSON");
    QTest::newRow("events not a list")
        << QByteArray("{\"schedule\": {\"conference\": {}, \"events\": {}}}") << 0
        << QStringLiteral("expected {\"schedule\"");
}

void TestSchedule2JsonReader::malformedFilesNamePosition()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, message);
    const ReadResult r = Schedule2JsonReader().read(json, QStringLiteral("test.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error->file, QStringLiteral("test.json"));
    QVERIFY2(r.error->message.startsWith(message), qPrintable(r.error->message));
    QCOMPARE(r.error->line, line);
}

QTEST_GUILESS_MAIN(TestSchedule2JsonReader)
#include "tst_schedule2jsonreader.moc"
