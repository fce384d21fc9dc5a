#include "reminderscheduler.h"

#include "clock.h"
#include "reminderstore.h"

namespace planner {

namespace {

// The longest lead time looked ahead for: a session's own may be up to a day.
constexpr qint64 lookAheadSeconds = 24 * 60 * 60;
// The longest the clock goes unread, so a sleep or a changed clock is noticed.
constexpr qint64 longestWaitMs = 60 * 1000;

} // namespace

ReminderScheduler::ReminderScheduler(ReminderStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(&clock)
{
    m_timer.setSingleShot(true);
    // Coarse timers may fire up to 5 % late: a minute's wait would be 3 s off.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
}

void ReminderScheduler::setClock(const Clock &clock)
{
    m_clock = &clock;
    if (m_active)
        check();
}

void ReminderScheduler::setDefaultMinutes(int minutes)
{
    m_defaultMinutes = qMax(0, minutes);
    if (m_active)
        check();
}

void ReminderScheduler::start()
{
    m_active = true;
    // The records of sessions already over are of no use: only future starts are looked up.
    m_store.forgetShownBefore(m_clock->now().toUTC().addDays(-1));
    // Whatever was due before the start was for the user of an earlier run:
    // those of sessions still to come are shown, if no more than five minutes late.
    check();
}

void ReminderScheduler::stop()
{
    m_active = false;
    m_timer.stop();
}

void ReminderScheduler::check()
{
    const QDateTime now = m_clock->now().toUTC();
    QDateTime next;
    const QList<ReminderStore::Upcoming> upcoming
        = m_store.upcoming(now, now.addSecs(lookAheadSeconds));
    for (const ReminderStore::Upcoming &item : upcoming) {
        Reminder reminder = item.reminder;
        if (!item.ownMinutes)
            reminder.minutes = m_defaultMinutes;
        if (reminder.minutes <= 0 || item.shown)
            continue;
        const QDateTime at = reminder.due();
        if (at > now) {
            if (!next.isValid() || at < next)
                next = at;
            continue;
        }
        if (at.secsTo(now) > catchUpSeconds)
            continue;
        // Recorded first: were the record to fail, the reminder would come back
        // at every check, which is worse than missing it once.
        if (!m_store.markShown(reminder.conference, reminder.session, reminder.start).ok())
            continue;
        emit due(reminder);
    }
    if (m_active)
        scheduleNext(now, next);
}

void ReminderScheduler::scheduleNext(const QDateTime &now, const QDateTime &next)
{
    qint64 wait = longestWaitMs;
    if (next.isValid())
        wait = qBound(qint64(0), now.msecsTo(next), longestWaitMs);
    m_timer.start(int(wait));
}

} // namespace planner
