#include "agendabuilder.h"
#include "agendafixture.h"
#include "sampleprogramme.h"

#include <QtTest>

using namespace planner;
using namespace agendafixture;

namespace {

QStringList keysOf(const Agenda &agenda)
{
    QStringList keys;
    for (const AgendaItem &item : agenda.items)
        keys.append(item.session.key);
    return keys;
}

} // namespace

class TestAgendaBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bookmarkedSessionsByDayAndTime();
    void carriesTheUsersData();
    void wholeProgrammeKeepsProgrammeOrderWithinEqualTimes();
    void timeTbaFollowsTimedSessionsOfItsDay();
    void bookmarkOnRemovedSessionIsKept();
    void unknownConferenceIsEmpty();

private:
    std::unique_ptr<Fixture> m_fixture;
};

void TestAgendaBuilder::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->setUp());
}

void TestAgendaBuilder::cleanup()
{
    m_fixture.reset();
}

void TestAgendaBuilder::bookmarkedSessionsByDayAndTime()
{
    const Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference);
    QCOMPARE(agenda.conference.key, conference);
    QCOMPARE(agenda.scope, AgendaScope::Bookmarked);
    // 18 March 10:00, the planned on-demand session on 19 March, 20 March (TBA), on demand.
    QCOMPARE(keysOf(agenda), (QStringList { keynote, startup, quantum, driving }));
}

void TestAgendaBuilder::carriesTheUsersData()
{
    const Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference);
    const AgendaItem &first = agenda.items.at(0);
    QCOMPARE(first.note, trickyNote);
    QCOMPARE(first.trackName.text(Language::English), QStringLiteral("Keynote"));
    QCOMPARE(first.annotations.size(), 1);
    QVERIFY(first.annotation(first.session.keyPoints.first().key()));
    QCOMPARE(first.annotation(first.session.keyPoints.first().key())->comment, starComment);
    QCOMPARE(first.start(), QDateTime(QDate(2025, 3, 18), QTime(17, 0), Qt::UTC));

    const AgendaItem &planned = agenda.items.at(1);
    QVERIFY(planned.plannedTime.has_value());
    QCOMPARE(planned.start(), QDateTime(QDate(2025, 3, 19), QTime(21, 0), Qt::UTC));
    QCOMPARE(planned.end(), QDateTime(QDate(2025, 3, 19), QTime(22, 0), Qt::UTC));
    QCOMPARE(planned.day(agenda.timeZone()), QDate(2025, 3, 19));

    const AgendaItem &dateOnly = agenda.items.at(2);
    QCOMPARE(dateOnly.userKeyPoints.size(), 1);
    QCOMPARE(dateOnly.userKeyPoints.first().text, ownPoint);
    QVERIFY(!dateOnly.start().isValid());
    QCOMPARE(dateOnly.day(agenda.timeZone()), QDate(2025, 3, 20));

    QVERIFY(!agenda.items.at(3).day(agenda.timeZone()).isValid());
}

void TestAgendaBuilder::wholeProgrammeKeepsProgrammeOrderWithinEqualTimes()
{
    const Agenda agenda
        = AgendaBuilder(m_fixture->database()).build(conference, AgendaScope::WholeProgramme);
    QCOMPARE(agenda.scope, AgendaScope::WholeProgramme);
    QCOMPARE(keysOf(agenda),
        (QStringList { keynote, startup, quantum, QStringLiteral("S72890"),
            QStringLiteral("advance-surgical-imaging-explore-software-defined-"
                           "video-pipelines-for-ai"),
            QStringLiteral("使用投机采样和计算通信-overlap-提升-llm-推理效率"), driving }));
    QCOMPARE(agenda.items.first().note, trickyNote); // user data in this scope too
}

void TestAgendaBuilder::timeTbaFollowsTimedSessionsOfItsDay()
{
    Database database;
    QTemporaryDir dir;
    QVERIFY(database.open(dir.filePath(QStringLiteral("s.sqlite"))).ok());
    QVERIFY(ProgrammeStore(database).importConference(sampleProgramme(), QStringLiteral("h")).ok());
    const Agenda agenda
        = AgendaBuilder(database).build(QStringLiteral("sample-2026"), AgendaScope::WholeProgramme);
    // A2 starts at 00:30 on 6 May but belongs to the 5 May programme, like T2 (TBA).
    QCOMPARE(keysOf(agenda),
        (QStringList { QStringLiteral("T1"), QStringLiteral("A2"), QStringLiteral("T2"),
            QStringLiteral("A1") }));
}

void TestAgendaBuilder::bookmarkOnRemovedSessionIsKept()
{
    Database database;
    QTemporaryDir dir;
    QVERIFY(database.open(dir.filePath(QStringLiteral("s.sqlite"))).ok());
    ConferenceData data = sampleProgramme();
    QVERIFY(ProgrammeStore(database).importConference(data, QStringLiteral("1")).ok());
    QVERIFY(UserDataStore(database)
                .setBookmarked(data.conference.key, QStringLiteral("A1"), true)
                .ok());
    data.sessions.removeIf([](const Session &s) { return s.key == QLatin1String("A1"); });
    QVERIFY(ProgrammeStore(database).importConference(data, QStringLiteral("2")).ok());

    const Agenda bookmarked = AgendaBuilder(database).build(data.conference.key);
    QCOMPARE(keysOf(bookmarked), QStringList { QStringLiteral("A1") });
    QVERIFY(bookmarked.items.first().removed);
    const Agenda whole
        = AgendaBuilder(database).build(data.conference.key, AgendaScope::WholeProgramme);
    QCOMPARE(whole.items.size(), 4); // the three current sessions and the bookmarked one
}

void TestAgendaBuilder::unknownConferenceIsEmpty()
{
    const Agenda agenda = AgendaBuilder(m_fixture->database()).build(QStringLiteral("nope"));
    QVERIFY(agenda.conference.key.isEmpty());
    QVERIFY(agenda.items.isEmpty());
}

QTEST_GUILESS_MAIN(TestAgendaBuilder)
#include "tst_agendabuilder.moc"
