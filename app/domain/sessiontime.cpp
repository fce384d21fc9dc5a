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

} // namespace planner
