#include "nownextmodel.h"

#include "tracktreemodel.h"

#include <QFont>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

constexpr qint64 nextWindowSeconds = 60 * 60; // "starting soon": within the hour

// Whole minutes from `from` to `to`, rounded up: a talk ending in 30 seconds
// has 1 minute left, not 0.
int minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return int(std::ceil(from.msecsTo(to) / 60000.0));
}

} // namespace

NowNextModel::NowNextModel(const TrackTreeModel &sessions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sessions(sessions)
{
    connect(&m_sessions, &QAbstractItemModel::modelReset, this, [this] {
        rebuildTable();
        refresh();
    });
    // A bookmark moves a session to the top of its list; a language retitles it.
    connect(&m_sessions, &QAbstractItemModel::dataChanged, this, &NowNextModel::refresh);
    rebuildTable();
}

void NowNextModel::rebuildTable()
{
    m_places.clear();
    QList<SessionTime> times;
    const int tracks = m_sessions.rowCount();
    for (int t = 0; t < tracks; ++t) {
        const int count = m_sessions.rowCount(m_sessions.indexAt(t, -1, 0));
        for (int s = 0; s < count; ++s) {
            m_places.append({ t, s });
            times.append(m_sessions.sessionAt(t, s).time);
        }
    }
    m_table = TimeTable(times);
}

void NowNextModel::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void NowNextModel::refresh()
{
    beginResetModel();
    m_running.clear();
    m_starting.clear();
    if (m_now.isValid()) {
        m_running = bookmarkedFirst(m_table.runningAt(m_now));
        m_starting = bookmarkedFirst(m_table.startingWithin(m_now, nextWindowSeconds));
    }
    endResetModel();
}

QList<int> NowNextModel::bookmarkedFirst(const QList<int> &positions) const
{
    QList<int> sorted = positions;
    std::stable_partition(sorted.begin(), sorted.end(), [this](int position) {
        const Place &place = m_places.at(position);
        return m_sessions.isBookmarked(m_sessions.sessionAt(place.trackRow, place.sessionRow).key);
    });
    return sorted;
}

QString NowNextModel::nowOrNext(const QDateTime &now) const
{
    const int position = m_table.nowOrNext(now);
    if (position < 0)
        return {};
    const Place &place = m_places.at(position);
    return m_sessions.sessionAt(place.trackRow, place.sessionRow).key;
}

int NowNextModel::positionAt(int row, bool *running) const
{
    // Rows: the "now" heading, the running sessions, the "next" heading, the
    // sessions starting.
    *running = row <= m_running.size();
    if (row == 0)
        return -1;
    if (row <= m_running.size())
        return m_running.at(row - 1);
    row -= int(m_running.size()) + 1;
    if (row == 0)
        return -2;
    return m_starting.at(row - 1);
}

QString NowNextModel::sessionKeyAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    bool running = false;
    const int position = positionAt(row, &running);
    if (position < 0)
        return {};
    const Place &place = m_places.at(position);
    return m_sessions.sessionAt(place.trackRow, place.sessionRow).key;
}

int NowNextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_running.size() + m_starting.size()) + 2;
}

int NowNextModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NowNextModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    bool running = false;
    const int position = positionAt(index.row(), &running);
    if (position < 0) {
        if (role == IsHeadingRole)
            return true;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role != Qt::DisplayRole || index.column() != TitleColumn)
            return {};
        return position == -1 ? tr("Running now (%n)", "", runningCount())
                              : tr("Starting within the hour (%n)", "", startingCount());
    }
    const Place &place = m_places.at(position);
    const SessionRow &row = m_sessions.sessionAt(place.trackRow, place.sessionRow);
    const bool bookmarked = m_sessions.isBookmarked(row.key);
    switch (role) {
    case IsHeadingRole:
        return false;
    case SessionKeyRole:
        return row.key;
    case Qt::ToolTipRole:
        if (index.column() != TitleColumn)
            return {};
        Q_FALLTHROUGH();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            const QString title = m_sessions
                                      .data(m_sessions.indexAt(place.trackRow, place.sessionRow,
                                                TrackTreeModel::TitleColumn))
                                      .toString();
            return bookmarked && role == Qt::DisplayRole ? QStringLiteral("★ ") + title : title;
        }
        case WhenColumn:
            if (!running)
                return tr("in %n min", "minutes until the session starts",
                    minutesBetween(m_now, row.time.start));
            if (!row.time.end.isValid())
                return tr("started %n min ago", "", -minutesBetween(m_now, row.time.start));
            return tr("%n min left", "minutes until the session ends",
                minutesBetween(m_now, row.time.end));
        case RoomColumn:
            return row.room;
        }
        return {};
    case Qt::FontRole:
        if (bookmarked) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags NowNextModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    bool running = false;
    return positionAt(index.row(), &running) < 0 ? Qt::ItemIsEnabled
                                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant NowNextModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Session");
    case WhenColumn:
        return tr("When");
    case RoomColumn:
        return tr("Room");
    }
    return {};
}

} // namespace planner
