#include "icalendarreader.h"
#include "icalendartimes.h"
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
    void honoursTheFilesOwnTimeZones();
    void mapsWindowsAndPathZoneNames();
    void organizerSpeaksWithoutAttendees();
    void multiDayAllDayEventKeepsItsSpan();
    void expandsRepeatsWithExceptionsAndOverrides();
    void unboundedRuleEndsWithTheCalendar();
    void eventTextsAreItsOwnLines();
    void zonesOfTheEventsOwnCalendar();
    void utcOnlyCalendarIsInTheUsersZone();
    void calendarWithoutEventsIsRefused();
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
    static ReadResult fixtureFile(const char *name)
    {
        const QString path = fixture(name);
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
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
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
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
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
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
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
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.conference.title.text(Language::English), QStringLiteral("devconf 2025 talks"));
}

void TestICalendarReader::honoursTheFilesOwnTimeZones()
{
    // "Conference Time" exists only in the file's VTIMEZONE: UTC+3, and UTC+4 in summer.
    const ReadResult r = fixtureFile("import-icalendar-zones.ics");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const Session winter = byUid(r, "winter@zones.example");
    QCOMPARE(winter.time.start, utc(2025, 1, 15, 7, 0));
    QCOMPARE(winter.time.end, utc(2025, 1, 15, 8, 0));
    const Session summer = byUid(r, "summer@zones.example");
    QCOMPARE(summer.time.start, utc(2025, 7, 15, 6, 0));
    QCOMPARE(summer.time.end, utc(2025, 7, 15, 6, 45));
    // Most events name that zone; it has no IANA id, so the conference keeps its offset.
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("UTC+03:00"));
}

void TestICalendarReader::mapsWindowsAndPathZoneNames()
{
    const ReadResult r = fixtureFile("import-icalendar-zones.ics");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    // "Pacific Standard Time", as Outlook writes it: Los Angeles, on summer time.
    const Session outlook = byUid(r, "outlook@zones.example");
    QCOMPARE(outlook.time.start, utc(2025, 7, 15, 16, 0));
    QCOMPARE(outlook.time.end, utc(2025, 7, 15, 17, 0));
    const Session berlin = byUid(r, "path@zones.example");
    QCOMPARE(berlin.time.start, utc(2025, 7, 15, 7, 0));
    QCOMPARE(ICalendarTimes::zoneNamed(QStringLiteral("W. Europe Standard Time")).id(),
        QByteArray("Europe/Berlin"));
    QCOMPARE(ICalendarTimes::zoneNamed(QStringLiteral("/Europe/Vienna")).id(),
        QByteArray("Europe/Vienna"));
    QVERIFY(!ICalendarTimes::zoneNamed(QStringLiteral("Mars/Olympus")).isValid());
}

void TestICalendarReader::organizerSpeaksWithoutAttendees()
{
    const ReadResult r = fixtureFile("import-icalendar-zones.ics");
    QCOMPARE(
        byUid(r, "winter@zones.example").speakers, QStringList { QStringLiteral("Grace Hopper") });
    // Attendees, when there are any, are the speakers; the organizer is not one of them.
    QCOMPARE(
        byUid(r, "summer@zones.example").speakers, QStringList { QStringLiteral("Ada Lovelace") });
}

void TestICalendarReader::multiDayAllDayEventKeepsItsSpan()
{
    const ReadResult r = fixtureFile("import-icalendar-zones.ics");
    const Session fair = byUid(r, "fair@zones.example");
    // 14 to 16 July (DTEND is exclusive), midnight to midnight at the conference (UTC+3).
    QCOMPARE(fair.time.kind(), SessionTime::Kind::Timed);
    QCOMPARE(fair.time.date, QDate(2025, 7, 14));
    QCOMPARE(fair.time.start, utc(2025, 7, 13, 21, 0));
    QCOMPARE(fair.time.end, utc(2025, 7, 16, 21, 0));
    // One day alone is still a day without a time.
    QCOMPARE(byUid(quirks(), "3@tiny.example").time.kind(), SessionTime::Kind::DateOnly);
}

void TestICalendarReader::expandsRepeatsWithExceptionsAndOverrides()
{
    const ReadResult r = fixtureFile("import-icalendar-recurrence.ics");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QStringList standUps;
    for (const Session &s : r.data.sessions) {
        if (s.key.startsWith(QLatin1String("standup@")))
            standUps.append(s.key + u' ' + s.time.start.toString(Qt::ISODate));
    }
    standUps.sort();
    // Daily from 24 March, five times, less the 25th (EXDATE) and the 26th (moved by
    // its RECURRENCE-ID event to 10:00), plus 30 March at 18:00 (RDATE), after the
    // change to summer time. The first keeps the UID alone, as before it repeated.
    QCOMPARE(standUps,
        QStringList({ QStringLiteral("standup@repeat.example 2025-03-24T08:00:00Z"),
            QStringLiteral("standup@repeat.example@20250326T090000 2025-03-26T09:00:00Z"),
            QStringLiteral("standup@repeat.example@20250327T090000 2025-03-27T08:00:00Z"),
            QStringLiteral("standup@repeat.example@20250328T090000 2025-03-28T08:00:00Z"),
            QStringLiteral("standup@repeat.example@20250330T180000 2025-03-30T16:00:00Z") }));
    const Session moved = byUid(r, "standup@repeat.example@20250326T090000");
    QCOMPARE(moved.title.en, QStringLiteral("Stand-up (late)"));
    const Session repeated = byUid(r, "standup@repeat.example@20250327T090000");
    QCOMPARE(repeated.title.en, QStringLiteral("Stand-up"));
    QCOMPARE(repeated.room, QStringLiteral("Lobby"));
    QCOMPARE(repeated.time.end, utc(2025, 3, 27, 8, 15));
}

void TestICalendarReader::unboundedRuleEndsWithTheCalendar()
{
    const ReadResult r = fixtureFile("import-icalendar-recurrence.ics");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QList<QDateTime> coffee;
    for (const Session &s : r.data.sessions) {
        if (s.key.startsWith(QLatin1String("coffee@")))
            coffee.append(s.time.start);
    }
    // Daily without end, in a calendar whose last other event is on 28 March.
    QCOMPARE(coffee.size(), 5);
    QCOMPARE(coffee.first(), utc(2025, 3, 24, 14, 0));
    QCOMPARE(coffee.last(), utc(2025, 3, 28, 14, 0));
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(QLatin1String("\"Coffee\" repeats without end")),
        qPrintable(r.warnings.first()));
    QVERIFY2(
        r.warnings.first().contains(QLatin1String("2025-03-28")), qPrintable(r.warnings.first()));
    QVERIFY(r.warnings.first().startsWith(fixture("import-icalendar-recurrence.ics") + u':'));

    // A rule that would never stop is cut at the cap, with a warning naming it.
    const ReadResult alone = read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:d\r\n"
                                  "DTSTART:20250301T090000Z\r\nRRULE:FREQ=DAILY;COUNT=100000\r\n"
                                  "SUMMARY:Daily\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QVERIFY2(alone.ok(), qPrintable(alone.errorText()));
    QCOMPARE(alone.data.sessions.size(), ICalendarTimes::maximumOccurrences);
    QCOMPARE(alone.warnings.size(), 1);
    QVERIFY(alone.warnings.first().contains(QLatin1String("\"Daily\" repeats more than")));
}

// An event's texts are read again from its place in the file once its times are
// known: what it says must be its own lines, with their lines' numbers, however
// the file is folded, spaced or ended.
void TestICalendarReader::eventTextsAreItsOwnLines()
{
    const QByteArray longText = QString(100, QChar(0x8B70)).toUtf8(); // 300 bytes
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Own Lines\r\n"
                           "BEGIN:VEVENT\r\nUID:a@own\r\nDTSTART:20250301T090000Z\r\n"
                           "SUMMARY:With an alarm\r\n"
                           "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Alarm text\r\n"
                           "TRIGGER:-PT5M\r\nEND:VALARM\r\n"
                           "DESCRIPTION:The event's \r\n own words\r\nEND:VEVENT\r\n"
                           "\r\n\r\n" // blank lines between events
                           "BEGIN:VEVENT\nUID:b@own\nDTSTART:20250301T100000Z\nSTATUS:CANCELLED\n"
                           "SUMMARY:Called off\nEND:VEVENT\n"
                           "BEGIN:VEVENT\nUID:c@own\nSTATUS:CONFIRMED\nDTSTART:20250301T110000Z\n"
                           "SUMMARY:Long one\nLOCATION:Hall\n C\nDESCRIPTION:"
        + longText + "\nEND:VEVENT\nEND:VCALENDAR\n";
    const ReadResult r = ICalendarReader(64).read(ics, QStringLiteral("own.ics"));
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.sessions.size(), 2);
    const Session &alarmed = r.data.sessions.at(0);
    QCOMPARE(alarmed.title.text(Language::English), QStringLiteral("With an alarm"));
    QCOMPARE(alarmed.description.text(Language::English), QStringLiteral("The event's own words"));
    const Session &cut = r.data.sessions.at(1);
    QCOMPARE(cut.title.text(Language::English), QStringLiteral("Long one"));
    QCOMPARE(cut.room, QStringLiteral("HallC"));
    QCOMPARE(cut.description.text(Language::Chinese), QString(21, QChar(0x8B70)));
    QCOMPARE(cut.time.start, QDateTime(QDate(2025, 3, 1), QTime(11, 0), QTimeZone::utc()));
    // The cut DESCRIPTION is on the file's 31st line.
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().startsWith(QLatin1String("own.ics:31:")),
        qPrintable(r.warnings.first()));
    QVERIFY2(
        r.warnings.first().contains(QLatin1String("\"Long one\"")), qPrintable(r.warnings.first()));
}

// A file of two calendars, the first without events: the events' own calendar
// defines the zone their times are in.
void TestICalendarReader::zonesOfTheEventsOwnCalendar()
{
    const QByteArray zone = "BEGIN:VTIMEZONE\r\nTZID:Custom/Zone\r\nBEGIN:STANDARD\r\n"
                            "DTSTART:19700101T000000\r\nTZOFFSETFROM:%1\r\nTZOFFSETTO:%1\r\n"
                            "END:STANDARD\r\nEND:VTIMEZONE\r\n";
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        + QByteArray(zone).replace("%1", "-0700") + "END:VCALENDAR\r\n"
        + "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Own Zone\r\n"
        + QByteArray(zone).replace("%1", "+0300")
        + "BEGIN:VEVENT\r\nUID:z@own\r\nDTSTART;TZID=Custom/Zone:20250301T120000\r\n"
          "DURATION:PT1H\r\nSUMMARY:Noon at +3\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:r@own\r\nDTSTART;TZID=Custom/Zone:20250301T150000\r\n"
          "RRULE:FREQ=DAILY;COUNT=2\r\nSUMMARY:Twice at +3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const ReadResult r = read(ics);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.sessions.size(), 3);
    QCOMPARE(r.data.sessions.at(0).time.start,
        QDateTime(QDate(2025, 3, 1), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(r.data.sessions.at(0).time.end,
        QDateTime(QDate(2025, 3, 1), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(r.data.sessions.at(1).time.start,
        QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(r.data.sessions.at(2).time.start,
        QDateTime(QDate(2025, 3, 2), QTime(12, 0), QTimeZone::utc()));
}

void TestICalendarReader::utcOnlyCalendarIsInTheUsersZone()
{
    const QByteArray before = qgetenv("TZ");
    qputenv("TZ", "Pacific/Auckland");
    const ReadResult r = read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:u\r\n"
                              "DTSTART:20250301T090000Z\r\nSUMMARY:Zoned\r\nEND:VEVENT\r\n"
                              "BEGIN:VEVENT\r\nUID:f\r\nDTSTART:20250301T090000\r\n"
                              "SUMMARY:Floating\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    qputenv("TZ", before);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(zone, QByteArray("Pacific/Auckland"));
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("Pacific/Auckland"));
    // The instant stays; the day is the user's: 22:00 on 1 March in Auckland.
    QCOMPARE(byUid(r, "u").time.start, utc(2025, 3, 1, 9, 0));
    QCOMPARE(byUid(r, "u").time.date, QDate(2025, 3, 1));
    // A floating time is 9:00 wherever the calendar is read: here, in Auckland (UTC+13).
    QCOMPARE(byUid(r, "f").time.start, utc(2025, 2, 28, 20, 0));
}

void TestICalendarReader::calendarWithoutEventsIsRefused()
{
    const ReadResult r = read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Empty\r\n"
                              "END:VCALENDAR\r\n");
    QVERIFY(!r.ok());
    QCOMPARE(r.error->file, QStringLiteral("test.ics"));
    QVERIFY2(r.error->message.contains(QLatin1String("no events")), qPrintable(r.error->message));
}

void TestICalendarReader::readsLca2020()
{
    const QString path = realFile("lca2020-conference.ics");
    REQUIRE_REAL_FILE(path);
    const ReadResult r = ProgrammeReader().readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
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
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.sessions.size(), 24);
    QCOMPARE(r.data.conference.key, QStringLiteral("18-kieler-open-source-und-linux-tage"));
    // Every time is in UTC and the calendar names no zone: it is shown in the user's.
    QCOMPARE(r.data.conference.timeZone, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
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
    // Its times are read again, after the whole file, from what was kept of
    // its lines: the line is still the file's, past folds and other events.
    QTest::newRow("bad DURATION of a later event") << head
            + "DTSTART:20200115T100000Z\r\nDESCRIPTION:a long\r\n  description\r\n "
              "folded\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Second\r\n"
              "DTSTART:20200115T110000Z\r\nDURATION:\r\n 1 hour\r\nEND:VEVENT\r\n"
              "END:VCALENDAR" << 14 << 1 << QStringLiteral("expected a DURATION");
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
