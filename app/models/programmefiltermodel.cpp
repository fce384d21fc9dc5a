#include "programmefiltermodel.h"

#include "searchtextquery.h"
#include "tracktreemodel.h"
#include "userdataservice.h"

namespace planner {

ProgrammeFilterModel::ProgrammeFilterModel(
    const Database &database, UserDataService &userData, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_database(database)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(TrackTreeModel::SortRole);
    setSortLocaleAware(true);
    connect(&userData, &UserDataService::noteChanged, this, &ProgrammeFilterModel::onNoteChanged);
    connect(&userData, &UserDataService::bookmarkChanged, this,
        [this](const QString &conference) { onBookmarkChanged(conference); });
}

void ProgrammeFilterModel::setConference(const QString &conferenceKey)
{
    m_conferenceKey = conferenceKey;
    m_index.clear();
    m_indexLoaded = false;
    if (!m_words.isEmpty())
        ensureIndex();
    invalidateFilter();
}

void ProgrammeFilterModel::ensureIndex()
{
    // Loaded on the first search, not at start-up: most sessions of use never search.
    if (m_indexLoaded)
        return;
    const QHash<QString, SearchTextQuery::Texts> texts
        = SearchTextQuery(m_database).load(m_conferenceKey);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        m_index.insert(it.key(), it->content, it->note);
    m_indexLoaded = true;
}

void ProgrammeFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = SearchIndex::words(text);
    if (!m_words.isEmpty())
        ensureIndex();
    invalidateFilter();
}

void ProgrammeFilterModel::setBookmarkedOnly(bool only)
{
    if (only == m_bookmarkedOnly)
        return;
    m_bookmarkedOnly = only;
    invalidateFilter();
}

void ProgrammeFilterModel::setTrack(const QString &trackKey)
{
    if (trackKey == m_trackKey)
        return;
    m_trackKey = trackKey;
    invalidateFilter();
}

bool ProgrammeFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_bookmarkedOnly || !m_trackKey.isEmpty();
}

void ProgrammeFilterModel::onNoteChanged(
    const QString &conference, const QString &session, const QString &text)
{
    if (conference != m_conferenceKey || !m_indexLoaded)
        return;
    m_index.setNote(session, text);
    if (!m_words.isEmpty())
        invalidateFilter();
}

void ProgrammeFilterModel::onBookmarkChanged(const QString &conference)
{
    // Un-bookmarking in "bookmarked only" hides the row at once.
    if (conference == m_conferenceKey && m_bookmarkedOnly)
        invalidateFilter();
}

bool ProgrammeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString trackKey = index.data(TrackTreeModel::TrackKeyRole).toString();
    if (!m_trackKey.isEmpty() && trackKey != m_trackKey)
        return false;
    if (index.data(TrackTreeModel::IsTrackRole).toBool())
        return !isFiltering() || (!m_trackKey.isEmpty() && m_words.isEmpty() && !m_bookmarkedOnly);
    if (m_bookmarkedOnly && !index.data(TrackTreeModel::BookmarkedRole).toBool())
        return false;
    return m_words.isEmpty()
        || m_index.matches(index.data(TrackTreeModel::SessionKeyRole).toString(), m_words);
}

} // namespace planner
