#include "programmenavigator.h"

#include "programmefiltermodel.h"
#include "tracktreemodel.h"

#include <QTreeView>

namespace planner {

ProgrammeNavigator::ProgrammeNavigator(
    QTreeView &tree, TrackTreeModel &model, ProgrammeFilterModel &filter)
    : m_tree(tree)
    , m_model(model)
    , m_filter(filter)
{
}

QString ProgrammeNavigator::currentSessionKey() const
{
    return m_tree.currentIndex().data(TrackTreeModel::SessionKeyRole).toString();
}

bool ProgrammeNavigator::selectSession(const QString &sessionKey)
{
    const QModelIndex index = m_filter.mapFromSource(m_model.indexOfSession(sessionKey));
    if (!index.isValid())
        return false;
    makeCurrent(index);
    return true;
}

void ProgrammeNavigator::goToNeighbour(int step)
{
    const QModelIndex current = m_tree.currentIndex().siblingAtColumn(0);
    QModelIndex track;
    int row = 0;
    if (current.parent().isValid()) {
        track = current.parent();
        row = current.row() + step;
    } else {
        // On a track row (or nothing): start inside it, or at the first track.
        track = current.isValid() ? current : m_filter.index(0, 0);
        row = step > 0 ? 0 : m_filter.rowCount(track) - 1;
        if (current.isValid() && step < 0)
            row = -1; // "previous" from a track row means the track before it
    }
    while (track.isValid()) {
        if (row >= 0 && row < m_filter.rowCount(track)) {
            makeCurrent(m_filter.index(row, 0, track));
            return;
        }
        track = track.siblingAtRow(track.row() + step);
        row = step > 0 ? 0 : m_filter.rowCount(track) - 1;
    }
}

void ProgrammeNavigator::makeCurrent(const QModelIndex &index)
{
    m_tree.expand(index.parent());
    m_tree.setCurrentIndex(index);
    m_tree.scrollTo(index);
}

} // namespace planner
