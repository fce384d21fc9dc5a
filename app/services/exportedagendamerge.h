#pragma once

#include "conferencedata.h"
#include "database.h"
#include "storestatus.h"

#include <QCoreApplication>
#include <QStringList>

namespace planner {

// What merging an agenda this program exported did.
struct AgendaMerge
{
    QString conferenceKey;
    int bookmarked = 0; // sessions newly bookmarked
    int alreadyBookmarked = 0;
    int planned = 0; // on-demand sessions given the time the agenda planned them for
    QStringList unknown; // titles of the agenda's events that match no session here
};

// Takes an iCalendar agenda exported by Conference Planner (IcsWriter) back as what
// it is: the user's bookmarks and planned times in a conference already here, never
// a programme. Importing it as one would make its few sessions the whole programme.
// The conference is the one whose title the calendar bears (X-WR-CALNAME) and whose
// sessions' UIDs, as IcsWriter makes them, match the events'.
class ExportedAgendaMerge
{
    Q_DECLARE_TR_FUNCTIONS(planner::ExportedAgendaMerge)

public:
    explicit ExportedAgendaMerge(Database &database);

    // Bookmarks the agenda's sessions and sets the planned times of on-demand ones,
    // in one transaction; fails, changing nothing, when no conference here has them.
    StoreStatus merge(const ConferenceData &agenda, AgendaMerge *merged);

    // The key of the conference the agenda came from, or empty when it is not here.
    QString conferenceOf(const ConferenceData &agenda) const;

private:
    Database &m_database;
};

} // namespace planner
