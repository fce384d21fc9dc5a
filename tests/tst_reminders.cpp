#include "agendabuilder.h"
#include "clock.h"
#include "database.h"
#include "icswriter.h"
#include "programmestore.h"
#include "reminderscheduler.h"
#include "reminderstore.h"
#include "sampleprogramme.h"
#include "userdatastore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

const QString conf = QStringLiteral("sample-2026");
const QString opening = QStringLiteral("T1"); // 2026-05-04 09:30–10:15 in Taipei

QDateTime taipei(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute, second), QTimeZone("Asia/Taipei"));
}

QStringList dueSessions(const QSignalSpy &spy)
{
    QStringList keys;
    for (const QList<QVariant> &call : spy)
        keys.append(call.at(0).value<Reminder>().session);
    return keys;
}

} // namespace

// When reminders are due, through the store the window uses, with a clock the
// test moves: at the lead time once, never twice (not even after a restart),
// a little late after a sleep, never for a session already started.
class TestReminders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dueAtTheLeadTimeOnce();
    void notRepeatedAfterARestart();
    void notForASessionAlreadyStarted();
    void lateByFiveMinutesAtMost();
    void aMovedSessionIsRemindedAgain();
    void ownLeadTimeOrNone();
    void onlyBookmarkedSessionsInTheProgramme();
    void aPlannedTimeIsRemindedOf();
    void waitsUntilTheNextReminder();
    void icsCarriesRemindersAsAlarms();

private:
    std::unique_ptr<ReminderScheduler> scheduler(const Clock &clock) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProgrammeStore> m_programme;
    std::unique_ptr<UserDataStore> m_user;
    std::unique_ptr<ReminderStore> m_reminders;
};

void TestReminders::initTestCase()
{
    qRegisterMetaType<Reminder>();
}

void TestReminders::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                           + QStringLiteral(".sqlite")))
                .ok());
    m_programme = std::make_unique<ProgrammeStore>(*m_db);
    m_user = std::make_unique<UserDataStore>(*m_db);
    m_reminders = std::make_unique<ReminderStore>(*m_db);
    QVERIFY(m_programme->importConference(sampleProgramme(), QStringLiteral("v1")).ok());
}

void TestReminders::cleanup()
{
    m_reminders.reset();
    m_user.reset();
    m_programme.reset();
    m_db.reset();
}

std::unique_ptr<ReminderScheduler> TestReminders::scheduler(const Clock &clock) const
{
    auto made = std::make_unique<ReminderScheduler>(*m_reminders, clock);
    made->setDefaultMinutes(10);
    return made;
}

void TestReminders::dueAtTheLeadTimeOnce()
{
    QVERIFY(m_user->setBookmarked(conf, opening, true).ok());
    FixedClock clock(taipei(4, 9, 19, 59));
    auto reminders = scheduler(clock);
    QSignalSpy due(reminders.get(), &ReminderScheduler::due);
    reminders->check();
    QCOMPARE(due.size(), 0);

    clock.set(taipei(4, 9, 20));
    reminders->check();
    QCOMPARE(due.size(), 1);
    const Reminder reminder = due.at(0).at(0).value<Reminder>();
    QCOMPARE(reminder.conference, conf);
    QCOMPARE(reminder.session, opening);
    QCOMPARE(reminder.title.en, QStringLiteral("Memory allocation"));
    QCOMPARE(reminder.room, QStringLiteral("Hall A"));
    QCOMPARE(reminder.start, taipei(4, 9, 30).toUTC());
    QCOMPARE(reminder.end, taipei(4, 10, 15).toUTC());
    QCOMPARE(reminder.zone, QTimeZone("Asia/Taipei"));
    QCOMPARE(reminder.minutes, 10);

    clock.set(taipei(4, 9, 21));
    reminders->check();
    QCOMPARE(due.size(), 1);
}

void TestReminders::notRepeatedAfterARestart()
{
    QVERIFY(m_user->setBookmarked(conf, opening, true).ok());
    FixedClock clock(taipei(4, 9, 22));
    {
        auto first = scheduler(clock);
        QSignalSpy due(first.get(), &ReminderScheduler::due);
        first->start();
        QCOMPARE(due.size(), 1);
    }
    // The program starts again, on the same database, a minute later.
    m_reminders = std::make_unique<ReminderStore>(*m_db);
    clock.set(taipei(4, 9, 23));
    auto second = scheduler(clock);
    QSignalSpy due(second.get(), &ReminderScheduler::due);
    second->start();
    QCOMPARE(due.size(), 0);

    // Two days on, the record has gone with the talk: a start tidies what is over.
    clock.set(taipei(6, 12, 0));
    second->start();
    second->stop();
    QCOMPARE(m_reminders->upcoming(taipei(1, 0, 0), taipei(9, 0, 0)).first().shown, false);
}

void TestReminders::notForASessionAlreadyStarted()
{
    QVERIFY(m_user->setBookmarked(conf, opening, true).ok());
    FixedClock clock(taipei(4, 9, 30));
    auto reminders = scheduler(clock);
    QSignalSpy due(reminders.get(), &ReminderScheduler::due);
    reminders->start();
    QCOMPARE(due.size(), 0);
    reminders->stop();
}

void TestReminders::lateByFiveMinutesAtMost()
{
    // Two bookmarked sessions; the computer sleeps through both reminders.
    QVERIFY(m_user->setBookmarked(conf, opening, true).ok());
    QVERIFY(m_user->setBookmarked(conf, QStringLiteral("A2"), true).ok()); // 6 May 00:30
    FixedClock clock(taipei(4, 9, 0));
    auto reminders = scheduler(clock);
    QSignalSpy due(reminders.get(), &ReminderScheduler::due);
    reminders->check();
    QCOMPARE(due.size(), 0);
    clock.set(taipei(4, 9, 25)); // five minutes after 09:20: still shown
    reminders->check();
    QCOMPARE(dueSessions(due), QStringList { opening });
    clock.set(taipei(6, 0, 25, 1)); // five minutes and a second after 00:20: let go
    reminders->check();
    QCOMPARE(dueSessions(due), QStringList { opening });
}

void TestReminders::aMovedSessionIsRemindedAgain()
{
    QVERIFY(m_user->setBookmarked(conf, opening, true).ok());
    FixedClock clock(taipei(4, 9, 20));
    auto reminders = scheduler(clock);
    QSignalSpy due(reminders.get(), &ReminderScheduler::due);
    reminders->check();
    QCOMPARE(due.size(), 1);

    // The organisers move the talk to 11:00.
    ConferenceData moved = sampleProgramme();
    moved.sessions[0].time = SessionTime::timed(
        taipei(4, 11, 0), taipei(4, 11, 45), QDate(2026, 5, 4));
    QVERIFY(m_programme->importConference(moved, QStringLiteral("v2")).ok());
    clock.set(taipei(4, 10, 49));
    reminders->check();
    QCOMPARE(due.size(), 1);
    clock.set(taipei(4, 10, 50));
    reminders->check();
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(1).at(0).value<Reminder>().start, taipei(4, 11, 0).toUTC());
}

void TestReminders::ownLeadTimeOrNone()
{
    QVERIFY(m_user->setBookmarked(conf, opening, true).ok());
    QVERIFY(m_user->setReminderMinutes(conf, opening, 30).ok());
    QCOMPARE(m_user->reminderMinutes(conf, opening), std::optional<int>(30));
    FixedClock clock(taipei(4, 9, 0));
    auto reminders = scheduler(clock);
    reminders->setDefaultMinutes(0); // no usual reminder: the session's own still counts
    QSignalSpy due(reminders.get(), &ReminderScheduler::due);
    reminders->check();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(0).value<Reminder>().minutes, 30);

    // "No reminder" on a session wins over the usual lead time.
    QVERIFY(m_user->setBookmarked(conf, QStringLiteral("A2"), true).ok());
    QVERIFY(m_user->setReminderMinutes(conf, QStringLiteral("A2"), 0).ok());
    reminders->setDefaultMinutes(10);
    clock.set(taipei(6, 0, 20));
    reminders->check();
    QCOMPARE(due.size(), 1);
    // Back to the usual one: none recorded for the session.
    QVERIFY(m_user->setReminderMinutes(conf, QStringLiteral("A2"), std::nullopt).ok());
    QCOMPARE(m_user->reminderMinutes(conf, QStringLiteral("A2")), std::nullopt);
    reminders->check();
    QCOMPARE(dueSessions(due), (QStringList { opening, QStringLiteral("A2") }));
}

void TestReminders::onlyBookmarkedSessionsInTheProgramme()
{
    FixedClock clock(taipei(4, 9, 20));
    auto reminders = scheduler(clock);
    QSignalSpy due(reminders.get(), &ReminderScheduler::due);
    reminders->check();
    QCOMPARE(due.size(), 0); // nothing bookmarked

    // A bookmarked session dropped from the programme is not announced.
    QVERIFY(m_user->setBookmarked(conf, opening, true).ok());
    ConferenceData without = sampleProgramme();
    without.sessions.removeFirst();
    QVERIFY(m_programme->importConference(without, QStringLiteral("v2")).ok());
    reminders->check();
    QCOMPARE(due.size(), 0);
}

void TestReminders::aPlannedTimeIsRemindedOf()
{
    const QString onDemand = QStringLiteral("A1");
    QVERIFY(m_user->setBookmarked(conf, onDemand, true).ok());
    QVERIFY(m_user->setPlannedTime(conf, onDemand, taipei(5, 20, 0), taipei(5, 21, 0)).ok());
    FixedClock clock(taipei(5, 19, 50));
    auto reminders = scheduler(clock);
    QSignalSpy due(reminders.get(), &ReminderScheduler::due);
    reminders->check();
    QCOMPARE(dueSessions(due), QStringList { onDemand });
    QCOMPARE(due.at(0).at(0).value<Reminder>().start, taipei(5, 20, 0).toUTC());
}

void TestReminders::waitsUntilTheNextReminder()
{
    QVERIFY(m_user->setBookmarked(conf, opening, true).ok());
    // Two seconds before the reminder: the scheduler's own timer shows it,
    // reading the system's clock through a clock that runs from 09:19:58.
    class RunningClock : public Clock
    {
    public:
        QDateTime now() const override { return taipei(4, 9, 19, 58).addMSecs(m_timer.elapsed()); }
        QElapsedTimer m_timer;
    } clock;
    clock.m_timer.start();
    auto reminders = scheduler(clock);
    QSignalSpy due(reminders.get(), &ReminderScheduler::due);
    reminders->start();
    QCOMPARE(due.size(), 0);
    QVERIFY(due.wait(10 * 1000));
    QVERIFY(clock.now() >= taipei(4, 9, 20));
}

void TestReminders::icsCarriesRemindersAsAlarms()
{
    QVERIFY(m_user->setBookmarked(conf, opening, true).ok());
    QVERIFY(m_user->setBookmarked(conf, QStringLiteral("A2"), true).ok());
    QVERIFY(m_user->setBookmarked(conf, QStringLiteral("T2"), true).ok()); // a day, no time
    QVERIFY(m_user->setReminderMinutes(conf, QStringLiteral("A2"), 0).ok());
    ExportOptions options;
    options.reminderMinutes = 15;
    const QString ics = QString::fromUtf8(
        IcsWriter(options).write(AgendaBuilder(*m_db).build(conf, AgendaScope::Bookmarked)));
    // One alarm: the opening's, at the usual lead time; none for "no reminder" or an all-day event.
    QCOMPARE(ics.count(QStringLiteral("BEGIN:VALARM")), 1);
    QVERIFY(ics.contains(QStringLiteral("TRIGGER:-PT15M\r\n")));
    QVERIFY(ics.contains(QStringLiteral("ACTION:DISPLAY\r\nDESCRIPTION:Memory allocation\r\n")));
    const qsizetype alarm = ics.indexOf(QStringLiteral("BEGIN:VALARM"));
    QVERIFY(ics.lastIndexOf(QStringLiteral("SUMMARY:Memory allocation"), alarm) > 0);

    QVERIFY(m_user->setReminderMinutes(conf, opening, 5).ok());
    const QString own = QString::fromUtf8(
        IcsWriter(options).write(AgendaBuilder(*m_db).build(conf, AgendaScope::Bookmarked)));
    QVERIFY(own.contains(QStringLiteral("TRIGGER:-PT5M\r\n")));
    // A whole programme rings no alarms.
    const QString whole = QString::fromUtf8(
        IcsWriter(options).write(AgendaBuilder(*m_db).build(conf, AgendaScope::WholeProgramme)));
    QVERIFY(!whole.contains(QStringLiteral("VALARM")));
    options.reminderMinutes = 0;
    QVERIFY(!QString::fromUtf8(IcsWriter(options).write(
                AgendaBuilder(*m_db).build(conf, AgendaScope::Bookmarked)))
                 .contains(QStringLiteral("TRIGGER:-PT15M")));
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
