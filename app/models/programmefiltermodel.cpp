#include "programmefiltermodel.h"

#include "searchindex.h"
#include "sessionmatcher.h"
#include "tracktreemodel.h"
#include "userdataservice.h"

#include <algorithm>
#include <numeric>

namespace planner {

namespace {

// Track rows have internal id 0; session rows carry their track's row shown + 1.
constexpr quintptr trackRowId = 0;

// SortRole values compared as QSortFilterProxyModel compares them: texts in the
// order of the user's locale, numbers as numbers, nothing after everything.
bool sortsBefore(const QVariant &left, const QVariant &right)
{
    if (!left.isValid())
        return false;
    if (!right.isValid())
        return true;
    if (left.typeId() == QMetaType::QString && right.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(left.toString(), right.toString()) < 0;
    return QVariant::compare(left, right) == QPartialOrdering::Less;
}

// Rows in `order` sorted by their keys; equal keys keep programme order either way.
void sortByKeys(std::vector<int> &order, const QVariant *keys, Qt::SortOrder direction)
{
    if (direction == Qt::AscendingOrder) {
        std::stable_sort(order.begin(), order.end(),
            [keys](int a, int b) { return sortsBefore(keys[a], keys[b]); });
    } else {
        std::stable_sort(order.begin(), order.end(),
            [keys](int a, int b) { return sortsBefore(keys[b], keys[a]); });
    }
}

} // namespace

ProgrammeFilterModel::ProgrammeFilterModel(
    const Database &database, UserDataService &userData, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_matcher(new SessionMatcher(database, this))
{
    connect(&userData, &UserDataService::noteChanged, this, &ProgrammeFilterModel::onNoteChanged);
}

ProgrammeFilterModel::~ProgrammeFilterModel() = default;

void ProgrammeFilterModel::setSourceModel(QAbstractItemModel *model)
{
    Q_ASSERT(!model || qobject_cast<TrackTreeModel *>(model));
    beginResetModel();
    if (m_tree)
        disconnect(m_tree, nullptr, this, nullptr);
    m_tree = qobject_cast<TrackTreeModel *>(model);
    QAbstractProxyModel::setSourceModel(m_tree);
    m_matcher->setTree(m_tree);
    if (m_tree) {
        connect(m_tree, &QAbstractItemModel::modelAboutToBeReset, this,
            &ProgrammeFilterModel::onSourceAboutToBeReset);
        connect(
            m_tree, &QAbstractItemModel::modelReset, this, &ProgrammeFilterModel::onSourceReset);
        connect(m_tree, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                onSourceDataChanged(topLeft, bottomRight);
            });
        connect(m_tree, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged);
    }
    rebuildOrder();
    rebuildShown();
    endResetModel();
}

void ProgrammeFilterModel::setConference(const QString &conferenceKey)
{
    m_conferenceKey = conferenceKey;
    m_matcher->setConference(conferenceKey);
    searchShownConference();
    relayout(false);
}

void ProgrammeFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const QStringList previous = m_words;
    m_searchText = text;
    m_words = SearchIndex::words(text);
    if (m_words == previous)
        return; // only white space changed
    m_matcher->search(m_words);
    relayout(false);
}

void ProgrammeFilterModel::setBookmarkedOnly(bool only)
{
    if (only == m_bookmarkedOnly)
        return;
    m_bookmarkedOnly = only;
    relayout(false);
}

void ProgrammeFilterModel::setChangedOnly(bool only)
{
    if (only == m_changedOnly && !only)
        return;
    m_changedOnly = only;
    noteChangedSessions();
    relayout(false);
}

void ProgrammeFilterModel::noteChangedSessions()
{
    m_changedOrdinals.clear();
    if (!m_changedOnly || !m_tree)
        return;
    m_changedOrdinals.assign(std::size_t(m_tree->sessionCount()), false);
    for (int t = 0; t < m_tree->rowCount(); ++t) {
        const int count = m_tree->rowCount(m_tree->indexAt(t, -1, 0));
        for (int s = 0; s < count; ++s)
            m_changedOrdinals[std::size_t(m_tree->ordinalOf(t, s))]
                = m_tree->changeOf(m_tree->sessionAt(t, s).key) != nullptr;
    }
}

void ProgrammeFilterModel::setTrack(const QString &trackKey)
{
    if (trackKey == m_trackKey)
        return;
    m_trackKey = trackKey;
    relayout(false);
}

void ProgrammeFilterModel::setDay(const QDate &day)
{
    if (day == m_day)
        return;
    m_day = day;
    relayout(false);
}

void ProgrammeFilterModel::setRoom(const QString &room)
{
    if (room == m_room)
        return;
    m_room = room;
    relayout(false);
}

void ProgrammeFilterModel::setTimeSpan(const QDateTime &from, const QDateTime &to, SpanMatch match)
{
    if (from == m_spanStart && to == m_spanEnd && match == m_spanMatch)
        return;
    m_spanStart = from;
    m_spanEnd = to;
    m_spanMatch = match;
    relayout(false);
}

bool ProgrammeFilterModel::isFiltering() const
{
    return narrowsSessions() || !m_trackKey.isEmpty();
}

bool ProgrammeFilterModel::narrowsSessions() const
{
    return !m_words.isEmpty() || m_bookmarkedOnly || m_changedOnly || m_day.isValid()
        || !m_room.isEmpty() || m_spanStart.isValid();
}

bool ProgrammeFilterModel::passesPlaceAndTime(const SessionRow &row) const
{
    if (m_day.isValid() && row.time.date != m_day)
        return false;
    if (!m_room.isEmpty() && row.room != m_room)
        return false;
    if (!m_spanStart.isValid())
        return true;
    if (m_spanMatch == SpanMatch::Within) {
        // Started at or after the span's start and over by its end (a session
        // without an end: started before it).
        const QDateTime &start = row.time.start;
        return start.isValid() && start >= m_spanStart
            && (row.time.end.isValid() ? row.time.end <= m_spanEnd : start < m_spanEnd);
    }
    return SessionTime::overlaps(row.time.start, row.time.end, m_spanStart, m_spanEnd);
}

void ProgrammeFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < TrackTreeModel::ColumnCount ? column : -1;
    m_sortOrder = order;
    relayout(true, QAbstractItemModel::VerticalSortHint);
}

void ProgrammeFilterModel::relayout(bool resort, LayoutChangeHint hint)
{
    std::vector<ShownTrack> shown;
    if (!resort) {
        shown = shownRows();
        // The same rows as before (a word typed on that matches the same
        // sessions): no layout change, so the views need not lay out every row again.
        if (shown == m_shown)
            return;
    }
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    std::vector<SourcePlace> places;
    places.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        places.push_back(placeOf(index));
    if (resort) {
        rebuildOrder();
        shown = shownRows();
    }
    setShown(std::move(shown));
    QModelIndexList after;
    after.reserve(before.size());
    for (const SourcePlace &place : places)
        after.append(indexAt(place));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void ProgrammeFilterModel::onSourceAboutToBeReset()
{
    beginResetModel();
}

void ProgrammeFilterModel::onSourceReset()
{
    m_matcher->treeReset();
    searchShownConference(); // when the filter heard of the conference first
    noteChangedSessions();
    rebuildOrder();
    rebuildShown();
    endResetModel();
}

void ProgrammeFilterModel::searchShownConference()
{
    // The words typed for one conference, searched in the next one shown: once
    // both the tree and the texts are of it, whichever of the two comes last.
    if (!m_words.isEmpty() && m_tree && m_tree->conference() == m_conferenceKey)
        m_matcher->search(m_words);
}

void ProgrammeFilterModel::onSourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const QModelIndex sourceParent = topLeft.parent();
    const bool moved = updateSortKeys(topLeft, bottomRight);
    // A session's data changed: with bookmarked sessions only, it may have to
    // go or come.
    const bool refilter = m_bookmarkedOnly && sourceParent.isValid();
    if (moved || refilter) {
        relayout(false);
        return;
    }
    int first = -1;
    int last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int shown = mapFromSource(m_tree->index(row, 0, sourceParent)).row();
        if (shown < 0)
            continue;
        first = first < 0 ? shown : std::min(first, shown);
        last = std::max(last, shown);
    }
    if (first < 0)
        return;
    const QModelIndex parent = mapFromSource(sourceParent);
    emit dataChanged(
        index(first, topLeft.column(), parent), index(last, bottomRight.column(), parent));
}

void ProgrammeFilterModel::onNoteChanged(
    const QString &conference, const QString &session, const QString &text)
{
    if (conference == m_conferenceKey && m_matcher->noteChanged(session, text))
        relayout(false);
}

void ProgrammeFilterModel::rebuildOrder()
{
    const int tracks = m_tree ? m_tree->rowCount() : 0;
    m_trackOrder.resize(std::size_t(tracks));
    std::iota(m_trackOrder.begin(), m_trackOrder.end(), 0);
    m_sessionOrder.assign(std::size_t(tracks), {});
    m_trackSortKeys.clear();
    m_sessionSortKeys.clear();
    if (m_sortColumn >= 0) {
        m_trackSortKeys.resize(std::size_t(tracks));
        m_sessionSortKeys.resize(std::size_t(m_tree->sessionCount()));
    }
    for (int t = 0; t < tracks; ++t) {
        const QModelIndex track = m_tree->index(t, 0);
        std::vector<int> &order = m_sessionOrder[std::size_t(t)];
        order.resize(std::size_t(m_tree->rowCount(track)));
        std::iota(order.begin(), order.end(), 0);
        if (m_sortColumn < 0)
            continue;
        m_trackSortKeys[std::size_t(t)]
            = m_tree->index(t, m_sortColumn).data(TrackTreeModel::SortRole);
        const int first = m_tree->ordinalOf(t, 0);
        for (int s = 0; s < int(order.size()); ++s)
            m_sessionSortKeys[std::size_t(first + s)]
                = m_tree->index(s, m_sortColumn, track).data(TrackTreeModel::SortRole);
        sortTrackSessions(t);
    }
    if (m_sortColumn >= 0)
        sortTracks();
}

void ProgrammeFilterModel::sortTracks()
{
    // Tracks by name, reversed only when the titles are: a column of the
    // sessions, such as their times, orders them within each track.
    sortByKeys(m_trackOrder, m_trackSortKeys.data(),
        m_sortColumn == TrackTreeModel::TitleColumn ? m_sortOrder : Qt::AscendingOrder);
}

void ProgrammeFilterModel::sortTrackSessions(int track)
{
    sortByKeys(m_sessionOrder[std::size_t(track)],
        m_sessionSortKeys.data() + m_tree->ordinalOf(track, 0), m_sortOrder);
}

bool ProgrammeFilterModel::updateSortKeys(
    const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Most changes (a bookmark's star, a language's words) leave the sort keys
    // alone; only a changed key moves rows.
    if (m_sortColumn < topLeft.column() || m_sortColumn > bottomRight.column())
        return false;
    const QModelIndex parent = topLeft.parent();
    bool changed = false;
    if (!parent.isValid()) {
        for (int t = topLeft.row(); t <= bottomRight.row(); ++t) {
            QVariant key = m_tree->index(t, m_sortColumn).data(TrackTreeModel::SortRole);
            if (key != m_trackSortKeys[std::size_t(t)]) {
                m_trackSortKeys[std::size_t(t)] = std::move(key);
                changed = true;
            }
        }
        if (changed)
            sortTracks();
        return changed;
    }
    const int track = parent.row();
    const int first = m_tree->ordinalOf(track, 0);
    for (int s = topLeft.row(); s <= bottomRight.row(); ++s) {
        QVariant key = m_tree->index(s, m_sortColumn, parent).data(TrackTreeModel::SortRole);
        if (key != m_sessionSortKeys[std::size_t(first + s)]) {
            m_sessionSortKeys[std::size_t(first + s)] = std::move(key);
            changed = true;
        }
    }
    if (changed)
        sortTrackSessions(track);
    return changed;
}

void ProgrammeFilterModel::rebuildShown()
{
    setShown(shownRows());
}

std::vector<ProgrammeFilterModel::ShownTrack> ProgrammeFilterModel::shownRows() const
{
    std::vector<ShownTrack> shownTracks;
    // Filtered by words or bookmarks, a track is shown for its sessions; by its
    // key alone, it is the track asked for, sessions or not.
    const bool hidesEmptyTracks = narrowsSessions();
    // Asked of every session on each keystroke: what does not change from one
    // session to the next is asked once.
    const bool byWords = !m_words.isEmpty() && m_matcher->hasMatches();
    for (const int t : m_trackOrder) {
        if (!m_trackKey.isEmpty() && m_tree->trackKeyAt(t) != m_trackKey)
            continue;
        ShownTrack shown { t, {} };
        const int first = m_tree->ordinalOf(t, 0);
        const std::vector<int> &order = m_sessionOrder[std::size_t(t)];
        if (m_bookmarkedOnly) {
            for (const int s : order) {
                if ((!byWords || m_matcher->matches(first + s))
                    && m_tree->isBookmarked(m_tree->sessionAt(t, s).key))
                    shown.sessions.push_back(s);
            }
        } else if (byWords) {
            m_matcher->appendMatching(first, order, shown.sessions);
        } else {
            shown.sessions = order;
        }
        if (m_changedOnly) {
            std::vector<int> &rows = shown.sessions;
            rows.erase(std::remove_if(rows.begin(), rows.end(),
                           [&](int s) {
                               const std::size_t ordinal = std::size_t(first + s);
                               return ordinal >= m_changedOrdinals.size()
                                   || !m_changedOrdinals[ordinal];
                           }),
                rows.end());
        }
        if (m_day.isValid() || !m_room.isEmpty() || m_spanStart.isValid()) {
            std::vector<int> &rows = shown.sessions;
            rows.erase(std::remove_if(rows.begin(), rows.end(),
                           [&](int s) { return !passesPlaceAndTime(m_tree->sessionAt(t, s)); }),
                rows.end());
        }
        if (hidesEmptyTracks && shown.sessions.empty())
            continue;
        shownTracks.push_back(std::move(shown));
    }
    return shownTracks;
}

void ProgrammeFilterModel::setShown(std::vector<ShownTrack> shown)
{
    m_shown = std::move(shown);
    m_shownRowOfTrack.assign(std::size_t(m_tree ? m_tree->rowCount() : 0), -1);
    m_shownRowOfOrdinal.assign(std::size_t(m_tree ? m_tree->sessionCount() : 0), -1);
    for (std::size_t row = 0; row < m_shown.size(); ++row) {
        const ShownTrack &track = m_shown[row];
        m_shownRowOfTrack[std::size_t(track.sourceRow)] = int(row);
        const int first = m_tree->ordinalOf(track.sourceRow, 0);
        for (std::size_t s = 0; s < track.sessions.size(); ++s)
            m_shownRowOfOrdinal[std::size_t(first + track.sessions[s])] = int(s);
    }
}

ProgrammeFilterModel::SourcePlace ProgrammeFilterModel::placeOf(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    if (proxyIndex.internalId() == trackRowId)
        return { m_shown[std::size_t(proxyIndex.row())].sourceRow, -1, proxyIndex.column() };
    const ShownTrack &track = m_shown[std::size_t(proxyIndex.internalId() - 1)];
    return { track.sourceRow, track.sessions[std::size_t(proxyIndex.row())], proxyIndex.column() };
}

QModelIndex ProgrammeFilterModel::indexAt(const SourcePlace &place) const
{
    // Out of range while the source is reset and this model not yet.
    if (place.track < 0 || std::size_t(place.track) >= m_shownRowOfTrack.size()
        || place.track >= m_tree->rowCount())
        return {};
    const int track = m_shownRowOfTrack[std::size_t(place.track)];
    if (track < 0)
        return {};
    if (place.session < 0)
        return createIndex(track, place.column, trackRowId);
    const std::size_t ordinal = std::size_t(m_tree->ordinalOf(place.track, place.session));
    const int row = ordinal < m_shownRowOfOrdinal.size() ? m_shownRowOfOrdinal[ordinal] : -1;
    return row < 0 ? QModelIndex() : createIndex(row, place.column, quintptr(track + 1));
}

QModelIndex ProgrammeFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < int(m_shown.size()) ? createIndex(row, column, trackRowId) : QModelIndex();
    if (parent.internalId() != trackRowId || parent.column() != 0
        || row >= int(m_shown[std::size_t(parent.row())].sessions.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProgrammeFilterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == trackRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, trackRowId);
}

QModelIndex ProgrammeFilterModel::sibling(int row, int column, const QModelIndex &index) const
{
    return this->index(row, column, parent(index));
}

int ProgrammeFilterModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.column() != 0 || parent.internalId() != trackRowId)
        return 0;
    return int(m_shown[std::size_t(parent.row())].sessions.size());
}

int ProgrammeFilterModel::columnCount(const QModelIndex &) const
{
    return m_tree ? TrackTreeModel::ColumnCount : 0;
}

bool ProgrammeFilterModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant ProgrammeFilterModel::data(const QModelIndex &index, int role) const
{
    if (narrowsSessions() && role == Qt::DisplayRole && index.isValid()
        && index.internalId() == trackRowId && index.column() == TrackTreeModel::TitleColumn) {
        const ShownTrack &track = m_shown[std::size_t(index.row())];
        return m_tree->filteredTrackTitle(track.sourceRow, int(track.sessions.size()));
    }
    return QAbstractProxyModel::data(index, role);
}

Qt::ItemFlags ProgrammeFilterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !m_tree)
        return Qt::NoItemFlags;
    return TrackTreeModel::rowFlags(index.internalId() != trackRowId);
}

QVariant ProgrammeFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_tree ? m_tree->headerData(section, orientation, role) : QVariant();
}

QModelIndex ProgrammeFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    const SourcePlace place = placeOf(proxyIndex);
    if (place.track < 0)
        return {};
    return m_tree->indexAt(place.track, place.session, place.column);
}

QModelIndex ProgrammeFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_tree)
        return {};
    const QModelIndex sourceParent = sourceIndex.parent();
    if (!sourceParent.isValid())
        return indexAt({ sourceIndex.row(), -1, sourceIndex.column() });
    return indexAt({ sourceParent.row(), sourceIndex.row(), sourceIndex.column() });
}

} // namespace planner
