#pragma once

#include "annotation.h"
#include "conference.h"
#include "session.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace planner {

// Which sessions an agenda holds: the ones the user bookmarked, or all of them.
enum class AgendaScope { Bookmarked, WholeProgramme };

// When the user plans to watch a session the programme gives no time for.
struct PlannedTime
{
    QDateTime start; // UTC
    QDateTime end; // UTC, may be null
};

// One session of the agenda with everything the user added to it.
struct AgendaItem
{
    Session session;
    LocalizedText trackName;
    bool removed = false; // gone from the latest programme, kept for the user's data
    QString note;
    QList<Annotation> annotations;
    QList<UserKeyPoint> userKeyPoints;
    std::optional<PlannedTime> plannedTime;
    // The session's own reminder, in minutes before it (0: none); none when it
    // follows the user's usual lead time (ExportOptions::reminderMinutes).
    std::optional<int> reminderMinutes;

    // When the user will be there, in UTC: the programme's slot, else the planned
    // time; null when there is neither (time TBA or on demand).
    QDateTime start() const
    {
        if (session.time.kind() == SessionTime::Kind::Timed)
            return session.time.start;
        return plannedTime ? plannedTime->start : QDateTime();
    }
    QDateTime end() const
    {
        if (session.time.kind() == SessionTime::Kind::Timed)
            return session.time.end;
        return plannedTime ? plannedTime->end : QDateTime();
    }
    // The conference day the session falls on, or null for an unplanned on-demand one.
    QDate day(const QTimeZone &zone) const
    {
        if (session.time.date.isValid())
            return session.time.date;
        const QDateTime planned = start();
        return planned.isValid() ? planned.toTimeZone(zone).date() : QDate();
    }
    // The user's mark on the point with `pointKey`, or null when there is none.
    const Annotation *annotation(const QString &pointKey) const
    {
        for (const Annotation &a : annotations) {
            if (a.pointKey == pointKey)
                return &a;
        }
        return nullptr;
    }
};

// The user's personal agenda for one conference: what every export writes.
struct Agenda
{
    Conference conference;
    AgendaScope scope = AgendaScope::Bookmarked;
    QList<AgendaItem> items; // by day and time, then time TBA, then on demand

    // The conference's zone, UTC when the programme names none.
    QTimeZone timeZone() const { return conference.zone(); }
};

} // namespace planner
