#include "sessiontime.h"

namespace planner {

SessionTime::Kind SessionTime::kind() const
{
    if (start.isValid())
        return Kind::Timed;
    return date.isValid() ? Kind::DateOnly : Kind::OnDemand;
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
