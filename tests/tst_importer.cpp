#include "agendabuilder.h"
#include "conferencezone.h"
#include "database.h"
#include "exportoptions.h"
#include "icswriter.h"
#include "importer.h"
#include "importsummary.h"
#include "importtesthelpers.h"
#include "programmestore.h"
#include "sampleprogramme.h"
#include "sessionstream.h"
#include "userdatastore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <future>

using namespace planner;
using namespace importtest;

Q_DECLARE_METATYPE(planner::Database::Writes)
Q_DECLARE_METATYPE(planner::Language)

namespace {

QStringList keysOf(const QList<SessionRow> &rows)
{
    QStringList keys;
    for (const SessionRow &row : rows)
        keys.append(row.key);
    return keys;
}

// `text` with the block from `begin` up to and including `end` replaced by
// `replacement`, or cut out when it is empty.
QByteArray replaceBlock(QByteArray text, const QByteArray &begin, const QByteArray &end,
    const QByteArray &replacement = {})
{
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = from < 0 ? -1 : text.indexOf(end, from);
    if (from < 0 || to < 0)
        qWarning("no block %s in the real file", begin.constData());
    return text.replace(from, to + end.size() - from, replacement);
}

QByteArray block(const QByteArray &text, const QByteArray &begin, const QByteArray &end)
{
    const qsizetype from = text.indexOf(begin);
    return text.mid(from, text.indexOf(end, from) + end.size() - from);
}

// The whole VEVENT holding `uid`, from BEGIN:VEVENT to END:VEVENT and its line end.
std::pair<qsizetype, qsizetype> eventBounds(const QByteArray &ics, const QByteArray &uid)
{
    const qsizetype at = ics.indexOf("UID:" + uid + "\r\n");
    const qsizetype from = ics.lastIndexOf("BEGIN:VEVENT", at);
    const QByteArray end = "END:VEVENT\r\n";
    return { from, ics.indexOf(end, at) + end.size() };
}

SessionRow row(const QString &key, const QString &track, int startHour, int endHour,
    const QString &room = QStringLiteral("R"), bool removed = false)
{
    SessionRow r;
    r.key = key;
    r.trackKey = track;
    if (startHour >= 0)
        r.time = SessionTime::timed(utc(2026, 5, 4, startHour, 0),
            endHour >= 0 ? utc(2026, 5, 4, endHour, 0) : QDateTime(), QDate(2026, 5, 4));
    r.room = room;
    r.removed = removed;
    return r;
}

// The import as the command line runs it: the file read on another thread,
// its sessions stored while it is read. `held` tells whether they were kept.
ImportOutcome importStreamed(Database &database, const QString &path, bool *held = nullptr,
    Database::Writes writes = Database::Writes::ThroughLog)
{
    SessionStream stream;
    std::future<ReadResult> read
        = std::async(std::launch::async, &Importer::readFile, path, &stream);
    const ImportOutcome outcome = Importer(database).importStream(
        stream, path, [&read] { return read.get(); }, writes);
    if (held)
        *held = stream.held();
    return outcome;
}

// Everything stored of a conference, as text to compare.
QStringList storedText(const Database &database, const QString &key)
{
    QStringList text;
    ProgrammeStore store(const_cast<Database &>(database));
    const std::optional<Conference> c = store.conference(key);
    if (!c)
        return text;
    text << c->key << c->title.en << c->title.zh << c->startDate.toString(Qt::ISODate)
         << c->endDate.toString(Qt::ISODate) << c->timeZone << c->city << c->venue
         << c->url.toString();
    for (const Track &track : store.tracks(key))
        text << track.key + u'|' + track.name.en + u'|' + track.name.zh;
    for (const Session &s : store.sessions(key, ProgrammeStore::WithRemoved)) {
        QStringList links;
        for (const Link &link : s.links)
            links << link.address + u' ' + link.title;
        text << QStringList { s.key, s.code, s.trackKey, s.title.en, s.title.zh, s.subtitle.en,
            s.overview.en, s.overview.zh, s.description.en, s.description.zh,
            s.time.start.toString(Qt::ISODateWithMs), s.time.end.toString(Qt::ISODate),
            s.time.date.toString(Qt::ISODate), s.room, s.speakers.join(u','), links.join(u','),
            s.language, s.type }
                    .join(u'|');
    }
    for (const SessionRow &row : store.sessionRows(key))
        text << row.key + (row.removed ? QStringLiteral(" removed") : QString());
    return text;
}

QString reportText(const ImportReport &r)
{
    return QStringLiteral("%1 new %2 added %3 updated %4 unchanged %5 removed %6")
        .arg(r.conferenceKey)
        .arg(r.newConference)
        .arg(r.added)
        .arg(r.updated)
        .arg(r.unchanged)
        .arg(keysOf(r.removed).join(u','));
}

// A programme with no zone of its own, `count` events on one day; the event at
// `zonedAt`, if any, is given a zoned date, which sets the zone of all.
QByteArray unzonedProgramme(int count, int zonedAt)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<schedule><conference><acronym>late-zone</acronym>"
                     "<title>Late zone</title></conference>\n"
                     "<day date=\"2021-03-04\"><room name=\"Hall\">\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray hour = QByteArray::number(8 + i / 6).rightJustified(2, '0');
        const QByteArray minute = QByteArray::number(i % 6 * 10).rightJustified(2, '0');
        xml += "<event id=\"" + QByteArray::number(i + 1) + "\"><start>" + hour + ":" + minute
            + "</start><duration>00:10</duration><title>Talk " + QByteArray::number(i + 1)
            + "</title><track>T" + QByteArray::number(i % 3) + "</track>";
        if (i == zonedAt)
            xml += "<date>2021-03-04T" + hour + ":" + minute + ":00+05:30</date>";
        xml += "<abstract>&lt;p&gt;About talk " + QByteArray::number(i + 1)
            + "&lt;/p&gt;</abstract></event>\n";
    }
    return xml + "</room></day></schedule>\n";
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsEveryRealFile_data();
    void importsEveryRealFile();
    void reportsProgress();
    void readErrorLeavesDatabaseAlone();
    void programmeWithoutSessionsIsRefused_data();
    void programmeWithoutSessionsIsRefused();
    void storeErrorIsReported();
    void updatedFosdemReportsImpactAndKeepsUserData_data();
    void updatedFosdemReportsImpactAndKeepsUserData();
    void updatedLcaReportsImpactAndKeepsUserData();
    void movedSessionThatNowClashesIsReported();
    void updateRemovingMostSessionsNeedsPermission();
    void updateRemovingHalfIsAnUpdate();
    void impactOfComparesOnlyBookmarks();
    void clashesAlreadyThereAreNotNew();
    void newConferenceHasNoImpact();
    void retitledBookmarkIsNamed();
    void ownExportIsMergedAsBookmarks_data();
    void ownExportIsMergedAsBookmarks();
    void ownExportOfAnAbsentConferenceIsItsOwnProgramme();
    void warningsReachTheOutcome();
    void renamedFileUpdatesItsConference_data();
    void renamedFileUpdatesItsConference();
    void streamedImportStoresTheSame_data();
    void streamedImportStoresTheSame();
    void streamThatDoesNotHoldIsStoredWhole_data();
    void streamThatDoesNotHoldIsStoredWhole();
    void streamedReadErrorLeavesDatabaseAlone_data();
    void streamedReadErrorLeavesDatabaseAlone();
    void streamedStoreErrorIsReported();
    void streamedCalendarUpdatesAsAWholeOne_data();
    void streamedCalendarUpdatesAsAWholeOne();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    void bookmarkWithNotes(const QString &conference, const QStringList &keys);
    void verifyUserDataKept(const QString &conference, const QStringList &keys);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("planner.sqlite"))).ok());
}

void TestImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestImporter::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestImporter::bookmarkWithNotes(const QString &conference, const QStringList &keys)
{
    UserDataStore user(*m_db);
    QVERIFY(user.setBookmarked(conference, keys, true).ok());
    for (const QString &key : keys)
        QVERIFY(user.setNote(conference, key, QStringLiteral("note on ") + key).ok());
}

void TestImporter::verifyUserDataKept(const QString &conference, const QStringList &keys)
{
    UserDataStore user(*m_db);
    QCOMPARE(user.bookmarks(conference), keys);
    for (const QString &key : keys)
        QCOMPARE(user.note(conference, key), QStringLiteral("note on ") + key);
}

void TestImporter::importsEveryRealFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<QString>("timeZone");
    QTest::newRow("FOSDEM 2020") << QStringLiteral("fosdem-2020-schedule.xml")
                                 << QStringLiteral("fosdem-2020") << 872
                                 << QStringLiteral("Europe/Brussels");
    QTest::newRow("31C3") << QStringLiteral("31c3-frab-schedule.xml") << QStringLiteral("31c3")
                          << 138 << QStringLiteral("UTC+01:00");
    QTest::newRow("39C3") << QStringLiteral("39c3-everything.schedule.json")
                          << QStringLiteral("39c3") << 895 << QStringLiteral("Europe/Berlin");
    QTest::newRow("camp2019") << QStringLiteral("camp2019-frab-example.schedule.json")
                              << QStringLiteral("camp2019") << 79
                              << QStringLiteral("Europe/Berlin");
    QTest::newRow("lca2020") << QStringLiteral("lca2020-conference.ics")
                             << QStringLiteral("linux-conf-au-2020") << 262
                             << QStringLiteral("Australia/Brisbane");
    QTest::newRow("kielux") << QStringLiteral("kielux-kolt20.ics")
                            << QStringLiteral("18-kieler-open-source-und-linux-tage")
                            << 24
                            // Every time in UTC, no zone named: the user's own.
                            << QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

void TestImporter::importsEveryRealFile()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(int, sessions);
    QFETCH(QString, timeZone);
    const QString path = realFile(file.toUtf8().constData());
    REQUIRE_REAL_FILE(path);
    const ImportOutcome outcome = Importer(*m_db).importFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(outcome.report.newConference);
    QCOMPARE(outcome.report.added, sessions);
    QVERIFY(outcome.impact.isEmpty());
    ProgrammeStore store(*m_db);
    QCOMPARE(store.sessions(key).size(), sessions);
    QCOMPARE(store.conference(key)->timeZone, timeZone);
    // The same file again changes nothing.
    const ImportOutcome again = Importer(*m_db).importFile(path);
    QVERIFY(again.ok());
    QCOMPARE(again.report.unchanged, sessions);
    QCOMPARE(again.report.added + again.report.updated, 0);
}

void TestImporter::reportsProgress()
{
    QList<int> steps;
    const ImportOutcome outcome = Importer(*m_db).importFile(
        fixture("import-pentabarf-classic.xml"), [&](int percent) { steps.append(percent); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(steps, QList<int>({ 20, 50, 90, 100 }));
}

void TestImporter::readErrorLeavesDatabaseAlone()
{
    const QString path = writeFile(QStringLiteral("broken.xml"),
        "<schedule>\n<day date=\"2020-02-01\"><room name=\"R\"><event id=\"1\">\n"
        "<duration>soon</duration></event></room></day></schedule>");
    QList<int> steps;
    const ImportOutcome outcome
        = Importer(*m_db).importFile(path, [&](int percent) { steps.append(percent); });
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.readError.has_value());
    QCOMPARE(outcome.readError->line, 3);
    QVERIFY2(outcome.errorMessage().startsWith(path + QStringLiteral(":3:11: ")),
        qPrintable(outcome.errorMessage()));
    QCOMPARE(steps, QList<int> { 20 });
    QVERIFY(ProgrammeStore(*m_db).conferences().isEmpty());
}

void TestImporter::programmeWithoutSessionsIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("iCalendar without VEVENT")
        << QStringLiteral("empty.ics")
        << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Empty\r\nEND:VCALENDAR\r\n");
    QTest::newRow("schedule.json without events")
        << QStringLiteral("empty.json")
        << QByteArray(R"({"schedule": {"conference": {"title": "Empty", "days": []}}})");
    QTest::newRow("Pentabarf without events")
        << QStringLiteral("empty.xml")
        << QByteArray("<schedule><conference><title>Empty</title></conference>"
                      "<day index=\"1\" date=\"2025-03-01\"><room name=\"R\"/></day></schedule>");
}

void TestImporter::programmeWithoutSessionsIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString path = writeFile(name, bytes);
    const ImportOutcome outcome = Importer(*m_db).importFile(path);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.readError.has_value());
    QVERIFY2(outcome.errorMessage().startsWith(path + QStringLiteral(":1:1: ")),
        qPrintable(outcome.errorMessage()));
    QVERIFY2(outcome.errorMessage().contains(QStringLiteral("lists no sessions")),
        qPrintable(outcome.errorMessage()));
    QVERIFY(ProgrammeStore(*m_db).conferences().isEmpty());
}

void TestImporter::storeErrorIsReported()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON session"
                                  " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    const ImportOutcome outcome = Importer(*m_db).importData(sampleProgramme(), QString());
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.readError);
    QVERIFY2(outcome.errorMessage().contains(QLatin1String("refused")),
        qPrintable(outcome.errorMessage()));
    QVERIFY(ProgrammeStore(*m_db).conferences().isEmpty());
}

void TestImporter::updatedFosdemReportsImpactAndKeepsUserData_data()
{
    QTest::addColumn<bool>("streamed"); // as the command line imports
    QTest::newRow("whole") << false;
    QTest::newRow("streamed") << true;
}

void TestImporter::updatedFosdemReportsImpactAndKeepsUserData()
{
    QFETCH(bool, streamed);
    const QString path = realFile("fosdem-2020-schedule.xml");
    REQUIRE_REAL_FILE(path);
    const QString fosdem = QStringLiteral("fosdem-2020");
    const QString welcome = QStringLiteral("fosdem-2020-9025");
    const QString kernel = QStringLiteral("fosdem-2020-10715");
    const QString celebration = QStringLiteral("fosdem-2020-9029");
    QVERIFY(Importer(*m_db).importFile(path).ok());
    bookmarkWithNotes(fosdem, { welcome, kernel, celebration });

    // The update: the welcome is cancelled, the kernel talk moves to 15:00 in
    // another room, and two talks are added, one in the bookmarked Keynotes track.
    QByteArray xml = readAll(path);
    const QByteArray kernelEvent = block(xml, "<event id=\"10715\">", "</event>");
    QByteArray moved = kernelEvent;
    moved.replace("<start>10:00</start>", "<start>15:00</start>")
        .replace("<room>Janson</room>", "<room>K.1.105</room>");
    xml = replaceBlock(xml, "<event id=\"10715\">", "</event>", moved);
    xml = replaceBlock(xml, "<event id=\"9025\">", "</event>");
    const QByteArray celebrationEvent = block(xml, "<event id=\"9029\">", "</event>");
    QByteArray surprise = celebrationEvent;
    surprise.replace("id=\"9029\"", "id=\"99001\"")
        .replace("<start>17:00</start>", "<start>12:00</start>");
    QByteArray elsewhere = celebrationEvent;
    elsewhere.replace("id=\"9029\"", "id=\"99002\"")
        .replace("<track>Keynotes</track>", "<track>Lightning Talks</track>");
    xml = replaceBlock(xml, "<event id=\"9029\">", "</event>",
        celebrationEvent + "\n" + surprise + "\n" + elsewhere);

    const QString updated = writeFile(QStringLiteral("fosdem.xml"), xml);
    bool held = false;
    const ImportOutcome outcome
        = streamed ? importStreamed(*m_db, updated, &held) : Importer(*m_db).importFile(updated);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(held, streamed);
    QCOMPARE(outcome.report.added, 2);
    QCOMPARE(outcome.report.updated, 1);
    QCOMPARE(outcome.report.unchanged, 870);
    QCOMPARE(keysOf(outcome.report.removed), QStringList { welcome });

    const ImportImpact &impact = outcome.impact;
    QCOMPARE(keysOf(impact.cancelled), QStringList { welcome });
    QCOMPARE(impact.moved.size(), 1);
    QCOMPARE(impact.moved.first().before.key, kernel);
    QCOMPARE(impact.moved.first().before.time.start, utc(2020, 2, 1, 9, 0));
    QCOMPARE(impact.moved.first().before.room, QStringLiteral("Janson"));
    QCOMPARE(impact.moved.first().after.time.start, utc(2020, 2, 1, 14, 0));
    QCOMPARE(impact.moved.first().after.room, QStringLiteral("K.1.105"));
    QVERIFY(impact.newClashes.isEmpty());
    QCOMPARE(
        keysOf(impact.newInBookmarkedTracks), QStringList { QStringLiteral("fosdem-2020-99001") });
    verifyUserDataKept(fosdem, { welcome, kernel, celebration });
}

void TestImporter::updatedLcaReportsImpactAndKeepsUserData()
{
    const QString path = realFile("lca2020-conference.ics");
    REQUIRE_REAL_FILE(path);
    const QString lca = QStringLiteral("linux-conf-au-2020");
    const QString wednesday = QStringLiteral("94@lca2020.linux.org.au");
    const QString thursday = QStringLiteral("95@lca2020.linux.org.au");
    const QString ddos = QStringLiteral("12@lca2020.linux.org.au");
    QVERIFY(Importer(*m_db).importFile(path).ok());
    bookmarkWithNotes(lca, { wednesday, thursday, ddos });

    QByteArray ics = readAll(path);
    const auto [talkFrom, talkTo] = eventBounds(ics, "12@lca2020.linux.org.au");
    QByteArray talk = ics.mid(talkFrom, talkTo - talkFrom);
    talk.replace("20200115T133000", "20200115T150000")
        .replace("20200115T141500", "20200115T154500");
    ics.replace(talkFrom, talkTo - talkFrom, talk);
    const auto [thursdayFrom, thursdayTo] = eventBounds(ics, "95@lca2020.linux.org.au");
    QVERIFY(thursdayFrom > 0);
    ics.remove(thursdayFrom, thursdayTo - thursdayFrom);
    ics.replace("END:VCALENDAR",
        "BEGIN:VEVENT\r\nUID:9999@lca2020.linux.org.au\r\n"
        "SUMMARY:Surprise talk\r\n"
        "DTSTART;TZID=Australia/Brisbane:20200116T100000\r\n"
        "DURATION:PT30M\r\nLOCATION:Arena\r\nEND:VEVENT\r\nEND:VCALENDAR");

    const ImportOutcome outcome
        = Importer(*m_db).importFile(writeFile(QStringLiteral("lca.ics"), ics));
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome.report.added, 1);
    QCOMPARE(outcome.report.updated, 1);
    QCOMPARE(keysOf(outcome.report.removed), QStringList { thursday });
    QCOMPARE(keysOf(outcome.impact.cancelled), QStringList { thursday });
    QCOMPARE(outcome.impact.moved.size(), 1);
    QCOMPARE(outcome.impact.moved.first().after.key, ddos);
    QCOMPARE(outcome.impact.moved.first().after.time.start, utc(2020, 1, 15, 5, 0));
    QVERIFY(outcome.impact.newClashes.isEmpty());
    QCOMPARE(keysOf(outcome.impact.newInBookmarkedTracks),
        QStringList { QStringLiteral("9999@lca2020.linux.org.au") });
    verifyUserDataKept(lca, { wednesday, thursday, ddos });
}

void TestImporter::movedSessionThatNowClashesIsReported()
{
    const ConferenceData before = sampleProgramme();
    QVERIFY(Importer(*m_db).importData(before, QStringLiteral("1")).ok());
    bookmarkWithNotes(before.conference.key, { QStringLiteral("T1"), QStringLiteral("A2") });
    ConferenceData after = before;
    after.sessions[3].time = SessionTime::timed(
        before.sessions[0].time.start.addSecs(600), {}, before.sessions[0].time.date);
    const ImportOutcome outcome = Importer(*m_db).importData(after, QStringLiteral("2"));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.impact.moved.size(), 1);
    QCOMPARE(outcome.impact.moved.first().after.key, QStringLiteral("A2"));
    QCOMPARE(outcome.impact.newClashes.size(), 1);
    QCOMPARE(outcome.impact.newClashes.first().first.key, QStringLiteral("T1"));
    QCOMPARE(outcome.impact.newClashes.first().second.key, QStringLiteral("A2"));
    QVERIFY(outcome.impact.cancelled.isEmpty());
    QVERIFY(outcome.impact.newInBookmarkedTracks.isEmpty());
}

void TestImporter::updateRemovingMostSessionsNeedsPermission()
{
    const ConferenceData full = sampleProgramme();
    QVERIFY(Importer(*m_db).importData(full, QStringLiteral("1")).ok());
    bookmarkWithNotes(full.conference.key, { QStringLiteral("T1"), QStringLiteral("A2") });
    // One session of four: an extract, not the programme's next version.
    ConferenceData extract = full;
    extract.sessions = { full.sessions.at(0) };
    const ImportOutcome refused = Importer(*m_db).importData(extract, QStringLiteral("2"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.needsConfirmation());
    QCOMPARE(refused.heldBackRemovals, 3);
    QCOMPARE(refused.sessionsBefore, 4);
    QVERIFY(refused.errorMessage().contains(QStringLiteral("nothing was changed")));
    ProgrammeStore store(*m_db);
    QCOMPARE(store.sessions(full.conference.key).size(), 4);
    verifyUserDataKept(full.conference.key, { QStringLiteral("T1"), QStringLiteral("A2") });

    Importer allowed(*m_db);
    allowed.allowLargeRemovals(true);
    const ImportOutcome forced = allowed.importData(extract, QStringLiteral("2"));
    QVERIFY(forced.ok());
    QCOMPARE(forced.report.removed.size(), 3);
    QCOMPARE(store.sessions(full.conference.key).size(), 1);
    verifyUserDataKept(full.conference.key, { QStringLiteral("T1"), QStringLiteral("A2") });
}

void TestImporter::updateRemovingHalfIsAnUpdate()
{
    const ConferenceData full = sampleProgramme();
    QVERIFY(Importer(*m_db).importData(full, QStringLiteral("1")).ok());
    ConferenceData half = full;
    half.sessions = { full.sessions.at(0), full.sessions.at(1) };
    const ImportOutcome outcome = Importer(*m_db).importData(half, QStringLiteral("2"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome.report.removed.size(), 2);
}

void TestImporter::impactOfComparesOnlyBookmarks()
{
    const QList<SessionRow> before = { row(QStringLiteral("a"), QStringLiteral("t1"), 9, 10),
        row(QStringLiteral("b"), QStringLiteral("t1"), 11, 12),
        row(QStringLiteral("c"), QStringLiteral("t2"), 13, 14),
        row(QStringLiteral("gone"), QStringLiteral("t2"), 8, 9, QStringLiteral("R"), true) };
    const QList<SessionRow> after
        = { row(QStringLiteral("a"), QStringLiteral("t1"), 9, 10, QStringLiteral("S")),
              row(QStringLiteral("b"), QStringLiteral("t1"), 15, 16),
              row(QStringLiteral("new1"), QStringLiteral("t1"), 17, 18),
              row(QStringLiteral("new2"), QStringLiteral("t2"), 17, 18),
              row(QStringLiteral("c"), QStringLiteral("t2"), 13, 14, QStringLiteral("R"), true),
              row(QStringLiteral("gone"), QStringLiteral("t2"), 8, 9, QStringLiteral("R"), true) };
    // "b" moved but is not bookmarked; "gone" was already gone.
    const ImportImpact impact = Importer::impactOf(
        before, after, { QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("gone") });
    QCOMPARE(impact.moved.size(), 1);
    QCOMPARE(impact.moved.first().before.room, QStringLiteral("R"));
    QCOMPARE(impact.moved.first().after.room, QStringLiteral("S"));
    QCOMPARE(keysOf(impact.cancelled), QStringList { QStringLiteral("c") });
    // t2 holds only the cancelled bookmark, so "new2" is not followed.
    QCOMPARE(keysOf(impact.newInBookmarkedTracks), QStringList { QStringLiteral("new1") });
    QVERIFY(impact.newClashes.isEmpty());
}

void TestImporter::clashesAlreadyThereAreNotNew()
{
    const QList<SessionRow> before = { row(QStringLiteral("a"), QStringLiteral("t"), 9, 11),
        row(QStringLiteral("b"), QStringLiteral("t"), 10, 12),
        row(QStringLiteral("c"), QStringLiteral("t"), 13, -1),
        row(QStringLiteral("d"), QStringLiteral("t"), 14, 15) };
    QList<SessionRow> after = before;
    after[1].room = QStringLiteral("moved room, same clash");
    after[3] = row(QStringLiteral("d"), QStringLiteral("t"), 13, 15); // now starts with "c"
    const QStringList all
        = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") };
    const ImportImpact impact = Importer::impactOf(before, after, all);
    QCOMPARE(impact.newClashes.size(), 1);
    QCOMPARE(impact.newClashes.first().first.key, QStringLiteral("c"));
    QCOMPARE(impact.newClashes.first().second.key, QStringLiteral("d"));
    QCOMPARE(impact.moved.size(), 2);
    // Back-to-back sessions do not clash.
    const QList<SessionRow> adjacent = { row(QStringLiteral("x"), QStringLiteral("t"), 9, 10),
        row(QStringLiteral("y"), QStringLiteral("t"), 10, 11) };
    QVERIFY(Importer::impactOf({ row(QStringLiteral("z"), QStringLiteral("t"), 1, 2) }, adjacent,
        { QStringLiteral("x"), QStringLiteral("y") })
                .newClashes.isEmpty());
}

void TestImporter::newConferenceHasNoImpact()
{
    const ConferenceData data = sampleProgramme();
    QVERIFY(
        UserDataStore(*m_db).setBookmarked(data.conference.key, QStringLiteral("T1"), true).ok());
    const ImportOutcome outcome = Importer(*m_db).importData(data, QString());
    QVERIFY(outcome.ok());
    QVERIFY(outcome.report.newConference);
    QVERIFY(outcome.impact.isEmpty());
}

void TestImporter::retitledBookmarkIsNamed()
{
    SessionRow before = row(QStringLiteral("a"), QStringLiteral("t"), 9, 10);
    before.title = LocalizedText::english(QStringLiteral("Rust in space"));
    SessionRow after = before;
    after.title = LocalizedText::english(QStringLiteral("Rust in orbit"));
    SessionRow other = row(QStringLiteral("b"), QStringLiteral("t"), 11, 12);
    SessionRow otherAfter = other;
    otherAfter.title = LocalizedText::english(QStringLiteral("Not bookmarked, retitled"));
    const ImportImpact impact
        = Importer::impactOf({ before, other }, { after, otherAfter }, { QStringLiteral("a") });
    QCOMPARE(impact.retitled.size(), 1);
    QVERIFY(impact.moved.isEmpty());
    Conference conference;
    conference.key = QStringLiteral("c");
    const QString text = ImportSummary(Language::English, conference).impactText(impact);
    QVERIFY2(text.contains(QLatin1String(
                 "bookmarked session \"Rust in space\" is now titled \"Rust in orbit\" (a)")),
        qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("Not bookmarked")));
}

void TestImporter::ownExportIsMergedAsBookmarks_data()
{
    QTest::addColumn<Language>("language"); // of the export, and so of its calendar name
    QTest::newRow("English") << Language::English;
    QTest::newRow("Chinese") << Language::Chinese;
}

// An agenda exported from here and imported again gives back its bookmarks and
// planned times; the programme keeps every session.
void TestImporter::ownExportIsMergedAsBookmarks()
{
    QFETCH(Language, language);
    const ConferenceData data = sampleProgramme();
    const QString key = data.conference.key;
    QVERIFY(Importer(*m_db).importData(data, QString()).ok());
    UserDataStore userData(*m_db);
    const QDateTime planned = utc(2026, 5, 6, 2, 0);
    QVERIFY(userData.setBookmarked(key, { QStringLiteral("T1"), QStringLiteral("A1") }, true).ok());
    QVERIFY(
        userData.setPlannedTime(key, QStringLiteral("A1"), planned, planned.addSecs(3600)).ok());
    ExportOptions options;
    options.language = language;
    const QByteArray ics = IcsWriter(options).write(AgendaBuilder(*m_db).build(key));
    const QString path = m_dir->filePath(QStringLiteral("my-agenda.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(ics) == ics.size());
    file.close();
    // Since the export: one bookmark dropped, the planned time cleared.
    QVERIFY(userData.setBookmarked(key, QStringLiteral("A1"), false).ok());
    QVERIFY(userData.setPlannedTime(key, QStringLiteral("A1"), QDateTime(), QDateTime()).ok());
    const QStringList before = storedText(*m_db, key);

    const ImportOutcome outcome = Importer(*m_db).importFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(outcome.merged.has_value());
    QCOMPARE(outcome.merged->conferenceKey, key);
    QCOMPARE(outcome.merged->bookmarked, 1);
    QCOMPARE(outcome.merged->alreadyBookmarked, 1);
    QCOMPARE(outcome.merged->planned, 1);
    QVERIFY(outcome.merged->unknown.isEmpty());
    QCOMPARE(storedText(*m_db, key), before); // the programme as it was
    QCOMPARE(ProgrammeStore(*m_db).conferences().size(), 1);
    QStringList marks = userData.bookmarks(key);
    marks.sort();
    QCOMPARE(marks, QStringList({ QStringLiteral("A1"), QStringLiteral("T1") }));
    const auto time = userData.plannedTime(key, QStringLiteral("A1"));
    QVERIFY(time);
    QCOMPARE(time->first, planned);
    QCOMPARE(time->second, planned.addSecs(3600));
    const QString summary = ImportSummary(Language::English, outcome.conference).text(outcome);
    static const QRegularExpression counts(QStringLiteral(
        "1 session(\\(s\\))? bookmarked, 1 already bookmarked, 1 planned time(\\(s\\))? set"));
    QVERIFY2(counts.match(summary).hasMatch(), qPrintable(summary));

    // Imported again, there is nothing left to merge.
    const ImportOutcome again = Importer(*m_db).importFile(path);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again.merged->bookmarked, 0);
    QCOMPARE(again.merged->alreadyBookmarked, 2);
    QCOMPARE(again.merged->planned, 0);
}

void TestImporter::ownExportOfAnAbsentConferenceIsItsOwnProgramme()
{
    Database other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.sqlite"))).ok());
    const ConferenceData data = sampleProgramme();
    QVERIFY(Importer(other).importData(data, QString()).ok());
    QVERIFY(
        UserDataStore(other).setBookmarked(data.conference.key, QStringLiteral("T1"), true).ok());
    const QByteArray ics
        = IcsWriter(ExportOptions()).write(AgendaBuilder(other).build(data.conference.key));
    const QString path = m_dir->filePath(QStringLiteral("agenda.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(ics) == ics.size());
    file.close();
    // Here the programme was never imported: the agenda is read as what it holds,
    // the one session chosen, under its own title.
    const ImportOutcome outcome = Importer(*m_db).importFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(!outcome.merged);
    const QList<Session> sessions = ProgrammeStore(*m_db).sessions(outcome.conference.key);
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().title.en, QStringLiteral("Memory allocation"));
}

void TestImporter::renamedFileUpdatesItsConference_data()
{
    QTest::addColumn<bool>("streamed");
    QTest::newRow("read whole") << false;
    // Its sessions went to the store under the new name before the file's end
    // told whose they are: the file is read again, whole.
    QTest::newRow("streamed") << true;
}

void TestImporter::renamedFileUpdatesItsConference()
{
    QFETCH(bool, streamed);
    const auto import = [this, streamed](const QString &path) {
        return streamed ? importStreamed(*m_db, path)
                        : Importer(*m_db).importRead(Importer::readFile(path));
    };
    // A calendar without a name is called, and keyed, after its file.
    const auto calendar = [](const QByteArray &lastTitle) {
        QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
        const QList<QByteArray> titles = { "Opening", "Rust in space", lastTitle };
        for (int i = 0; i < titles.size(); ++i)
            ics += "BEGIN:VEVENT\r\nUID:talk-" + QByteArray::number(i)
                + "@devconf.example\r\n"
                  "DTSTART:2025030"
                + QByteArray::number(i + 1) + "T090000Z\r\nSUMMARY:" + titles.at(i)
                + "\r\nEND:VEVENT\r\n";
        return ics + "END:VCALENDAR\r\n";
    };
    const QString first = writeFile(QStringLiteral("devconf_2025-talks.ics"), calendar("Closing"));
    const ImportOutcome imported = Importer(*m_db).importFile(first);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported.conference.key, QStringLiteral("devconf-2025-talks"));
    const int conferences = int(ProgrammeStore(*m_db).conferences().size());

    const QString renamed = writeFile(QStringLiteral("talks (1).ics"), calendar("Farewell"));
    const ImportOutcome updated = import(renamed);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
    QVERIFY(!updated.report.newConference);
    QCOMPARE(updated.report.conferenceKey, QStringLiteral("devconf-2025-talks"));
    QCOMPARE(updated.report.updated, 1);
    QCOMPARE(updated.report.unchanged, 2);
    QCOMPARE(int(ProgrammeStore(*m_db).conferences().size()), conferences);

    // A calendar sharing one session of three is another conference.
    QByteArray other = calendar("Closing");
    other.replace("talk-0@", "other-0@").replace("talk-1@", "other-1@");
    const ImportOutcome separate = import(writeFile(QStringLiteral("other.ics"), other));
    QVERIFY2(separate.ok(), qPrintable(separate.errorMessage()));
    QVERIFY(separate.report.newConference);
    QCOMPARE(int(ProgrammeStore(*m_db).conferences().size()), conferences + 1);
}

void TestImporter::warningsReachTheOutcome()
{
    const ImportOutcome outcome
        = Importer(*m_db).importFile(fixture("import-icalendar-recurrence.ics"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome.warnings.size(), 1);
    QVERIFY(outcome.warnings.first().contains(QLatin1String("repeats without end")));
    QVERIFY(ImportSummary::warningsText(outcome.warnings).startsWith(QLatin1String("warning: ")));
}

// The command line stores sessions while the file is still read. What it
// stores, and what it reports, must be what the whole file gives.
void TestImporter::streamedImportStoresTheSame_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("streams"); // large enough to be streamed
    QTest::addColumn<Database::Writes>("writes"); // bulk: as a large file is
    QTest::newRow("FOSDEM 2020") << realFile("fosdem-2020-schedule.xml")
                                 << QStringLiteral("fosdem-2020") << true
                                 << Database::Writes::ThroughLog;
    QTest::newRow("FOSDEM 2020, bulk")
        << realFile("fosdem-2020-schedule.xml") << QStringLiteral("fosdem-2020") << true
        << Database::Writes::IntoFile;
    QTest::newRow("31C3") << realFile("31c3-frab-schedule.xml") << QStringLiteral("31c3") << true
                          << Database::Writes::ThroughLog;
    QTest::newRow("classic fixture")
        << fixture("import-pentabarf-classic.xml") << QStringLiteral("tiny-dev-room-days-2021")
        << true << Database::Writes::ThroughLog;
    QTest::newRow("schedule.json")
        << realFile("camp2019-frab-example.schedule.json") << QStringLiteral("camp2019") << false
        << Database::Writes::ThroughLog;
    // A calendar's sessions go to the store alone, their keys only kept.
    QTest::newRow("iCalendar") << realFile("lca2020-conference.ics")
                               << QStringLiteral("linux-conf-au-2020") << true
                               << Database::Writes::ThroughLog;
    QTest::newRow("iCalendar, repeats")
        << fixture("import-icalendar-recurrence.ics") << QStringLiteral("repeat-camp-2025") << true
        << Database::Writes::IntoFile;
    QTest::newRow("schedule.json, bulk")
        << realFile("camp2019-frab-example.schedule.json") << QStringLiteral("camp2019") << false
        << Database::Writes::IntoFile;
}

void TestImporter::streamedImportStoresTheSame()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(bool, streams);
    QFETCH(Database::Writes, writes);
    REQUIRE_REAL_FILE(path);
    Database other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.sqlite"))).ok());
    for (int round = 0; round < 2; ++round) { // new, then the same again
        const ImportOutcome whole = Importer(*m_db).importRead(Importer::readFile(path));
        QVERIFY2(whole.ok(), qPrintable(whole.errorMessage()));
        bool held = false;
        const ImportOutcome streamed = importStreamed(other, path, &held, writes);
        QVERIFY2(streamed.ok(), qPrintable(streamed.errorMessage()));
        QCOMPARE(held, streams);
        QCOMPARE(streamed.conference.key, key);
        QCOMPARE(reportText(streamed.report), reportText(whole.report));
        const QStringList stored = storedText(*m_db, key);
        QVERIFY(stored.size() > 10);
        QCOMPARE(storedText(other, key), stored);
    }
}

// Sessions streamed under the programme's own zone, which a zoned date later
// in the file, or a conference that comes after its days, proves wrong.
void TestImporter::streamThatDoesNotHoldIsStoredWhole_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("timeZone");
    QTest::newRow("zoned date late")
        << unzonedProgramme(80, 70) << QStringLiteral("late-zone") << QStringLiteral("UTC+05:30");
    QByteArray conferenceLast = unzonedProgramme(80, -1);
    conferenceLast.replace("<conference><acronym>late-zone</acronym><title>Late zone</title>"
                           "</conference>",
        "");
    conferenceLast.replace("</day>",
        "</day><conference><acronym>after</acronym>"
        "<time_zone_name>Asia/Taipei</time_zone_name></conference>");
    QTest::newRow("conference last")
        << conferenceLast << QStringLiteral("after") << QStringLiteral("Asia/Taipei");
}

void TestImporter::streamThatDoesNotHoldIsStoredWhole()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, key);
    QFETCH(QString, timeZone);
    const QString path = writeFile(QStringLiteral("late.xml"), xml);
    Database other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.sqlite"))).ok());
    const ImportOutcome whole = Importer(*m_db).importFile(path);
    QVERIFY2(whole.ok(), qPrintable(whole.errorMessage()));
    bool held = true;
    const ImportOutcome streamed = importStreamed(other, path, &held);
    QVERIFY2(streamed.ok(), qPrintable(streamed.errorMessage()));
    QVERIFY(!held);
    QCOMPARE(streamed.report.added, 80);
    QCOMPARE(reportText(streamed.report), reportText(whole.report));
    QCOMPARE(ProgrammeStore(other).conference(key)->timeZone, timeZone);
    const QStringList stored = storedText(*m_db, key);
    QCOMPARE(stored.size(), 9 + 3 + 80 + 80);
    QCOMPARE(storedText(other, key), stored);
}

// A file that fails after many of its sessions were stored: the transaction
// takes them all back, and the programme stored before is as it was.
void TestImporter::streamedReadErrorLeavesDatabaseAlone_data()
{
    QTest::addColumn<Database::Writes>("writes");
    QTest::newRow("logged") << Database::Writes::ThroughLog;
    QTest::newRow("bulk") << Database::Writes::IntoFile;
}

void TestImporter::streamedReadErrorLeavesDatabaseAlone()
{
    QFETCH(Database::Writes, writes);
    const QString path = realFile("fosdem-2020-schedule.xml");
    REQUIRE_REAL_FILE(path);
    QVERIFY(Importer(*m_db).importFile(path).ok());
    const QString key = QStringLiteral("fosdem-2020");
    const QStringList before = storedText(*m_db, key);
    QByteArray xml = readAll(path);
    // An event near the end gets a start it cannot have.
    const qsizetype at = xml.lastIndexOf("<start>");
    QVERIFY(at > xml.size() / 2);
    xml.replace(at, 12, "<start>99:99");
    const ImportOutcome outcome
        = importStreamed(*m_db, writeFile(QStringLiteral("broken.xml"), xml), nullptr, writes);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.readError.has_value());
    QVERIFY2(outcome.readError->message.contains(QLatin1String("99:99")),
        qPrintable(outcome.errorMessage()));
    QVERIFY(outcome.readError->line > 10000);
    QCOMPARE(storedText(*m_db, key), before);
}

void TestImporter::streamedStoreErrorIsReported()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON session"
                                  " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    bool held = false;
    const ImportOutcome outcome
        = importStreamed(*m_db, fixture("import-pentabarf-classic.xml"), &held);
    QVERIFY(held);
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.readError);
    QVERIFY2(outcome.errorMessage().contains(QLatin1String("refused")),
        qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome.report.added, 0);
    QVERIFY(ProgrammeStore(*m_db).conferences().isEmpty());
}

// A calendar streamed into the store updates its conference as one read whole
// does: sessions gone from it are marked removed, new ones added, and a zone the
// user chose moves the times as they come.
void TestImporter::streamedCalendarUpdatesAsAWholeOne_data()
{
    QTest::addColumn<QString>("zone"); // chosen by the user after the first import
    QTest::newRow("events gone and new") << QString();
    QTest::newRow("zone chosen") << QStringLiteral("Asia/Taipei");
}

void TestImporter::streamedCalendarUpdatesAsAWholeOne()
{
    QFETCH(QString, zone);
    const auto calendar = [](const QList<int> &events) {
        QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Stream Days\r\n"
                         "X-WR-TIMEZONE:Europe/Berlin\r\n";
        for (const int i : events)
            ics += "BEGIN:VEVENT\r\nUID:talk-" + QByteArray::number(i)
                + "@stream.example\r\nDTSTART:20250301T" + QByteArray::number(10 + i % 8)
                + "0000Z\r\nDURATION:PT45M\r\nSUMMARY:Talk " + QByteArray::number(i)
                + "\r\nLOCATION:Room " + QByteArray::number(i % 3) + "\r\nEND:VEVENT\r\n";
        return ics + "END:VCALENDAR\r\n";
    };
    QList<int> first, second;
    for (int i = 0; i < 600; ++i) {
        first.append(i);
        if (i % 7 != 3) // some gone
            second.append(i);
    }
    second.append({ 1000, 1001 }); // some new
    Database other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.sqlite"))).ok());
    const QString key = QStringLiteral("stream-days");
    const QString before = writeFile(QStringLiteral("before.ics"), calendar(first));
    QVERIFY(Importer(*m_db).importFile(before).ok());
    QVERIFY(importStreamed(other, before).ok());
    QCOMPARE(storedText(other, key), storedText(*m_db, key));
    if (!zone.isEmpty()) {
        QVERIFY(ConferenceZone(*m_db).change(key, zone).ok());
        QVERIFY(ConferenceZone(other).change(key, zone).ok());
    }

    const QString after = writeFile(QStringLiteral("after.ics"), calendar(second));
    const ImportOutcome whole = Importer(*m_db).importFile(after);
    QVERIFY2(whole.ok(), qPrintable(whole.errorMessage()));
    bool held = false;
    const ImportOutcome streamed = importStreamed(other, after, &held);
    QVERIFY2(streamed.ok(), qPrintable(streamed.errorMessage()));
    QVERIFY(held);
    QCOMPARE(streamed.report.added, 2);
    QCOMPARE(streamed.report.removed.size(), 86);
    QCOMPARE(reportText(streamed.report), reportText(whole.report));
    const QStringList stored = storedText(*m_db, key);
    QCOMPARE(storedText(other, key), stored);
    if (!zone.isEmpty()) {
        QCOMPARE(ProgrammeStore(other).conference(key)->timeZone, zone);
        QVERIFY(stored.join(u'\n').contains(QLatin1String("Asia/Taipei")));
    }
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
