#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace planner {

// When a session happens. Programmes publish three cases: a full time slot, a
// day whose time is still to be announced, or nothing at all (on-demand).
struct SessionTime
{
    enum class Kind { OnDemand, DateOnly, Timed };

    QDate date; // the conference day, set for DateOnly and Timed
    QDateTime start; // UTC, set for Timed
    QDateTime end; // UTC, may be null for Timed when the programme gives none
    // Written as a wall clock in the conference's zone (an iCalendar floating time
    // or DATE, a frab local start), not as an instant: it follows the zone.
    bool floating = false;

    Kind kind() const;

    // Whether two spans of time overlap. A span without an end lasts an instant:
    // it overlaps only what is running at its start, or starts with it.
    static bool overlaps(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart,
        const QDateTime &bEnd);

    static SessionTime onDemand() { return {}; }
    static SessionTime onDay(const QDate &day);
    // `start` and `end` in any zone; stored as UTC. `day` defaults to the start's
    // date in `zone`, but programmes may say otherwise (talks after midnight).
    static SessionTime timed(const QDateTime &start, const QDateTime &end, const QDate &day);

    // The same time once the conference's zone is `to` rather than `from`. A
    // floating time keeps its wall clock, so its instant moves; any other keeps
    // its instant, and its day moves with its start's date. The zone is a fact
    // the user may correct: ten o'clock in a file that named the wrong zone
    // meant ten o'clock where the conference is.
    SessionTime inZone(const QTimeZone &from, const QTimeZone &to) const;

    friend bool operator==(const SessionTime &a, const SessionTime &b)
    {
        return a.date == b.date && a.start == b.start && a.end == b.end;
    }
};

} // namespace planner
