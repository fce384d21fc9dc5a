#include "scheduleplanner.h"

#include "programmestore.h"
#include "sessiontime.h"
#include "userdatastore.h"

#include <QTimeZone>
#include <algorithm>

namespace planner {

bool operator==(const ScheduleItem &a, const ScheduleItem &b)
{
    return a.key == b.key && a.title == b.title && a.room == b.room && a.start == b.start
        && a.end == b.end && a.planned == b.planned && a.onDemand == b.onDemand
        && a.removed == b.removed && a.clashesWith == b.clashesWith && a.clashKeys == b.clashKeys
        && a.hasNote == b.hasNote
        && a.starredPoints == b.starredPoints;
}

bool ScheduleGroup::before(const ScheduleGroup &other) const
{
    if (kind != other.kind)
        return kind < other.kind;
    return date < other.date;
}

namespace {

using Group = ScheduleGroup;
using Item = ScheduleItem;

bool overlap(const Item &a, const Item &b)
{
    return SessionTime::overlaps(a.start, a.end, b.start, b.end);
}

Group &groupFor(QList<Group> &groups, Group::Kind kind, const QDate &date)
{
    for (Group &group : groups) {
        if (group.kind == kind && group.date == date)
            return group;
    }
    groups.append({ kind, date, {} });
    return groups.last();
}

} // namespace

SchedulePlanner::SchedulePlanner(const ProgrammeStore &programme, const UserDataStore &userData)
    : m_programme(programme)
    , m_userData(userData)
{
}

QList<Group> SchedulePlanner::plan(const QString &conferenceKey) const
{
    // Only the bookmarked rows: the schedule is rebuilt on every bookmark toggle,
    // and reading the whole programme for it cost tens of ms at 100,000 sessions.
    const QList<SessionRow> rows = m_programme.bookmarkedSessionRows(conferenceKey);
    QList<Group> groups;
    if (rows.isEmpty())
        return groups;
    const std::optional<Conference> conference = m_programme.conference(conferenceKey);
    const QTimeZone zone = conference ? conference->zone() : QTimeZone::utc();
    const QHash<QString, UserDataStore::Marks> marks = m_userData.marks(conferenceKey);
    for (const SessionRow &row : rows) {
        const bool onDemand = row.time.kind() == SessionTime::Kind::OnDemand;
        Item item { row.key, row.title, row.room, row.time.start, row.time.end, false, onDemand,
            row.removed, {} };
        if (const auto mine = marks.constFind(row.key); mine != marks.constEnd()) {
            item.hasNote = mine->note;
            item.starredPoints = mine->starredPoints;
        }
        // A session with a date but no time yet is under its day, as the programme lists it.
        Group::Kind kind = Group::Day;
        QDate day = row.time.date;
        if (onDemand) {
            const auto planned = m_userData.plannedTime(conferenceKey, row.key);
            kind = planned ? Group::Day : Group::OnDemand;
            if (planned) {
                item.start = planned->first;
                item.end = planned->second;
                item.planned = true;
                day = planned->first.toTimeZone(zone).date();
            }
        }
        groupFor(groups, kind, kind == Group::OnDemand ? QDate() : day).items.append(item);
    }
    for (Group &group : groups) {
        if (group.kind == Group::Day)
            group.items = layOutDay(group.items);
    }
    std::sort(
        groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.before(b); });
    return groups;
}

QList<Item> SchedulePlanner::layOutDay(QList<Item> items)
{
    // Timed sessions by start, then those whose time is to be announced: they
    // neither clash nor bound a gap.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start;
    });
    for (int i = 0; i < items.size(); ++i) {
        for (int j = i + 1; j < items.size(); ++j) {
            if (overlap(items.at(i), items.at(j))) {
                items[i].clashesWith.append(items.at(j).title);
                items[i].clashKeys.append(items.at(j).key);
                items[j].clashesWith.append(items.at(i).title);
                items[j].clashKeys.append(items.at(i).key);
            }
        }
    }
    QList<Item> laidOut;
    QDateTime busyUntil;
    for (const Item &item : items) {
        if (!item.start.isValid()) {
            laidOut.append(item);
            continue;
        }
        if (busyUntil.isValid() && item.start > busyUntil)
            laidOut.append(
                { QString(), {}, QString(), busyUntil, item.start, false, false, false, {} });
        laidOut.append(item);
        const QDateTime end = item.end.isValid() ? item.end : item.start;
        if (!busyUntil.isValid() || end > busyUntil)
            busyUntil = end;
    }
    return laidOut;
}

} // namespace planner
