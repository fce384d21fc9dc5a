#pragma once

#include <QStringList>

namespace planner {

class ProgrammeFilterModel;
class ProgrammeTreeView;
class TrackTreeModel;

// Which tracks of the programme tree are open. The user closes some; a search opens
// every track that has results, and clearing it closes the user's again. What the
// user closed is kept per conference (WindowState). Owns nothing.
class TrackFolding
{
public:
    TrackFolding(ProgrammeTreeView &tree, TrackTreeModel &model, ProgrammeFilterModel &filter);

    // The keys of the tracks the user has closed; while searching, those closed
    // before the search.
    QStringList closedTracks() const;
    // A conference shown: every track open but these.
    void restore(const QStringList &closedTrackKeys);
    // The filter made to search for `text`, and the tracks opened or closed again.
    void search(const QString &text);

private:
    QStringList closedInTree() const;
    void close(const QStringList &trackKeys);
    // While searching: every track shown is open.
    void openShownTracks();

    ProgrammeTreeView &m_tree;
    TrackTreeModel &m_model;
    ProgrammeFilterModel &m_filter;
    QStringList m_closedBeforeSearch;
};

} // namespace planner
