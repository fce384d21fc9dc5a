#pragma once

#include "session.h"

#include <QList>
#include <optional>

namespace planner {

class Database;

// The sessions of a conference that a search finds, best first, for a caller
// without a window (the command line): the same index and words as the
// window's search (SearchIndex), in the order of SearchRanking.
class SessionSearch
{
public:
    explicit SessionSearch(Database &database);

    // Every current session when `query` has no word; nothing when the
    // conference's texts cannot be read.
    std::optional<QList<Session>> find(const QString &conferenceKey, const QString &query) const;

private:
    Database &m_database;
};

} // namespace planner
