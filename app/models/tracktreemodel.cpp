#include "tracktreemodel.h"

#include "programmestore.h"
#include "timeformatter.h"

#include <QHash>

namespace planner {

namespace {

// Track rows have internal id 0; session rows carry their track's row + 1.
constexpr quintptr trackRowId = 0;

} // namespace

TrackTreeModel::TrackTreeModel(const ProgrammeStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
}

void TrackTreeModel::setConference(const QString &conferenceKey)
{
    beginResetModel();
    m_conferenceKey = conferenceKey;
    m_tracks.clear();
    const std::optional<Conference> conference = m_store.conference(conferenceKey);
    m_zone = conference ? QTimeZone(conference->timeZone.toUtf8()) : QTimeZone();
    QHash<QString, int> rowOfTrack;
    for (const Track &track : m_store.tracks(conferenceKey)) {
        rowOfTrack.insert(track.key, int(m_tracks.size()));
        m_tracks.append({ track, {} });
    }
    for (const SessionRow &row : m_store.sessionRows(conferenceKey)) {
        const auto track = rowOfTrack.constFind(row.trackKey);
        if (!row.removed && track != rowOfTrack.constEnd())
            m_tracks[*track].sessions.append(row);
    }
    endResetModel();
}

void TrackTreeModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    // Every visible text changes, but not the structure: no reset, so selection
    // and expansion survive a language switch.
    if (!m_tracks.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int t = 0; t < m_tracks.size(); ++t) {
            const int n = rowCount(index(t, 0));
            if (n > 0)
                emit dataChanged(
                    index(0, 0, index(t, 0)), index(n - 1, ColumnCount - 1, index(t, 0)));
        }
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex TrackTreeModel::indexOfSession(const QString &sessionKey) const
{
    for (int t = 0; t < m_tracks.size(); ++t) {
        const QList<SessionRow> &sessions = m_tracks.at(t).sessions;
        for (int s = 0; s < sessions.size(); ++s) {
            if (sessions.at(s).key == sessionKey)
                return createIndex(s, 0, quintptr(t + 1));
        }
    }
    return {};
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == trackRowId)
        return trackData(m_tracks.at(index.row()), index.column(), role);
    const TrackNode &node = m_tracks.at(int(index.internalId() - 1));
    return sessionData(node.sessions.at(index.row()), index.column(), role);
}

QVariant TrackTreeModel::trackData(const TrackNode &node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return tr("%1 (%n session(s))", "track name, then how many sessions it holds",
                int(node.sessions.size()))
                .arg(node.track.name.text(m_language));
        return {};
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

QVariant TrackTreeModel::sessionData(const SessionRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return row.title.text(m_language);
        case CodeColumn:
            return row.code;
        case TimeColumn:
            return TimeFormatter(localeOf(m_language), m_zone).format(row.time);
        }
        return {};
    case Qt::ToolTipRole:
        return column == TitleColumn ? row.title.text(m_language) : QVariant();
    case SessionKeyRole:
        return row.key;
    case TrackKeyRole:
        return row.trackKey;
    case IsTrackRole:
        return false;
    default:
        return {};
    }
}

QVariant TrackTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Session");
    case CodeColumn:
        return tr("Code", "the conference's session code, such as S74495");
    case TimeColumn:
        return tr("When");
    }
    return {};
}

} // namespace planner
