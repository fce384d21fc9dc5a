#pragma once

#include <QDateTime>

namespace planner {

// Where "now" comes from. What depends on the time of day (what is on now, the
// current-time line, reminders) asks a Clock rather than the system, so tests
// can set the time and move it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The system's clock, shared by everything that is not told otherwise.
    static const Clock &system();
};

// A clock that says what it is told: for tests, and for asking "what is on at
// 14:00?" as if it were 14:00.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &now) : m_now(now) { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace planner
