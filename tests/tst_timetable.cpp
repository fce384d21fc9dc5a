#include "timetable.h"

#include <QtTest>

using namespace planner;

namespace {

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2026, 6, 1), QTime(hour, minute), QTimeZone::utc());
}

SessionTime slot(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return SessionTime::timed(utc(fromHour, fromMinute),
        toHour < 0 ? QDateTime() : utc(toHour, toMinute), QDate(2026, 6, 1));
}

} // namespace

// What runs when: the answers Now & Next, Go to Now and `sessions --at` share.
class TestTimeTable : public QObject
{
    Q_OBJECT

private slots:
    void runningAtIncludesStartExcludesEnd();
    void startingWithinAndNext();
    void nowOrNextPrefersWhatStartedLast();
    void sessionsWithoutTimeAreNeverListed();
};

void TestTimeTable::runningAtIncludesStartExcludesEnd()
{
    const TimeTable table({ slot(10, 0, 11, 0), slot(10, 30, 12, 0), slot(11, 0, 11, 30) });
    QCOMPARE(table.runningAt(utc(10, 0)), QList<int>({ 0 }));
    QCOMPARE(table.runningAt(utc(10, 45)), QList<int>({ 0, 1 }));
    // At 11:00 the first has ended and the third begun.
    QCOMPARE(table.runningAt(utc(11, 0)), QList<int>({ 1, 2 }));
    QCOMPARE(table.runningAt(utc(12, 0)), QList<int>());
    QCOMPARE(table.runningAt(utc(9, 59)), QList<int>());
}

void TestTimeTable::startingWithinAndNext()
{
    // Out of order on purpose: positions are the caller's, answers by start.
    const TimeTable table({ slot(12, 0, 13, 0), slot(10, 30, 11, 0), slot(10, 30, 11, 30),
        slot(11, 15, 12, 0) });
    QCOMPARE(table.startingWithin(utc(10, 0), 60 * 60), QList<int>({ 1, 2 }));
    QCOMPARE(table.startingWithin(utc(10, 0), 75 * 60), QList<int>({ 1, 2, 3 }));
    // Something starting exactly now is running, not next.
    QCOMPARE(table.startingWithin(utc(10, 30), 60 * 60), QList<int>({ 3 }));
    QCOMPARE(table.startingNext(utc(10, 0)), QList<int>({ 1, 2 }));
    QCOMPARE(table.startingNext(utc(11, 20)), QList<int>({ 0 }));
    QCOMPARE(table.startingNext(utc(12, 0)), QList<int>());
}

void TestTimeTable::nowOrNextPrefersWhatStartedLast()
{
    const TimeTable table({ slot(9, 0, 17, 0), slot(10, 0, 11, 0), slot(13, 0, 14, 0) });
    QCOMPARE(table.nowOrNext(utc(10, 15)), 1);
    QCOMPARE(table.nowOrNext(utc(11, 30)), 0); // the all-day one still runs
    QCOMPARE(table.nowOrNext(utc(8, 0)), 0); // nothing runs: the next
    QCOMPARE(table.nowOrNext(utc(18, 0)), -1);
}

void TestTimeTable::sessionsWithoutTimeAreNeverListed()
{
    // A session without an end runs only at its start; days and on-demand never.
    const TimeTable table({ SessionTime::onDemand(), SessionTime::onDay(QDate(2026, 6, 1)),
        slot(10, 0, -1, 0) });
    QCOMPARE(table.runningAt(utc(10, 0)), QList<int>({ 2 }));
    QCOMPARE(table.runningAt(utc(10, 1)), QList<int>());
    QCOMPARE(table.startingNext(utc(0, 0)), QList<int>({ 2 }));
}

QTEST_GUILESS_MAIN(TestTimeTable)
#include "tst_timetable.moc"
