#pragma once

#include "reminder.h"

#include <QObject>
#include <QTimer>

namespace planner {

class Clock;
class ReminderStore;

// Decides when each bookmarked session's reminder is due, in every conference,
// and says so once. A reminder is due at its session's start less its lead time
// (the session's own, else the user's usual one). It is shown while its session
// has not started and no more than five minutes late, as after the computer
// slept; older ones are let go. A reminder shown is recorded with the start it
// was for, so a restart does not repeat it and a session moved to another time
// is reminded of again. The time is the Clock's, so tests can move it.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    // How late a reminder may still be shown.
    static constexpr qint64 catchUpSeconds = 5 * 60;

    ReminderScheduler(ReminderStore &store, const Clock &clock, QObject *parent = nullptr);

    void setClock(const Clock &clock);
    // The user's usual lead time, in minutes; 0: only sessions with their own.
    void setDefaultMinutes(int minutes);
    int defaultMinutes() const { return m_defaultMinutes; }

    // Looks at the clock at once and again before the next reminder is due (at
    // least every minute, which also notices a jump of the clock).
    void start();
    void stop();
    bool isActive() const { return m_active; }
    // Announces every reminder due now; call when bookmarks or times changed.
    void check();

signals:
    void due(const planner::Reminder &reminder);

private:
    void scheduleNext(const QDateTime &now, const QDateTime &next);

    ReminderStore &m_store;
    const Clock *m_clock;
    int m_defaultMinutes = 10;
    bool m_active = false;
    QTimer m_timer;
};

} // namespace planner
