#pragma once

#include "agenda.h"
#include "userdatastore.h"

namespace planner {

class Database;

// Gathers a conference's agenda from both stores: the programme's sessions and
// the user's bookmarks, notes, annotations, own key points and planned times.
class AgendaBuilder
{
public:
    explicit AgendaBuilder(Database &database);

    // An unknown conference gives an agenda with an empty conference key and no items.
    Agenda build(const QString &conferenceKey, AgendaScope scope = AgendaScope::Bookmarked) const;

    // Sorts by day and time; within a day sessions whose time is to be announced
    // follow the timed ones; unplanned on-demand sessions come last. Stable, so
    // equal keys keep programme order.
    static void sort(QList<AgendaItem> &items, const QTimeZone &zone);

private:
    static AgendaItem item(
        const Session &session, bool removed, const UserDataStore::SessionData &userData);

    Database &m_database;
};

} // namespace planner
