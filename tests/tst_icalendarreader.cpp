#include "icalendarreader.h"
#include "importtesthelpers.h"
#include "programmereader.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace planner;
using namespace importtest;

class TestICalendarReader : public QObject
{
    Q_OBJECT

private slots:
    void readsCalendarAsConference();
    void tzidWithoutVTimeZone();
    void unescapesTextAndFlattensHtml();
    void unfoldsUtf8SplitAcrossFolds();
    void readsAttendeesAsSpeakers();
    void dateValuesAreDayOnly();
    void floatingTimeAndDuration();
    void missingEndLeavesEndOpen();
    void sharedUidKeysSurviveDeletionInsertionAndRetitle();
    void recurrenceIdKeysAnOccurrence();
    void unnamedCalendarIsNamedAfterItsFile();
    void readsLca2020();
    void readsKielux();
    void unescapeText_data();
    void unescapeText();
    void malformedFilesNamePosition_data();
    void malformedFilesNamePosition();

private:
    static ReadResult read(const QByteArray &ics)
    {
        return ICalendarReader().read(ics, QStringLiteral("test.ics"));
    }
    static ReadResult quirks()
    {
        const QString path = fixture("import-icalendar-quirks.ics");
        return ICalendarReader().read(readAll(path), path);
    }
    static Session byUid(const ReadResult &r, const char *uid)
    {
        const Session *s = sessionByKey(r.data, QString::fromLatin1(uid));
        return s ? *s : Session();
    }
};

void TestICalendarReader::readsCalendarAsConference()
{
    const ReadResult r = quirks();
    QVERIFY2(r.ok(), qPrintable(r.error->toString()));
    const Conference &c = r.data.conference;
    QCOMPARE(c.key, QStringLiteral("tiny-linux-days-2020"));
    QCOMPARE(c.title.en, QStringLiteral("Tiny Linux Days 2020"));
    QCOMPARE(c.description.size(), 1);
    QCOMPARE(c.description.first().en, QStringLiteral("A small test calendar"));
    QCOMPARE(c.timeZone, QStringLiteral("Australia/Brisbane"));
    QCOMPARE(c.startDate, QDate(2020, 1, 15));
    QCOMPARE(c.endDate, QDate(2020, 1, 17));
    // The cancelled event is not on the programme.
    QCOMPARE(r.data.sessions.size(), 5);
    QVERIFY(!sessionByKey(r.data, QStringLiteral("6@tiny.example")));
    QCOMPARE(
        trackKeys(r.data), QStringList({ QStringLiteral("kernel"), QStringLiteral("general") }));
}

void TestICalendarReader::tzidWithoutVTimeZone()
{
    const Session s = byUid(quirks(), "1@tiny.example");
    QCOMPARE(s.time.start, utc(2020, 1, 15, 3, 30)); // 13:30 in Brisbane, UTC+10
    QCOMPARE(s.time.end, utc(2020, 1, 15, 4, 15));
    QCOMPARE(s.time.date, QDate(2020, 1, 15));
    QCOMPARE(s.room, QStringLiteral("Arena"));
    QCOMPARE(s.links.first().address, QStringLiteral("http://tiny.example/talk/1/"));
}

void TestICalendarReader::unescapesTextAndFlattensHtml()
{
    const Session s = byUid(quirks(), "1@tiny.example");
    QCOMPARE(s.title.en, QStringLiteral("Kernel talk, part 1; really"));
    // The "Speaker:" line becomes the speaker; the script disappears entirely.
    QCOMPARE(s.speakers, QStringList { QStringLiteral("Alexander Krizhanovsky") });
    QCOMPARE(s.description.en, QStringLiteral("Back in 2013, we started.\n\nPath C:\\temp"));
}

void TestICalendarReader::unfoldsUtf8SplitAcrossFolds()
{
    const Session s = byUid(quirks(), "2@tiny.example");
    // "ü" and "„" are split between two lines of the file.
    QCOMPARE(s.title.en, QStringLiteral("Grüße aus Köln"));
    QCOMPARE(s.room, QStringLiteral("Raum „B“"));
}

void TestICalendarReader::readsAttendeesAsSpeakers()
{
    const Session s = byUid(quirks(), "2@tiny.example");
    QCOMPARE(s.speakers, QStringList({ QStringLiteral("Jürgen Groß"), QStringLiteral("Ada") }));
    QCOMPARE(s.description.en, QStringLiteral("von: Jürgen\n\nZweite Zeile mit Betonung."));
    QCOMPARE(s.time.start, utc(2020, 1, 16, 23, 0));
    // The conference day is the start's date in the conference's zone.
    QCOMPARE(s.time.date, QDate(2020, 1, 17));
}

void TestICalendarReader::dateValuesAreDayOnly()
{
    const Session s = byUid(quirks(), "3@tiny.example");
    QCOMPARE(s.time.kind(), SessionTime::Kind::DateOnly);
    QCOMPARE(s.time.date, QDate(2020, 1, 17));
}

void TestICalendarReader::floatingTimeAndDuration()
{
    // Floating: wall-clock time at the conference.
    const Session s = byUid(quirks(), "4@tiny.example");
    QCOMPARE(s.time.start, utc(2020, 1, 14, 23, 0));
    QCOMPARE(s.time.end, utc(2020, 1, 15, 0, 30));
    QCOMPARE(s.time.date, QDate(2020, 1, 15));
}

void TestICalendarReader::missingEndLeavesEndOpen()
{
    const Session s = byUid(quirks(), "5@tiny.example");
    QCOMPARE(s.time.kind(), SessionTime::Kind::Timed);
    QCOMPARE(s.time.start, utc(2020, 1, 15, 7, 0));
    QVERIFY(!s.time.end.isValid());
}

namespace {

// A VEVENT of a calendar whose events all carry one UID, as some exports write them.
QByteArray sharedUidEvent(const char *start, const char *title, const char *room)
{
    return QByteArray("BEGIN:VEVENT\r\nUID:talks@example.org\r\nDTSTART:") + start
        + "\r\nDURATION:PT30M\r\nSUMMARY:" + title + "\r\nLOCATION:" + room + "\r\nEND:VEVENT\r\n";
}

QByteArray calendarOf(const QList<QByteArray> &events)
{
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Shared\r\n";
    for (const QByteArray &event : events)
        ics += event;
    return ics + "END:VCALENDAR\r\n";
}

QString keyOfTitle(const ReadResult &r, const QString &title)
{
    for (const Session &s : r.data.sessions) {
        if (s.title.text(Language::English) == title)
            return s.key;
    }
    return {};
}

} // namespace

void TestICalendarReader::sharedUidKeysSurviveDeletionInsertionAndRetitle()
{
    const QByteArray a = sharedUidEvent("20250301T090000Z", "Opening", "Hall");
    const QByteArray b = sharedUidEvent("20250301T100000Z", "Rust in space", "Hall");
    const QByteArray c = sharedUidEvent("20250301T100000Z", "Gardening with Qt", "Annex");
    const QByteArray d = sharedUidEvent("20250301T110000Z", "Closing", "Hall");
    const ReadResult first = read(calendarOf({ a, b, c, d }));
    QVERIFY2(first.ok(), qPrintable(first.error->toString()));
    QStringList keys;
    for (const Session &s : first.data.sessions)
        keys.append(s.key);
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 4); // one key each
    const QString gardening = keyOfTitle(first, QStringLiteral("Gardening with Qt"));
    const QString closing = keyOfTitle(first, QStringLiteral("Closing"));

    // The first event deleted: the others keep their keys.
    const ReadResult deleted = read(calendarOf({ b, c, d }));
    QCOMPARE(keyOfTitle(deleted, QStringLiteral("Gardening with Qt")), gardening);
    QCOMPARE(keyOfTitle(deleted, QStringLiteral("Closing")), closing);
    // One inserted before them: the same.
    const ReadResult inserted
        = read(calendarOf({ sharedUidEvent("20250301T083000Z", "Coffee", "Foyer"), a, b, c, d }));
    QCOMPARE(keyOfTitle(inserted, QStringLiteral("Gardening with Qt")), gardening);
    QCOMPARE(keyOfTitle(inserted, QStringLiteral("Closing")), closing);
    // Retitled: still the same session.
    const ReadResult retitled = read(calendarOf(
        { a, b, sharedUidEvent("20250301T100000Z", "Gardening with Qt 6", "Annex"), d }));
    QCOMPARE(keyOfTitle(retitled, QStringLiteral("Gardening with Qt 6")), gardening);
}

void TestICalendarReader::recurrenceIdKeysAnOccurrence()
{
    const ReadResult r
        = read(calendarOf({ "BEGIN:VEVENT\r\nUID:weekly@example.org\r\nDTSTART:20250301T090000Z\r\n"
                            "SUMMARY:Stand-up\r\nEND:VEVENT\r\n",
            "BEGIN:VEVENT\r\nUID:weekly@example.org\r\nRECURRENCE-ID:20250308T090000Z\r\n"
            "DTSTART:20250308T100000Z\r\nSUMMARY:Stand-up (moved)\r\nEND:VEVENT\r\n" }));
    QVERIFY2(r.ok(), qPrintable(r.error->toString()));
    QCOMPARE(keyOfTitle(r, QStringLiteral("Stand-up")), QStringLiteral("weekly@example.org"));
    QCOMPARE(keyOfTitle(r, QStringLiteral("Stand-up (moved)")),
        QStringLiteral("weekly@example.org@20250308T090000Z"));
}

void TestICalendarReader::unnamedCalendarIsNamedAfterItsFile()
{
    const ReadResult r = ICalendarReader().read(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        "DTSTART:20250301T090000Z\r\nSUMMARY:Talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        QStringLiteral("/tmp/devconf_2025-talks.ics"));
    QVERIFY2(r.ok(), qPrintable(r.error->toString()));
    QCOMPARE(r.data.conference.title.text(Language::English), QStringLiteral("devconf 2025 talks"));
}

void TestICalendarReader::readsLca2020()
{
    const QString path = realFile("lca2020-conference.ics");
    REQUIRE_REAL_FILE(path);
    const ReadResult r = ProgrammeReader().readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error->toString()));
    QCOMPARE(r.data.sessions.size(), 262);
    QCOMPARE(r.data.conference.key, QStringLiteral("linux-conf-au-2020"));
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("Australia/Brisbane"));
    const Session *talk = sessionByKey(r.data, QStringLiteral("12@lca2020.linux.org.au"));
    QVERIFY(talk);
    QCOMPARE(talk->title.en,
        QStringLiteral("The Linux network stack extension for DDoS mitigation and web security"));
    QCOMPARE(talk->time.start, utc(2020, 1, 15, 3, 30));
    QCOMPARE(talk->time.end, utc(2020, 1, 15, 4, 15));
    QCOMPARE(talk->room, QStringLiteral("Arena"));
    QCOMPARE(talk->speakers, QStringList { QStringLiteral("Alexander Krizhanovsky") });
    QVERIFY(talk->description.en.startsWith(QLatin1String("Back in 2013 we started")));
    int withSpeakers = 0;
    for (const Session &s : r.data.sessions)
        withSpeakers += s.speakers.isEmpty() ? 0 : 1;
    QCOMPARE(withSpeakers, 190);
}

void TestICalendarReader::readsKielux()
{
    const QString path = realFile("kielux-kolt20.ics");
    REQUIRE_REAL_FILE(path);
    const ReadResult r = ProgrammeReader().readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error->toString()));
    QCOMPARE(r.data.sessions.size(), 24);
    QCOMPARE(r.data.conference.key, QStringLiteral("18-kieler-open-source-und-linux-tage"));
    // Every time is in UTC and the calendar names no zone.
    QCOMPARE(r.data.conference.timeZone, QString());
    const Session *xen = sessionByKey(r.data, QStringLiteral("467@KOLT20"));
    QVERIFY(xen);
    QCOMPARE(xen->title.en, QStringLiteral("Xen - ist das nicht tot?"));
    QCOMPARE(xen->time.start, utc(2020, 9, 18, 12, 0));
    QCOMPARE(xen->room, QStringLiteral("Ravensberg"));
    QCOMPARE(xen->speakers, QStringList { QStringLiteral("Jürgen Groß") });
}

void TestICalendarReader::unescapeText_data()
{
    QTest::addColumn<QString>("escaped");
    QTest::addColumn<QString>("text");
    QTest::newRow("newline") << QStringLiteral("a\\nb\\Nc") << QStringLiteral("a\nb\nc");
    QTest::newRow("comma, semicolon") << QStringLiteral("a\\, b\\; c") << QStringLiteral("a, b; c");
    QTest::newRow("backslash") << QStringLiteral("C:\\\\x\\\\n") << QStringLiteral("C:\\x\\n");
    QTest::newRow("trailing backslash") << QStringLiteral("a\\") << QStringLiteral("a\\");
}

void TestICalendarReader::unescapeText()
{
    QFETCH(QString, escaped);
    QFETCH(QString, text);
    QCOMPARE(ICalendarContent::unescapeText(escaped), text);
}

void TestICalendarReader::malformedFilesNamePosition_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n";
    QTest::newRow("bad DTSTART") << head
            + "DTSTART:2020-01-15 10:00\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                 << 5 << 1 << QStringLiteral("expected a DTSTART date and time");
    QTest::newRow("bad DATE") << head
            + "DTSTART;VALUE=DATE:20201345\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                              << 5 << 1 << QStringLiteral("expected a DTSTART DATE");
    QTest::newRow("unknown TZID") << head
            + "DTSTART;TZID=Mars/Olympus:20200115T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                  << 5 << 1 << QStringLiteral("unknown time zone \"Mars/Olympus\"");
    QTest::newRow("bad DURATION") << head
            + "DTSTART:20200115T100000Z\r\nDURATION:1 hour\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                  << 6 << 1 << QStringLiteral("expected a DURATION");
    QTest::newRow("ends before start") << head
            + "DTSTART:20200115T100000Z\r\nDTEND:20200115T090000Z\r\nEND:VEVENT\r\nEND:"
              "VCALENDAR\r\n" << 5 << 1 << QStringLiteral("the event ends before it starts");
    QTest::newRow("missing END:VEVENT")
        << head + "SUMMARY:x\r\nEND:VCALENDAR\r\n"
        << 6 << 1 << QStringLiteral("expected END:VEVENT, found END:VCALENDAR");
    QTest::newRow("truncated") << head + "SUMMARY:x\r\n"
                               << 5 << 1 << QStringLiteral("expected END:VEVENT before the end");
    QTest::newRow("not a calendar") << QByteArray("\r\nBEGIN:VCARD\r\nEND:VCARD\r\n") << 2 << 1
                                    << QStringLiteral("expected BEGIN:VCALENDAR");
    QTest::newRow("no colon") << head + "SUMMARY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                              << 5 << 1 << QStringLiteral("expected a content line");
    QTest::newRow("invalid UTF-8 after a fold")
        << head + "SUMMARY:abc\r\n d\xC3\x28\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        << 6 << 3 << QStringLiteral("invalid UTF-8 (byte 0xc3)");
    QTest::newRow("NUL byte") << head + QByteArray("SUMMARY:a\0b\r\nEND:VEVENT\r\n", 25) << 5 << 10
                              << QStringLiteral("a NUL byte");
}

void TestICalendarReader::malformedFilesNamePosition()
{
    QFETCH(QByteArray, ics);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = read(ics);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->file, QStringLiteral("test.ics"));
    QVERIFY2(r.error->message.startsWith(message), qPrintable(r.error->message));
    QCOMPARE(r.error->line, line);
    QCOMPARE(r.error->column, column);
}

QTEST_GUILESS_MAIN(TestICalendarReader)
#include "tst_icalendarreader.moc"
