#pragma once

#include "sessiontime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace planner {

// Writes a session's time for people: in the conference's time zone, in the
// locale of the interface language.
class TimeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(planner::TimeFormatter)

public:
    // Short dates ("Tue 18 Mar") suit lists; long ones ("Tue 18 Mar 2025",
    // "2025年3月18日 星期二") the details of one session; the weekday alone
    // ("Tue", "週二") a list of a conference shorter than a week.
    enum class DateLength { Weekday, Short, Long };

    TimeFormatter(const QLocale &locale, const QTimeZone &conferenceZone,
        DateLength length = DateLength::Short);

    // "Tue 18 Mar 10:00–12:00", "Thu 20 Mar · Time TBA", "On demand"; a range
    // within one half of the day names it once: "10:00–11:30 AM".
    QString format(const SessionTime &time) const;
    QString day(const QDate &date) const;
    QString clock(const QDateTime &utc) const; // wall-clock time at the conference
    // "10:00–11:30 AM", "11:00 AM–12:30 PM": the times alone, of a span within a day.
    QString clockRange(const QDateTime &start, const QDateTime &end) const;
    // The clock time under a day's heading; with its own date when it falls on
    // another (a night session listed under the day before): "Sat 28 Dec 00:30".
    QString clockUnder(const QDateTime &utc, const QDate &heading) const;

private:
    // A time of day already at the conference; without the AM/PM of 12-hour
    // locales when `period` is false.
    QString wallClock(const QTime &time, bool period = true) const;

    QLocale m_locale;
    QTimeZone m_zone;
    DateLength m_length;
};

} // namespace planner
