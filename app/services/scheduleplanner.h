#pragma once

#include "scheduleplan.h"

#include <QList>

namespace planner {

class ProgrammeStore;
class UserDataStore;

// Lays out the personal schedule from the stores: which bookmarked session goes
// in which group, in what order, where the free gaps are and what clashes.
class SchedulePlanner
{
public:
    using Group = ScheduleGroup;
    using Item = ScheduleItem;

    SchedulePlanner(const ProgrammeStore &programme, const UserDataStore &userData);

    QList<Group> plan(const QString &conferenceKey) const;

    // Sorts a day's items by time, marks overlaps both ways and adds gap items.
    static QList<Item> layOutDay(QList<Item> items);

private:
    const ProgrammeStore &m_programme;
    const UserDataStore &m_userData;
};

} // namespace planner
