#include "bundledconference.h"
#include "database.h"
#include "programmestore.h"
#include "userdatabackup.h"
#include "userdatajson.h"
#include "userdatastore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

const QString gtc = QStringLiteral("gtc-2025");
const QString quantum = QStringLiteral("S74495");
const QString keynote = QStringLiteral("S72484");
const QString elsewhere = QStringLiteral("not-imported-2026");

UserDataSnapshot::SessionData withNote(
    const QString &session, const QString &text, const QDateTime &updated)
{
    UserDataSnapshot::SessionData s;
    s.key = session;
    s.note = UserDataSnapshot::Note { text, updated };
    return s;
}

UserDataSnapshot snapshotOf(
    const QString &conference, QList<UserDataSnapshot::SessionData> sessions)
{
    UserDataSnapshot snapshot;
    snapshot.exported = QDateTime::currentDateTimeUtc();
    snapshot.conferences.append({ conference, {}, std::move(sessions) });
    return snapshot;
}

} // namespace

// Backup and restore through the store: what is collected, and how a backup is
// merged into a database that already holds user data.
class TestUserDataBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void movesEveryKindOfUserDataToAnotherDatabase();
    void collectNamesSessionsForTheReader();
    void restoringTwiceChangesNothingTheSecondTime();
    void bookmarksAreUnitedNeverRemoved();
    void newerBackupNoteReplacesOlderLocalOne();
    void newerLocalNoteIsAConflictKeptByDefault();
    void conflictCanBeResolvedForTheBackup();
    void identicalNoteIsNoChange();
    void annotationsMergeLikeNotes();
    void plannedTimeIsSetOnlyWhereAbsent();
    void conferenceWithoutProgrammeIsKeptAndReported();
    void failingWriteRestoresNothing();

private:
    std::unique_ptr<Database> open(const QString &name) const;
    QString firstPointKey(Database &db, const QString &session) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestUserDataBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = open(QStringLiteral("here.sqlite"));
    QVERIFY(m_db);
}

void TestUserDataBackup::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<Database> TestUserDataBackup::open(const QString &name) const
{
    auto db = std::make_unique<Database>();
    if (!db->open(m_dir->filePath(name)).ok() || !BundledConference::ensureImported(*db).ok())
        return nullptr;
    return db;
}

QString TestUserDataBackup::firstPointKey(Database &db, const QString &session) const
{
    const std::optional<Session> s = ProgrammeStore(db).session(gtc, session);
    return s && !s->keyPoints.isEmpty() ? s->keyPoints.first().key() : QString();
}

void TestUserDataBackup::movesEveryKindOfUserDataToAnotherDatabase()
{
    UserDataStore here(*m_db);
    const QString point = firstPointKey(*m_db, quantum);
    QVERIFY(!point.isEmpty());
    const QDateTime start = QDateTime(QDate(2025, 3, 19), QTime(17, 0), Qt::UTC);
    QString ownKey;
    QVERIFY(here.setBookmarked(gtc, quantum, true).ok());
    QTest::qWait(2); // distinct bookmark times keep their order
    QVERIFY(here.setBookmarked(gtc, keynote, true).ok());
    QVERIFY(here.setNote(gtc, quantum, QStringLiteral("量子筆記\nsecond line")).ok());
    QVERIFY(here.setAnnotation(gtc, quantum, { point, true, QStringLiteral("重要") }).ok());
    QVERIFY(here.addUserKeyPoint(gtc, quantum, QStringLiteral("my own point"), &ownKey).ok());
    QVERIFY(here.setAnnotation(gtc, quantum, { ownKey, true, QString() }).ok());
    QVERIFY(here.setPlannedTime(gtc, keynote, start, start.addSecs(3600)).ok());
    QVERIFY(here.setReminderMinutes(gtc, keynote, 30).ok());
    QVERIFY(here.setNote(elsewhere, QStringLiteral("talk-1"), QStringLiteral("kept")).ok());

    const QByteArray file = UserDataJson::write(UserDataBackup(*m_db).collect());
    const UserDataReadResult read = UserDataJson().read(file, QStringLiteral("backup.json"));
    QVERIFY2(read.ok(), qPrintable(read.error ? read.error->toString() : QString()));

    auto there = open(QStringLiteral("there.sqlite")); // "another machine": a fresh database
    QVERIFY(there);
    RestoreReport report;
    QVERIFY(
        UserDataBackup(*there).restore(read.data, UserDataBackup::KeepNewerLocal, &report).ok());
    QCOMPARE(report.bookmarksAdded, 2);
    QCOMPARE(report.notesAdded, 2);
    QCOMPARE(report.annotationsAdded, 2);
    QCOMPARE(report.keyPointsAdded, 1);
    QCOMPARE(report.plannedTimesSet, 1);
    QCOMPARE(report.remindersSet, 1);
    QVERIFY(report.conflicts.isEmpty());
    QCOMPARE(report.conferencesWithoutProgramme, QStringList { elsewhere });

    UserDataStore moved(*there);
    QCOMPARE(moved.bookmarks(gtc), (QStringList { quantum, keynote }));
    QCOMPARE(moved.note(gtc, quantum), QStringLiteral("量子筆記\nsecond line"));
    QCOMPARE(moved.annotations(gtc, quantum), here.annotations(gtc, quantum));
    QCOMPARE(moved.userKeyPoints(gtc, quantum).size(), 1);
    QCOMPARE(moved.userKeyPoints(gtc, quantum).first().key, ownKey);
    QCOMPARE(moved.userKeyPoints(gtc, quantum).first().text, QStringLiteral("my own point"));
    QCOMPARE(moved.plannedTime(gtc, keynote), here.plannedTime(gtc, keynote));
    QCOMPARE(moved.reminderMinutes(gtc, keynote), std::optional<int>(30));
    QCOMPARE(moved.note(elsewhere, QStringLiteral("talk-1")), QStringLiteral("kept"));
    // The times travel too, so a later restore still knows which note is newer.
    const QByteArray again = UserDataJson::write(UserDataBackup(*there).collect());
    QCOMPARE(QJsonDocument::fromJson(again)[QLatin1String("conferences")],
        QJsonDocument::fromJson(file)[QLatin1String("conferences")]);
}

void TestUserDataBackup::collectNamesSessionsForTheReader()
{
    UserDataStore here(*m_db);
    const QString point = firstPointKey(*m_db, quantum);
    QVERIFY(here.setNote(gtc, quantum, QStringLiteral("n")).ok());
    QVERIFY(here.setAnnotation(gtc, quantum, { point, true, {} }).ok());
    QVERIFY(here.setBookmarked(QStringLiteral("zzz"), QStringLiteral("s"), true).ok());
    const UserDataSnapshot snapshot = UserDataBackup(*m_db).collect();
    QCOMPARE(snapshot.conferences.size(), 2);
    const UserDataSnapshot::ConferenceData &conference = snapshot.conferences.first();
    QCOMPARE(conference.key, gtc);
    QCOMPARE(conference.title.en, QStringLiteral("NVIDIA GTC 2025: AI Conference for Developers"));
    QCOMPARE(conference.sessions.size(), 1);
    const UserDataSnapshot::SessionData &session = conference.sessions.first();
    QCOMPARE(session.code, quantum);
    QVERIFY(!session.title.isEmpty());
    QVERIFY(!session.annotations.first().pointText.isEmpty());
    QCOMPARE(snapshot.conferences.last().key, QStringLiteral("zzz"));
    QVERIFY(snapshot.conferences.last().title.isEmpty());
    QVERIFY(snapshot.conferences.last().sessions.first().bookmarked);
}

void TestUserDataBackup::restoringTwiceChangesNothingTheSecondTime()
{
    UserDataStore here(*m_db);
    QVERIFY(here.setBookmarked(gtc, quantum, true).ok());
    QVERIFY(here.setNote(gtc, quantum, QStringLiteral("n")).ok());
    const UserDataSnapshot snapshot = UserDataBackup(*m_db).collect();
    RestoreReport report;
    QVERIFY(UserDataBackup(*m_db).restore(snapshot, UserDataBackup::KeepNewerLocal, &report).ok());
    QCOMPARE(report.changes(), 0);
    QVERIFY(report.conflicts.isEmpty());
    QVERIFY(report.changedConferences.isEmpty());
}

void TestUserDataBackup::bookmarksAreUnitedNeverRemoved()
{
    UserDataStore here(*m_db);
    QVERIFY(here.setBookmarked(gtc, keynote, true).ok());
    UserDataSnapshot::SessionData s;
    s.key = quantum;
    s.bookmarked = true;
    RestoreReport report;
    QVERIFY(UserDataBackup(*m_db)
                .restore(snapshotOf(gtc, { s }), UserDataBackup::KeepNewerLocal, &report)
                .ok());
    QCOMPARE(report.bookmarksAdded, 1);
    QCOMPARE(report.changedConferences, QStringList { gtc });
    QVERIFY(here.isBookmarked(gtc, keynote));
    QVERIFY(here.isBookmarked(gtc, quantum));
}

void TestUserDataBackup::newerBackupNoteReplacesOlderLocalOne()
{
    UserDataStore here(*m_db);
    QVERIFY(here.setNote(gtc, quantum, QStringLiteral("old")).ok());
    const auto snapshot = snapshotOf(gtc,
        { withNote(quantum, QStringLiteral("new"), QDateTime::currentDateTimeUtc().addSecs(60)) });
    QVERIFY(UserDataBackup(*m_db).conflicts(snapshot).isEmpty());
    RestoreReport report;
    QVERIFY(UserDataBackup(*m_db).restore(snapshot, UserDataBackup::KeepNewerLocal, &report).ok());
    QCOMPARE(report.notesUpdated, 1);
    QCOMPARE(here.note(gtc, quantum), QStringLiteral("new"));
}

void TestUserDataBackup::newerLocalNoteIsAConflictKeptByDefault()
{
    UserDataStore here(*m_db);
    QVERIFY(here.setNote(gtc, quantum, QStringLiteral("mine, newer")).ok());
    const auto snapshot = snapshotOf(gtc,
        { withNote(
            quantum, QStringLiteral("backup's"), QDateTime::currentDateTimeUtc().addDays(-1)) });
    const QList<RestoreConflict> conflicts = UserDataBackup(*m_db).conflicts(snapshot);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().session, quantum);
    QCOMPARE(conflicts.first().kind, RestoreConflict::Note);
    QCOMPARE(here.note(gtc, quantum), QStringLiteral("mine, newer")); // asking wrote nothing
    RestoreReport report;
    QVERIFY(UserDataBackup(*m_db).restore(snapshot, UserDataBackup::KeepNewerLocal, &report).ok());
    QCOMPARE(report.notesKept, 1);
    QCOMPARE(report.notesUpdated, 0);
    QCOMPARE(report.conflicts.size(), 1);
    QVERIFY(!report.conflictsOverwritten);
    QCOMPARE(here.note(gtc, quantum), QStringLiteral("mine, newer"));
}

void TestUserDataBackup::conflictCanBeResolvedForTheBackup()
{
    UserDataStore here(*m_db);
    QVERIFY(here.setNote(gtc, quantum, QStringLiteral("mine, newer")).ok());
    const auto snapshot = snapshotOf(gtc,
        { withNote(
            quantum, QStringLiteral("backup's"), QDateTime::currentDateTimeUtc().addDays(-1)) });
    RestoreReport report;
    QVERIFY(
        UserDataBackup(*m_db).restore(snapshot, UserDataBackup::OverwriteNewerLocal, &report).ok());
    QCOMPARE(report.notesUpdated, 1);
    QCOMPARE(report.notesKept, 0);
    QVERIFY(report.conflictsOverwritten);
    QCOMPARE(here.note(gtc, quantum), QStringLiteral("backup's"));
}

void TestUserDataBackup::identicalNoteIsNoChange()
{
    UserDataStore here(*m_db);
    QVERIFY(here.setNote(gtc, quantum, QStringLiteral("same")).ok());
    const auto snapshot = snapshotOf(gtc,
        { withNote(quantum, QStringLiteral("same"), QDateTime::currentDateTimeUtc().addDays(-1)) });
    RestoreReport report;
    QVERIFY(UserDataBackup(*m_db).restore(snapshot, UserDataBackup::KeepNewerLocal, &report).ok());
    QCOMPARE(report.changes(), 0);
    QVERIFY(report.conflicts.isEmpty());
}

void TestUserDataBackup::annotationsMergeLikeNotes()
{
    UserDataStore here(*m_db);
    const QString point = firstPointKey(*m_db, quantum);
    QVERIFY(here.setAnnotation(gtc, quantum, { point, true, QStringLiteral("mine") }).ok());
    UserDataSnapshot::SessionData s;
    s.key = quantum;
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-1);
    s.annotations.append({ { point, false, QStringLiteral("older") }, past, {} });
    s.annotations.append({ { QStringLiteral("k-other"), true, {} }, past, {} });
    RestoreReport report;
    QVERIFY(UserDataBackup(*m_db)
                .restore(snapshotOf(gtc, { s }), UserDataBackup::KeepNewerLocal, &report)
                .ok());
    QCOMPARE(report.annotationsAdded, 1);
    QCOMPARE(report.annotationsKept, 1);
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(report.conflicts.first().kind, RestoreConflict::Annotation);
    QCOMPARE(report.conflicts.first().pointKey, point);
    QCOMPARE(here.annotations(gtc, quantum).size(), 2);
    QVERIFY(here.annotations(gtc, quantum)
                .contains(Annotation { point, true, QStringLiteral("mine") }));

    s.annotations.first().updated = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY(UserDataBackup(*m_db)
                .restore(snapshotOf(gtc, { s }), UserDataBackup::KeepNewerLocal, &report)
                .ok());
    QCOMPARE(report.annotationsUpdated, 1);
    QVERIFY(here.annotations(gtc, quantum)
                .contains(Annotation { point, false, QStringLiteral("older") }));
}

void TestUserDataBackup::plannedTimeIsSetOnlyWhereAbsent()
{
    UserDataStore here(*m_db);
    const QDateTime mine = QDateTime(QDate(2025, 3, 19), QTime(9, 0), Qt::UTC);
    const QDateTime theirs = mine.addDays(1);
    QVERIFY(here.setPlannedTime(gtc, quantum, mine, mine.addSecs(1800)).ok());
    UserDataSnapshot::SessionData a;
    a.key = quantum;
    a.planned = std::make_pair(theirs, theirs.addSecs(1800));
    UserDataSnapshot::SessionData b = a;
    b.key = keynote;
    RestoreReport report;
    QVERIFY(UserDataBackup(*m_db)
                .restore(snapshotOf(gtc, { a, b }), UserDataBackup::OverwriteNewerLocal, &report)
                .ok());
    QCOMPARE(report.plannedTimesSet, 1);
    QCOMPARE(report.plannedTimesKept, 1);
    QCOMPARE(here.plannedTime(gtc, quantum)->first, mine);
    QCOMPARE(here.plannedTime(gtc, keynote)->first, theirs);
}

void TestUserDataBackup::conferenceWithoutProgrammeIsKeptAndReported()
{
    RestoreReport report;
    const auto snapshot = snapshotOf(elsewhere,
        { withNote(QStringLiteral("t"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()) });
    QVERIFY(UserDataBackup(*m_db).restore(snapshot, UserDataBackup::KeepNewerLocal, &report).ok());
    QCOMPARE(report.conferencesWithoutProgramme, QStringList { elsewhere });
    QCOMPARE(UserDataStore(*m_db).note(elsewhere, QStringLiteral("t")), QStringLiteral("x"));
    QCOMPARE(ProgrammeStore(*m_db).conferences().size(), 1); // no empty conference appears
    // Restored again, nothing changes and there is nothing to report about it.
    QVERIFY(UserDataBackup(*m_db).restore(snapshot, UserDataBackup::KeepNewerLocal, &report).ok());
    QVERIFY(report.conferencesWithoutProgramme.isEmpty());
}

void TestUserDataBackup::failingWriteRestoresNothing()
{
    // A note the database refuses half-way, after the bookmarks were written.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON note"
                                  " WHEN NEW.session_key = 'refused'"
                                  " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    UserDataSnapshot::SessionData bookmarked;
    bookmarked.key = quantum;
    bookmarked.bookmarked = true;
    const auto snapshot = snapshotOf(gtc,
        { bookmarked, withNote(keynote, QStringLiteral("fine"), QDateTime::currentDateTimeUtc()),
            withNote(
                QStringLiteral("refused"), QStringLiteral("x"), QDateTime::currentDateTimeUtc()) });
    RestoreReport report;
    const StoreStatus status
        = UserDataBackup(*m_db).restore(snapshot, UserDataBackup::KeepNewerLocal, &report);
    QVERIFY(!status.ok());
    QVERIFY2(status.error.contains(QStringLiteral("disk full")), qPrintable(status.error));
    QVERIFY2(status.error.contains(m_db->path()), qPrintable(status.error));
    UserDataStore here(*m_db);
    QVERIFY(!here.isBookmarked(gtc, quantum));
    QCOMPARE(here.note(gtc, keynote), QString());
    QCOMPARE(report.changes(), 0);
}

QTEST_GUILESS_MAIN(TestUserDataBackup)
#include "tst_userdatabackup.moc"
