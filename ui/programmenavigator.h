#pragma once

#include <QModelIndex>
#include <QString>

class QTreeView;

namespace planner {

class ProgrammeFilterModel;
class ProgrammeStore;
class TrackTreeModel;
class UserDataStore;

// Moves the programme tree's current session: to a session by key, or to the one
// before or after it in the order the tree shows, across tracks. Owns nothing.
class ProgrammeNavigator
{
public:
    ProgrammeNavigator(QTreeView &tree, TrackTreeModel &model, ProgrammeFilterModel &filter);

    // The key of the session the tree shows as current; empty on a track or nothing.
    QString currentSessionKey() const;
    // Makes the session current, opening its track. False when the filter hides it
    // (or there is no such session): nothing moves then.
    bool selectSession(const QString &sessionKey);
    // The session `step` places after (+1) or before (-1) the current one.
    void goToNeighbour(int step);
    // Makes current the shown session that best matches `query` (SearchRanking),
    // the first shown of the best; false when none is shown.
    bool goToBestMatch(
        const QString &query, const ProgrammeStore &programme, const UserDataStore &notes);

private:
    void makeCurrent(const QModelIndex &index);

    QTreeView &m_tree;
    TrackTreeModel &m_model;
    ProgrammeFilterModel &m_filter;
};

} // namespace planner
