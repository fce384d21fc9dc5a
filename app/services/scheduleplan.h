#pragma once

#include "localizedtext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

// One row of the personal schedule: a bookmarked session or a free gap.
struct ScheduleItem
{
    QString key; // empty for a gap
    LocalizedText title;
    QString room;
    QDateTime start; // UTC; null for a day's session whose time is to be announced, and on demand
    QDateTime end;
    bool planned = false;
    bool onDemand = false;
    bool removed = false; // dropped from the programme since it was bookmarked
    QList<LocalizedText> clashesWith;
    QStringList clashKeys; // of the sessions in clashesWith, in the same order
    bool hasNote = false; // the user's own: a note, and key points starred
    int starredPoints = 0;
    friend bool operator==(const ScheduleItem &a, const ScheduleItem &b);
};

// A day of the personal schedule (its timed sessions, then those whose time is
// to be announced), or "On demand", with its rows in order.
struct ScheduleGroup
{
    enum Kind { Day, OnDemand };
    Kind kind = Day;
    QDate date;
    QList<ScheduleItem> items;
    quintptr id = 0; // stable while the group exists: item indexes refer to it
    bool sameGroup(const ScheduleGroup &other) const
    {
        return kind == other.kind && date == other.date;
    }
    bool before(const ScheduleGroup &other) const;
};

} // namespace planner
