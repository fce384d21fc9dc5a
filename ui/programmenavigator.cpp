#include "programmenavigator.h"

#include "programmefiltermodel.h"
#include "programmestore.h"
#include "searchranking.h"
#include "tracktreemodel.h"
#include "userdatastore.h"

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

bool ProgrammeNavigator::goToBestMatch(
    const QString &query, const ProgrammeStore &programme, const UserDataStore &notes)
{
    // Whole sessions are read only for the first shown, and only when no title
    // has the words: a title rank needs the rows alone, which are in memory.
    constexpr int sessionsRead = 200;
    const SearchRanking ranking(query);
    QList<QModelIndex> shown;
    QModelIndex best;
    SearchRanking::Rank bestRank = SearchRanking::NoMatch;
    for (int t = 0; t < m_filter.rowCount(); ++t) {
        const QModelIndex track = m_filter.index(t, 0);
        for (int s = 0; s < m_filter.rowCount(track); ++s) {
            const QModelIndex index = m_filter.index(s, 0, track);
            const QModelIndex source = m_filter.mapToSource(index);
            const SessionRow &row = m_model.sessionAt(source.parent().row(), source.row());
            const SearchRanking::Rank rank = ranking.rankTitle(row.title, row.code);
            if (rank < bestRank) {
                best = index;
                bestRank = rank;
            }
            shown.append(index);
        }
    }
    if (shown.isEmpty())
        return false;
    if (bestRank == SearchRanking::NoMatch) {
        best = shown.first();
        const QString conference = m_model.conference();
        for (const QModelIndex &index : shown.mid(0, sessionsRead)) {
            const QString key = index.data(TrackTreeModel::SessionKeyRole).toString();
            const std::optional<Session> session = programme.session(conference, key);
            if (!session)
                continue;
            const QString track = index.parent().data(TrackTreeModel::TrackKeyRole).toString();
            const LocalizedText trackName = m_model.trackName(track);
            const SearchRanking::Rank rank = ranking.rank(
                *session, trackName.zh + u'\n' + trackName.en, notes.note(conference, key));
            if (rank < bestRank) {
                best = index;
                bestRank = rank;
            }
        }
    }
    makeCurrent(best);
    return true;
}

void ProgrammeNavigator::makeCurrent(const QModelIndex &index)
{
    m_tree.expand(index.parent());
    m_tree.setCurrentIndex(index);
    m_tree.scrollTo(index);
}

} // namespace planner
