#include "trackfolding.h"

#include "programmefiltermodel.h"
#include "programmetreeview.h"
#include "tracktreemodel.h"

namespace planner {

TrackFolding::TrackFolding(
    ProgrammeTreeView &tree, TrackTreeModel &model, ProgrammeFilterModel &filter)
    : m_tree(tree)
    , m_model(model)
    , m_filter(filter)
{
}

QStringList TrackFolding::closedTracks() const
{
    return m_filter.searchText().isEmpty() ? closedInTree() : m_closedBeforeSearch;
}

void TrackFolding::restore(const QStringList &closedTrackKeys)
{
    // Tracks open unless the user closed them: a new programme shows its sessions.
    m_tree.expandAll();
    m_closedBeforeSearch = closedTrackKeys;
    if (m_filter.searchText().isEmpty())
        close(closedTrackKeys);
}

void TrackFolding::search(const QString &text)
{
    if (m_filter.searchText().isEmpty() && !text.isEmpty())
        m_closedBeforeSearch = closedInTree();
    m_filter.setSearchText(text);
    if (!text.isEmpty()) {
        openShownTracks();
    } else {
        m_tree.expandAll();
        close(m_closedBeforeSearch);
    }
}

QStringList TrackFolding::closedInTree() const
{
    QStringList keys;
    for (int t = 0; t < m_model.rowCount(); ++t) {
        const QModelIndex track = m_model.index(t, 0);
        const QModelIndex shown = m_filter.mapFromSource(track);
        if (shown.isValid() && !m_tree.isExpanded(shown))
            keys.append(track.data(TrackTreeModel::TrackKeyRole).toString());
    }
    return keys;
}

void TrackFolding::close(const QStringList &trackKeys)
{
    for (const QString &key : trackKeys)
        m_tree.collapse(m_filter.mapFromSource(m_model.indexOfTrack(key)));
}

void TrackFolding::openShownTracks()
{
    // expandAll() lays out every row again: the filter's change of rows has asked
    // the tree for that already, and an unchanged set of rows needs none. Only a
    // track shown collapsed (new in the results, or closed by the user) needs it.
    const int tracks = m_filter.rowCount();
    for (int row = 0; row < tracks; ++row) {
        if (!m_tree.isExpanded(m_filter.index(row, 0))) {
            m_tree.expandAll();
            return;
        }
    }
}

} // namespace planner
