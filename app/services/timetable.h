#pragma once

#include "sessiontime.h"

#include <QList>

namespace planner {

// What runs when: the one answer to "what is on at 14:00?" and "what starts
// next?" for the window (Now & Next, Go ▸ Now) and the command line
// (`sessions --at`, `--next`). It holds the times of a list of sessions and
// answers with positions in that list, so callers keep whatever rows they have.
class TimeTable
{
public:
    explicit TimeTable(const QList<SessionTime> &times);

    // Builds the table from any list whose items have a `time` member.
    template<typename Rows>
    static TimeTable of(const Rows &rows)
    {
        QList<SessionTime> times;
        times.reserve(rows.size());
        for (const auto &row : rows)
            times.append(row.time);
        return TimeTable(times);
    }

    // Sessions running at `moment`: started at or before it and ending after it.
    // A session without an end runs only at its start. By start, then position.
    QList<int> runningAt(const QDateTime &moment) const;
    // Sessions starting after `moment` and no later than `moment + seconds`, by
    // start, then position.
    QList<int> startingWithin(const QDateTime &moment, qint64 seconds) const;
    // The sessions with the first start after `moment`, however far: all of
    // those starting then, by position.
    QList<int> startingNext(const QDateTime &moment) const;
    // The session the user most likely means by "now": the first of those
    // running (the one started last), else the first starting next; -1 when
    // nothing runs or follows.
    int nowOrNext(const QDateTime &moment) const;

private:
    struct Slot
    {
        qint64 start = 0; // ms since the epoch, UTC
        qint64 end = 0; // the start when the programme gives no end
        int position = 0;
    };
    QList<Slot> m_slots; // timed sessions only, by start then position
};

} // namespace planner
