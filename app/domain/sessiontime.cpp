#include "sessiontime.h"

namespace planner {

SessionTime::Kind SessionTime::kind() const
{
    if (start.isValid())
        return Kind::Timed;
    return date.isValid() ? Kind::DateOnly : Kind::OnDemand;
}

bool SessionTime::overlaps(
    const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart, const QDateTime &bEnd)
{
    if (!aStart.isValid() || !bStart.isValid())
        return false;
    const QDateTime aStop = aEnd.isValid() ? aEnd : aStart;
    const QDateTime bStop = bEnd.isValid() ? bEnd : bStart;
    return aStart == bStart || (aStart < bStop && bStart < aStop);
}

SessionTime SessionTime::onDay(const QDate &day)
{
    SessionTime t;
    t.date = day;
    return t;
}

SessionTime SessionTime::timed(const QDateTime &start, const QDateTime &end, const QDate &day)
{
    SessionTime t;
    t.date = day;
    t.start = start.toUTC();
    if (end.isValid())
        t.end = end.toUTC();
    return t;
}

SessionTime SessionTime::inZone(const QTimeZone &from, const QTimeZone &to) const
{
    if (kind() != Kind::Timed || from == to)
        return *this;
    SessionTime moved = *this;
    const QDateTime wasStart = start.toTimeZone(from);
    if (floating) {
        const auto rezoned = [&](const QDateTime &instant) {
            const QDateTime wall = instant.toTimeZone(from);
            return QDateTime(wall.date(), wall.time(), to).toUTC();
        };
        moved.start = rezoned(start);
        if (end.isValid())
            moved.end = rezoned(end);
        return moved;
    }
    // A night session listed under the day before stays a day before its start.
    moved.date = date.addDays(wasStart.date().daysTo(start.toTimeZone(to).date()));
    return moved;
}

} // namespace planner
