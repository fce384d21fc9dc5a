#include "database.h"
#include "programmestore.h"
#include "sessionsearch.h"
#include "sampleprogramme.h"
#include "userdatastore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

class TestProgrammeStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsAndReadsBackEverything();
    void listsConferencesWithCounts();
    void reimportingSameProgrammeChangesNothing();
    void updateKeepsUserDataAndReportsChanges();
    void vanishedSessionKeepsUserDataAndComesBack();
    void failedImportLeavesDatabaseAsItWas();
    void searchesContentAndNotes_data();
    void searchesContentAndNotes();
    void storesHostileTextAsText();
    void deletesConferenceKeepingUserData();
    void deletesConferenceForgettingUserData();
    void deletingUnknownConferenceFails();
    void readsTheSpeakersOfManySessionsAtOnce();

private:
    StoreStatus import(const ConferenceData &data, ImportReport *report = nullptr)
    {
        return ProgrammeStore(*m_db).importConference(data, QStringLiteral("hash"), report);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestProgrammeStore::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                           + QStringLiteral(".sqlite")))
                .ok());
}

void TestProgrammeStore::cleanup()
{
    m_db.reset();
}

void TestProgrammeStore::importsAndReadsBackEverything()
{
    const ConferenceData data = sampleProgramme();
    ImportReport report;
    const StoreStatus status = import(data, &report);
    QVERIFY2(status.ok(), qPrintable(status.error));
    QVERIFY(report.newConference);
    QCOMPARE(report.added, 4);

    ProgrammeStore store(*m_db);
    const Conference c = store.conference(QStringLiteral("sample-2026")).value();
    QCOMPARE(c.title, data.conference.title);
    QCOMPARE(c.description, data.conference.description);
    QCOMPARE(c.startDate, QDate(2026, 5, 4));
    QCOMPARE(c.timeZone, QStringLiteral("Asia/Taipei"));
    QCOMPARE(store.tracks(c.key).size(), 2);
    QCOMPARE(store.tracks(c.key).at(1).name.en, QStringLiteral("AI"));

    const QList<Session> sessions = store.sessions(c.key);
    QCOMPARE(sessions.size(), 4);
    const Session &t1 = sessions.first();
    const Session &expected = data.sessions.first();
    QCOMPARE(t1.key, expected.key);
    QCOMPARE(t1.title, expected.title);
    QCOMPARE(t1.overview, expected.overview);
    QCOMPARE(t1.description, expected.description);
    QCOMPARE(t1.keyPoints, expected.keyPoints);
    QCOMPARE(t1.topics, expected.topics);
    QCOMPARE(t1.speakers, expected.speakers);
    QCOMPARE(t1.links, expected.links);
    QCOMPARE(t1.room, expected.room);
    QCOMPARE(t1.time.kind(), SessionTime::Kind::Timed);
    // 09:30 in Taipei (UTC+8) is 01:30 UTC.
    QCOMPARE(t1.time.start, QDateTime(QDate(2026, 5, 4), QTime(1, 30), Qt::UTC));
    QCOMPARE(t1.time.end, QDateTime(QDate(2026, 5, 4), QTime(2, 15), Qt::UTC));
    QCOMPARE(sessions.at(1).time.kind(), SessionTime::Kind::DateOnly);
    QCOMPARE(sessions.at(1).time.date, QDate(2026, 5, 5));
    QCOMPARE(sessions.at(2).time.kind(), SessionTime::Kind::OnDemand);
    // A talk after midnight keeps the conference day the programme gave it.
    QCOMPARE(sessions.at(3).time.date, QDate(2026, 5, 5));
    QVERIFY(!sessions.at(3).time.end.isValid());
}

void TestProgrammeStore::listsConferencesWithCounts()
{
    QVERIFY(import(sampleProgramme()).ok());
    ConferenceData other = sampleProgramme();
    other.conference.key = QStringLiteral("other");
    other.conference.startDate = QDate(2027, 1, 1);
    other.sessions.removeLast();
    QVERIFY(import(other).ok());
    const QList<ConferenceSummary> list = ProgrammeStore(*m_db).conferences();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).key, QStringLiteral("other")); // latest first
    QCOMPARE(list.at(0).sessionCount, 3);
    QCOMPARE(list.at(1).sessionCount, 4);
}

void TestProgrammeStore::reimportingSameProgrammeChangesNothing()
{
    QVERIFY(import(sampleProgramme()).ok());
    ImportReport report;
    QVERIFY(import(sampleProgramme(), &report).ok());
    QVERIFY(!report.newConference);
    QCOMPARE(report.added, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 4);
    QVERIFY(report.removed.isEmpty());
}

void TestProgrammeStore::updateKeepsUserDataAndReportsChanges()
{
    QVERIFY(import(sampleProgramme()).ok());
    UserDataStore user(*m_db);
    QVERIFY(user.setBookmarked(QStringLiteral("sample-2026"), QStringLiteral("T1"), true).ok());
    QVERIFY(user.setNote(
                    QStringLiteral("sample-2026"), QStringLiteral("T1"), QStringLiteral("我的筆記"))
                .ok());
    QVERIFY(user.setAnnotation(QStringLiteral("sample-2026"), QStringLiteral("T1"),
                    { QStringLiteral("k1"), true, QStringLiteral("!") })
                .ok());

    ConferenceData updated = sampleProgramme();
    updated.sessions[0].room = QStringLiteral("Hall B");
    Session added;
    added.key = QStringLiteral("A3");
    added.trackKey = QStringLiteral("ai");
    added.title = LocalizedText::english(QStringLiteral("New talk"));
    updated.sessions.append(added);
    ImportReport report;
    QVERIFY(import(updated, &report).ok());
    QCOMPARE(report.added, 1);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 3);

    QCOMPARE(
        ProgrammeStore(*m_db).session(QStringLiteral("sample-2026"), QStringLiteral("T1"))->room,
        QStringLiteral("Hall B"));
    QVERIFY(user.isBookmarked(QStringLiteral("sample-2026"), QStringLiteral("T1")));
    QCOMPARE(
        user.note(QStringLiteral("sample-2026"), QStringLiteral("T1")), QStringLiteral("我的筆記"));
    QCOMPARE(user.annotations(QStringLiteral("sample-2026"), QStringLiteral("T1")).size(), 1);
}

void TestProgrammeStore::vanishedSessionKeepsUserDataAndComesBack()
{
    QVERIFY(import(sampleProgramme()).ok());
    UserDataStore user(*m_db);
    QVERIFY(
        user.setNote(QStringLiteral("sample-2026"), QStringLiteral("A1"), QStringLiteral("keep me"))
            .ok());

    ConferenceData shorter = sampleProgramme();
    shorter.sessions.removeAt(2); // A1
    ImportReport report;
    QVERIFY(import(shorter, &report).ok());
    QCOMPARE(report.removed.size(), 1);
    QCOMPARE(report.removed.first().key, QStringLiteral("A1"));
    ProgrammeStore store(*m_db);
    QCOMPARE(store.sessions(QStringLiteral("sample-2026")).size(), 3);
    const QList<SessionRow> rows = store.sessionRows(QStringLiteral("sample-2026"));
    QCOMPARE(rows.size(), 4);
    QVERIFY(rows.last().removed);
    QCOMPARE(
        user.note(QStringLiteral("sample-2026"), QStringLiteral("A1")), QStringLiteral("keep me"));

    // Reported once, not on every later import.
    QVERIFY(import(shorter, &report).ok());
    QVERIFY(report.removed.isEmpty());
    // When the session returns, it is current again and counted as added back.
    QVERIFY(import(sampleProgramme(), &report).ok());
    QCOMPARE(store.sessions(QStringLiteral("sample-2026")).size(), 4);
    QCOMPARE(report.updated, 1);
}

void TestProgrammeStore::failedImportLeavesDatabaseAsItWas()
{
    QVERIFY(import(sampleProgramme()).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON session"
                              " WHEN NEW.key = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    ConferenceData broken = sampleProgramme();
    broken.conference.title = LocalizedText::english(QStringLiteral("Changed title"));
    broken.sessions.removeFirst();
    Session boom;
    boom.key = QStringLiteral("boom");
    boom.trackKey = QStringLiteral("ai");
    broken.sessions.append(boom);

    const StoreStatus status = import(broken);
    QVERIFY(!status.ok());
    QVERIFY(status.error.contains(QLatin1String("refused")));
    ProgrammeStore store(*m_db);
    QCOMPARE(store.conference(QStringLiteral("sample-2026"))->title.en,
        QStringLiteral("Sample Conference"));
    QCOMPARE(store.sessions(QStringLiteral("sample-2026")).size(), 4);
    for (const SessionRow &row : store.sessionRows(QStringLiteral("sample-2026")))
        QVERIFY(!row.removed);
}

void TestProgrammeStore::searchesContentAndNotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("chinese substring")
        << QStringLiteral("量子") << QStringList { QStringLiteral("A1") };
    QTest::newRow("latin, any case")
        << QStringLiteral("MEMORY") << QStringList { QStringLiteral("T1") };
    QTest::newRow("code") << QStringLiteral("t1") << QStringList { QStringLiteral("T1") };
    QTest::newRow("key point") << QStringLiteral("重點一") << QStringList { QStringLiteral("T1") };
    QTest::newRow("speaker") << QStringLiteral("林小明") << QStringList { QStringLiteral("T1") };
    QTest::newRow("user's note") << QStringLiteral("bring laptop")
                                 << QStringList { QStringLiteral("A2") };
    QTest::newRow("no match") << QStringLiteral("zebra") << QStringList();
    QTest::newRow("inside a word") << QStringLiteral("emory") << QStringList();
}

void TestProgrammeStore::searchesContentAndNotes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QVERIFY(import(sampleProgramme()).ok());
    QVERIFY(UserDataStore(*m_db)
                .setNote(QStringLiteral("sample-2026"), QStringLiteral("A2"),
                    QStringLiteral("Bring laptop"))
                .ok());
    // What the index reads of each session, through the search the command line runs.
    const std::optional<QList<Session>> sessions
        = SessionSearch(*m_db).find(QStringLiteral("sample-2026"), text);
    QVERIFY(sessions);
    QStringList found;
    for (const Session &session : *sessions)
        found.append(session.key);
    QCOMPARE(found, keys);
}

void TestProgrammeStore::storesHostileTextAsText()
{
    ConferenceData data = sampleProgramme();
    const QString hostile = QStringLiteral("'); DROP TABLE session; -- \"%_\\");
    data.sessions[0].title = { hostile, hostile };
    data.sessions[0].room = hostile;
    data.tracks[0].name = { hostile, hostile };
    QVERIFY(import(data).ok());
    ProgrammeStore store(*m_db);
    QCOMPARE(store.session(QStringLiteral("sample-2026"), QStringLiteral("T1"))->title.zh, hostile);
    QCOMPARE(store.session(QStringLiteral("sample-2026"), QStringLiteral("T1"))->room, hostile);
    QCOMPARE(store.tracks(QStringLiteral("sample-2026")).first().name.en, hostile);
    const QList<Session> found
        = SessionSearch(*m_db).find(QStringLiteral("sample-2026"), QStringLiteral("DROP TABLE"))
              .value();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key, QStringLiteral("T1"));
}

namespace {

// Gives the sample's T1 one row in each of the user's tables.
void addUserData(Database &db, const QString &conference)
{
    UserDataStore user(db);
    const QString t1 = QStringLiteral("T1");
    QVERIFY(user.setBookmarked(conference, t1, true).ok());
    QVERIFY(user.setNote(conference, t1, QStringLiteral("note")).ok());
    QVERIFY(user.setAnnotation(conference, t1, { QStringLiteral("k1"), true, QString() }).ok());
    QVERIFY(user.addUserKeyPoint(conference, t1, QStringLiteral("mine")).ok());
    const QDateTime start(QDate(2026, 5, 4), QTime(1, 0), Qt::UTC);
    QVERIFY(user.setPlannedTime(conference, t1, start, start.addSecs(1800)).ok());
}

int userRows(Database &db, const QString &conference)
{
    int rows = 0;
    QSqlQuery q(db.connection());
    for (const QString &table :
        { QStringLiteral("bookmark"), QStringLiteral("note"), QStringLiteral("annotation"),
            QStringLiteral("user_key_point"), QStringLiteral("planned_time") }) {
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE conference_key = :key").arg(table));
        q.bindValue(QStringLiteral(":key"), conference);
        if (q.exec() && q.next())
            rows += q.value(0).toInt();
    }
    return rows;
}

int contentRows(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM track) + (SELECT count(*) FROM session)"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

void TestProgrammeStore::deletesConferenceKeepingUserData()
{
    QVERIFY(import(sampleProgramme()).ok());
    addUserData(*m_db, QStringLiteral("sample-2026"));
    ProgrammeStore store(*m_db);
    const StoreStatus status
        = store.deleteConference(QStringLiteral("sample-2026"), ProgrammeStore::KeepUserData);
    QVERIFY2(status.ok(), qPrintable(status.error));
    QVERIFY(store.conferences().isEmpty());
    QCOMPARE(contentRows(*m_db), 0);
    QCOMPARE(userRows(*m_db, QStringLiteral("sample-2026")), 5);
    // Imported again, the conference finds the user's data where it was.
    QVERIFY(import(sampleProgramme()).ok());
    QVERIFY(UserDataStore(*m_db).isBookmarked(QStringLiteral("sample-2026"), QStringLiteral("T1")));
}

void TestProgrammeStore::deletesConferenceForgettingUserData()
{
    QVERIFY(import(sampleProgramme()).ok());
    ConferenceData other = sampleProgramme();
    other.conference.key = QStringLiteral("other");
    QVERIFY(import(other).ok());
    addUserData(*m_db, QStringLiteral("sample-2026"));
    addUserData(*m_db, QStringLiteral("other"));
    ProgrammeStore store(*m_db);
    QVERIFY(
        store.deleteConference(QStringLiteral("sample-2026"), ProgrammeStore::ForgetUserData).ok());
    QCOMPARE(userRows(*m_db, QStringLiteral("sample-2026")), 0);
    QCOMPARE(userRows(*m_db, QStringLiteral("other")), 5);
    QCOMPARE(store.conferences().size(), 1);
    QCOMPARE(store.sessions(QStringLiteral("other")).size(), 4);
}

void TestProgrammeStore::deletingUnknownConferenceFails()
{
    QVERIFY(import(sampleProgramme()).ok());
    const StoreStatus status = ProgrammeStore(*m_db).deleteConference(
        QStringLiteral("nope"), ProgrammeStore::ForgetUserData);
    QVERIFY(!status.ok());
    QVERIFY2(status.error.contains(QLatin1String("\"nope\"")), qPrintable(status.error));
    QCOMPARE(ProgrammeStore(*m_db).conferences().size(), 1);
}

// A screen of the day grid asks for the speakers of its blocks in one go: the
// same names as one at a time, for more sessions than one statement takes.
void TestProgrammeStore::readsTheSpeakersOfManySessionsAtOnce()
{
    ConferenceData data = sampleProgramme();
    const Session model = data.sessions.first();
    for (int i = 0; i < 450; ++i) {
        Session s = model;
        s.key = QStringLiteral("many-%1").arg(i);
        s.speakers = { QStringLiteral("Speaker %1").arg(i), QStringLiteral("Co %1").arg(i % 7) };
        if (i % 50 == 0)
            s.speakers.clear();
        data.sessions.append(s);
    }
    QVERIFY(import(data).ok());
    ProgrammeStore store(*m_db);
    const QString conference = data.conference.key;
    QStringList keys;
    for (const Session &s : std::as_const(data.sessions))
        keys.append(s.key);
    keys.append(QStringLiteral("not-a-session"));
    const QHash<QString, QStringList> read = store.speakers(conference, keys);
    QCOMPARE(read.size(), data.sessions.size());
    QVERIFY(!read.contains(QStringLiteral("not-a-session")));
    for (const Session &s : std::as_const(data.sessions)) {
        QCOMPARE(read.value(s.key), s.speakers);
        QCOMPARE(read.value(s.key), store.speakers(conference, s.key));
    }
    QCOMPARE(read.value(QStringLiteral("many-449")),
        QStringList({ QStringLiteral("Speaker 449"), QStringLiteral("Co 1") }));
    QVERIFY(store.speakers(QStringLiteral("another"), keys).isEmpty());
}

QTEST_GUILESS_MAIN(TestProgrammeStore)
#include "tst_programmestore.moc"
