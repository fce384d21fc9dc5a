#include "tracktreemodel.h"

#include "changetext.h"
#include "programmestore.h"
#include "unseenchanges.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <limits>

namespace planner {

namespace {

// Track rows have internal id 0; session rows carry their track's row + 1.
constexpr quintptr trackRowId = 0;

// Sorting by time: timed sessions chronologically, a day without a time after
// that day's timed sessions (at its last minute, at the conference), then
// on-demand sessions, which have neither.
QVariant chronologicalKey(const SessionTime &time, const QTimeZone &zone)
{
    switch (time.kind()) {
    case SessionTime::Kind::Timed:
        return time.start.toSecsSinceEpoch();
    case SessionTime::Kind::DateOnly:
        return QDateTime(time.date, QTime(23, 59, 59), zone.isValid() ? zone : QTimeZone::utc())
            .toSecsSinceEpoch();
    case SessionTime::Kind::OnDemand:
        break;
    }
    return std::numeric_limits<qint64>::max();
}

} // namespace

TrackTreeModel::TrackTreeModel(
    const ProgrammeStore &store, UserDataService &userData, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_userData(userData)
{
    connect(
        &m_userData, &UserDataService::bookmarkChanged, this, &TrackTreeModel::onBookmarkChanged);
}

void TrackTreeModel::setConference(const QString &conferenceKey)
{
    beginResetModel();
    m_conferenceKey = conferenceKey;
    m_tracks.clear();
    m_rowOfSession.clear();
    const QStringList bookmarks = m_userData.store().bookmarks(conferenceKey);
    m_bookmarks = QSet<QString>(bookmarks.cbegin(), bookmarks.cend());
    const std::optional<Conference> conference = m_store.conference(conferenceKey);
    m_zone = conference ? conference->zone() : QTimeZone::utc();
    // Within a conference of a week or less the weekday names the day, and the
    // titles get the width a date would take.
    const bool withinAWeek = conference && conference->startDate.isValid()
        && conference->endDate.isValid() && conference->startDate.daysTo(conference->endDate) < 7;
    m_dateLength
        = withinAWeek ? TimeFormatter::DateLength::Weekday : TimeFormatter::DateLength::Short;
    m_formatter = TimeFormatter(localeOf(m_language), m_zone, m_dateLength);
    m_timeTexts.clear();
    QHash<QString, int> rowOfTrack;
    for (const Track &track : m_store.tracks(conferenceKey)) {
        rowOfTrack.insert(track.key, int(m_tracks.size()));
        m_tracks.append({ track, {}, 0 });
    }
    for (const SessionRow &row : m_store.sessionRows(conferenceKey)) {
        const auto track = rowOfTrack.constFind(row.trackKey);
        if (row.removed || track == rowOfTrack.constEnd())
            continue;
        TrackNode &node = m_tracks[*track];
        m_rowOfSession.insert(row.key, { *track, int(node.sessions.size()) });
        node.sessions.append(row);
        node.bookmarked += m_bookmarks.contains(row.key);
    }
    m_badged = m_changes && m_changes->conference() == conferenceKey ? m_changes->sessionKeys()
                                                                     : QStringList();
    m_sessionCount = 0;
    m_hasCodes = false;
    QSet<QDate> days;
    QSet<QString> rooms;
    for (TrackNode &node : m_tracks) {
        for (const SessionRow &row : std::as_const(node.sessions)) {
            m_hasCodes = m_hasCodes || !row.code.isEmpty();
            if (row.time.date.isValid())
                days.insert(row.time.date);
            if (!row.room.isEmpty())
                rooms.insert(row.room);
        }
        node.firstOrdinal = m_sessionCount;
        m_sessionCount += int(node.sessions.size());
    }
    m_days = QList<QDate>(days.cbegin(), days.cend());
    std::sort(m_days.begin(), m_days.end());
    m_rooms = QStringList(rooms.cbegin(), rooms.cend());
    std::sort(m_rooms.begin(), m_rooms.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    endResetModel();
}

void TrackTreeModel::onBookmarkChanged(
    const QString &conference, const QString &session, bool bookmarked)
{
    if (conference != m_conferenceKey || m_bookmarks.contains(session) == bookmarked)
        return;
    const auto position = m_rowOfSession.constFind(session);
    if (bookmarked)
        m_bookmarks.insert(session);
    else
        m_bookmarks.remove(session);
    if (position == m_rowOfSession.constEnd())
        return;
    const auto [trackRow, sessionRow] = *position;
    m_tracks[trackRow].bookmarked += bookmarked ? 1 : -1;
    const QModelIndex track = index(trackRow, 0);
    emit dataChanged(track, index(trackRow, ColumnCount - 1));
    emit dataChanged(index(sessionRow, 0, track), index(sessionRow, ColumnCount - 1, track));
}

void TrackTreeModel::setChanges(const UnseenChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_changes = changes;
    if (!m_changes)
        return;
    connect(m_changes, &UnseenChanges::reset, this, &TrackTreeModel::onChangesReset);
    connect(m_changes, &UnseenChanges::sessionSeen, this, &TrackTreeModel::onSessionSeen);
}

const SessionChange *TrackTreeModel::changeOf(const QString &sessionKey) const
{
    return m_changes && m_changes->conference() == m_conferenceKey ? m_changes->changeOf(sessionKey)
                                                                   : nullptr;
}

void TrackTreeModel::onChangesReset()
{
    // Only the rows that had a badge or have one now: an update changes a few
    // sessions of a programme that may hold a hundred thousand.
    QStringList touched = m_badged;
    m_badged
        = m_changes->conference() == m_conferenceKey ? m_changes->sessionKeys() : QStringList();
    touched += m_badged;
    for (const QString &key : std::as_const(touched)) {
        const QModelIndex row = indexOfSession(key);
        if (row.isValid())
            emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    }
    emit changeMarksChanged();
}

void TrackTreeModel::onSessionSeen(const QString &sessionKey)
{
    m_badged.removeOne(sessionKey);
    const QModelIndex row = indexOfSession(sessionKey);
    if (row.isValid())
        emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    emit changeMarksChanged();
}

QString TrackTreeModel::changeDescription(const SessionRow &row, const SessionChange &change) const
{
    return ChangeText::description(
        change, { row.time, row.room, row.title }, m_formatter, m_language);
}

QVariant TrackTreeModel::changeData(const SessionRow &row, int role) const
{
    const SessionChange *change = changeOf(row.key);
    if (!change)
        return {};
    switch (role) {
    case ChangeKindRole:
        return int(change->kind);
    case ChangeBadgeRole:
        return ChangeText::badge(change->kind);
    case ChangeDescriptionRole:
        return changeDescription(row, *change);
    }
    return {};
}

void TrackTreeModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_formatter = TimeFormatter(localeOf(m_language), m_zone, m_dateLength);
    m_timeTexts.clear();
    // Every visible text changes, but not the structure: no reset, so selection
    // and expansion survive a language switch.
    emitAllChanged();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void TrackTreeModel::emitAllChanged()
{
    if (m_tracks.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (int t = 0; t < m_tracks.size(); ++t) {
        const QModelIndex track = index(t, 0);
        const int n = rowCount(track);
        if (n > 0)
            emit dataChanged(index(0, 0, track), index(n - 1, ColumnCount - 1, track));
    }
}

QModelIndex TrackTreeModel::indexOfSession(const QString &sessionKey) const
{
    const auto position = m_rowOfSession.constFind(sessionKey);
    if (position == m_rowOfSession.constEnd())
        return {};
    return createIndex(position->second, 0, quintptr(position->first + 1));
}

QModelIndex TrackTreeModel::indexOfTrack(const QString &trackKey) const
{
    for (int t = 0; t < m_tracks.size(); ++t) {
        if (m_tracks.at(t).track.key == trackKey)
            return index(t, 0);
    }
    return {};
}

LocalizedText TrackTreeModel::trackName(const QString &trackKey) const
{
    for (const TrackNode &node : m_tracks) {
        if (node.track.key == trackKey)
            return node.track.name;
    }
    return {};
}

QList<Track> TrackTreeModel::tracks() const
{
    QList<Track> list;
    for (const TrackNode &node : m_tracks)
        list.append(node.track);
    return list;
}

QModelIndex TrackTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, trackRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TrackTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == trackRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, trackRowId);
}

int TrackTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tracks.size());
    if (parent.column() != 0 || parent.internalId() != trackRowId)
        return 0;
    return int(m_tracks.at(parent.row()).sessions.size());
}

int TrackTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TrackTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == trackRowId)
        return trackData(m_tracks.at(index.row()), index.column(), role);
    const TrackNode &node = m_tracks.at(int(index.internalId() - 1));
    return sessionData(node.sessions.at(index.row()), index.column(), role);
}

Qt::ItemFlags TrackTreeModel::rowFlags(bool session)
{
    // QTreeView::expandAll() records as expanded every row not flagged as never
    // having children, a persistent index each: 100,000 of them made each filter
    // change take minutes.
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return session ? flags | Qt::ItemNeverHasChildren : flags;
}

Qt::ItemFlags TrackTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    return rowFlags(index.internalId() != trackRowId);
}

QVariant TrackTreeModel::trackData(const TrackNode &node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column != TitleColumn)
            return {};
        if (node.bookmarked == 0)
            return tr("%1 (%n session(s))", "track name, then how many sessions it holds",
                int(node.sessions.size()))
                .arg(node.track.name.text(m_language));
        return tr("%1 (%2, %3 bookmarked)", "track name, sessions, bookmarked sessions")
            .arg(node.track.name.text(m_language),
                tr("%n session(s)", "", int(node.sessions.size())))
            .arg(node.bookmarked);
    case SortRole:
        // Tracks stay in order of name while their sessions are sorted by any column.
        return node.track.name.text(m_language);
    case TrackKeyRole:
        return node.track.key;
    case IsTrackRole:
        return true;
    case SessionKeyRole:
        return QString();
    default:
        return {};
    }
}

QString TrackTreeModel::filteredTrackTitle(int trackRow, int shown) const
{
    const TrackNode &node = m_tracks.at(trackRow);
    return tr("%1 (%2 of %n session(s))",
        "track name, then how many of its sessions the search shows, of how many",
        int(node.sessions.size()))
        .arg(node.track.name.text(m_language))
        .arg(shown);
}

QVariant TrackTreeModel::sessionData(const SessionRow &row, int column, int role) const
{
    // A delegate asks for about seven roles per cell painted, most of them
    // answered by none: the bookmark is looked up only where it shows.
    const auto bookmarked = [this, &row] { return m_bookmarks.contains(row.key); };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return row.title.text(m_language);
        case BookmarkColumn:
            return bookmarked() ? QStringLiteral("★") : QStringLiteral("☆");
        case CodeColumn:
            return row.code;
        case TimeColumn:
            return timeText(row.time);
        case RoomColumn:
            return row.room;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == BookmarkColumn)
            return bookmarked() ? tr("Bookmarked (Ctrl+D to remove)")
                                : tr("Not bookmarked (Ctrl+D to add)");
        if (column == RoomColumn)
            return row.room;
        if (column != TitleColumn)
            return {};
        // The whole title, and as the programme wrote it in the other language;
        // what changed since the user last looked, on a line of its own.
        if (role == Qt::ToolTipRole) {
            const QString shown = row.title.text(m_language);
            const QString other = m_language == Language::Chinese ? row.title.en : row.title.zh;
            QString tip = other.isEmpty() || other == shown ? shown : shown + u'\n' + other;
            if (const SessionChange *change = changeOf(row.key))
                tip += u'\n' + changeDescription(row, *change);
            return tip;
        }
        if (const SessionChange *change = changeOf(row.key))
            return tr("%1 (%2)", "a session's title, then its change since the user last looked")
                .arg(row.title.text(m_language), ChangeText::badge(change->kind));
        return row.title.text(m_language);
    case SortRole:
        return sessionSortKey(row, column);
    case SessionKeyRole:
        return row.key;
    case TrackKeyRole:
        return row.trackKey;
    case IsTrackRole:
        return false;
    case BookmarkedRole:
        return bookmarked();
    case ChangeKindRole:
    case ChangeBadgeRole:
    case ChangeDescriptionRole:
        return changeData(row, role);
    default:
        return {};
    }
}

QString TrackTreeModel::timeText(const SessionTime &time) const
{
    const TimeKey key { time.date.toJulianDay(),
        time.start.isValid() ? time.start.toMSecsSinceEpoch() : -1,
        time.end.isValid() ? time.end.toMSecsSinceEpoch() : -1 };
    if (const QString *text = m_timeTexts.object(key))
        return *text;
    QString text = m_formatter.format(time);
    m_timeTexts.insert(key, new QString(text));
    return text;
}

QVariant TrackTreeModel::sessionSortKey(const SessionRow &row, int column) const
{
    switch (column) {
    case TitleColumn:
        return row.title.text(m_language);
    case BookmarkColumn:
        return m_bookmarks.contains(row.key) ? 0 : 1;
    case CodeColumn:
        return row.code;
    case TimeColumn:
        return chronologicalKey(row.time, m_zone);
    case RoomColumn:
        return row.room.isEmpty() ? QVariant() : QVariant(row.room); // no room: last
    }
    return {};
}

QVariant TrackTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == BookmarkColumn)
        return tr("Bookmarked");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Session");
    case BookmarkColumn:
        return QStringLiteral("★");
    case CodeColumn:
        return tr("Code", "the conference's session code, such as S74495");
    case TimeColumn:
        return tr("When");
    case RoomColumn:
        return tr("Room");
    }
    return {};
}

} // namespace planner
