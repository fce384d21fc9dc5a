#pragma once

#include "sessiontime.h"

#include <QTimeZone>
#include <optional>

namespace planner {

// The time rules Pentabarf/frab XML and c3voc schedule.json share: a session
// lives on a conference day, starts at a local "HH:MM" (or at an exact zoned
// `date`), lasts a "H:MM" duration, and talks before the day change belong to
// the previous conference day although they happen after midnight.
class FrabTime
{
public:
    // "0:50", "00:50", "1:00", "01:30:00" -> seconds; nullopt when unreadable.
    static std::optional<int> durationSeconds(const QString &text);
    // "09:30", "9:30", "09:30:00" -> the time; invalid when unreadable.
    static QTime clockTime(const QString &text);
    // "2014-12-27T11:30:00+01:00" -> that instant; invalid when unreadable.
    static QDateTime zonedDateTime(const QString &text);
    // The fixed-offset zone ("UTC+01:00") a zoned date and time was written in.
    static QTimeZone zoneFromOffsetOf(const QDateTime &dateTime);

    struct Slot
    {
        QDate day; // the conference day the session is listed under
        QDateTime dayStart; // when that day starts, zoned; invalid when not given
        QDateTime exact; // the zoned `date`, when the source gives one
        QTime start; // the local start, used without `exact`
        int durationSeconds = 0;
    };
    // `dayChange`: local times before it are after midnight, on the next
    // calendar day. An invalid `dayChange` means the day's start, else midnight.
    static SessionTime sessionTime(const Slot &slot, const QTimeZone &zone, QTime dayChange);
    // The conference day of a session that starts at `time` on `date`, wall clock
    // where it happens: the day it is listed under when that agrees (the same date,
    // or the day before for a night session before `dayChange`), else the date it
    // starts on. Programmes write the day's date in UTC too, a day early east of
    // Greenwich.
    static QDate conferenceDay(
        const QDate &listedDay, const QDate &date, const QTime &time, const QTime &dayChange);
    // The wall clock of `instant` where the session happens.
    static QDateTime wallClock(const QDateTime &instant, const QTimeZone &zone);
};

} // namespace planner
