#include "daygridmodel.h"

#include "changetext.h"
#include "programmestore.h"
#include "tracktreemodel.h"

#include <QCollator>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace planner {

namespace {

// A session without an end is shown as a quarter of an hour: long enough to
// read its title, and no programme gives shorter talks without saying so.
constexpr int minutesWithoutEnd = 15;

} // namespace

DayGridModel::DayGridModel(
    const TrackTreeModel &sessions, const ProgrammeStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_sessions(sessions)
    , m_store(store)
    , m_roomCollator(QLocale(QLocale::English, QLocale::UnitedStates))
{
    // A new conference, a reload, a language: the day is built again. A bookmark
    // changes one row of the tree and only the marks here.
    // English collation: numbers in names compare as numbers with it, whatever
    // the locale the program runs in (the C locale's does not).
    m_roomCollator.setNumericMode(true);
    connect(&m_sessions, &QAbstractItemModel::modelReset, this, [this] {
        m_roomKeys.clear(); // another programme's rooms
        reload();
    });
    connect(&m_sessions, &QAbstractItemModel::dataChanged, this, &DayGridModel::refreshBookmarks);
    // Badges come and go without a bookmark changing: the blocks are painted again.
    connect(&m_sessions, &TrackTreeModel::changeMarksChanged, this, [this] {
        if (!m_blocks.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1));
    });
}

QList<QDate> DayGridModel::days() const
{
    return m_sessions.days();
}

void DayGridModel::setDay(const QDate &day)
{
    m_day = day;
    reload();
}

void DayGridModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    reload();
}

double DayGridModel::minuteOf(const QDateTime &moment) const
{
    return m_midnight.msecsTo(moment) / 60000.0;
}

QDateTime DayGridModel::timeAtMinute(int minute) const
{
    return m_midnight.addSecs(qint64(minute) * 60);
}

int DayGridModel::rowOfSession(const QString &sessionKey) const
{
    const QModelIndex session = m_sessions.indexOfSession(sessionKey);
    if (!session.isValid())
        return -1;
    return m_rowOfPlace.value(placeOf(session.parent().row(), session.row()), -1);
}

const QCollatorSortKey &DayGridModel::roomSortKey(const QString &room)
{
    auto found = m_roomKeys.constFind(room);
    if (found == m_roomKeys.constEnd())
        found = m_roomKeys.insert(room, m_roomCollator.sortKey(room));
    return *found;
}

QString DayGridModel::sessionKeyAt(int row) const
{
    const Block &block = m_blocks.at(row);
    return m_sessions.sessionAt(block.trackRow, block.sessionRow).key;
}

void DayGridModel::reload()
{
    beginResetModel();
    m_blocks.clear();
    m_rowOfPlace.clear();
    m_rooms.clear();
    m_speakers.clear();
    const QList<QDate> days = m_sessions.days();
    if (!days.contains(m_day))
        m_day = days.value(0);
    m_midnight = QDateTime(m_day, QTime(0, 0), m_zone.isValid() ? m_zone : QTimeZone::utc());
    const qint64 midnightMs = m_midnight.toMSecsSinceEpoch();

    struct Found
    {
        int trackRow, sessionRow;
        QString room;
    };
    QList<Found> found;
    QSet<QString> rooms;
    bool roomless = false;
    const QList<Track> tracks = m_sessions.tracks();
    for (int t = 0; t < tracks.size(); ++t) {
        const int count = m_sessions.rowCount(m_sessions.indexAt(t, -1, 0));
        for (int s = 0; s < count; ++s) {
            const SessionRow &row = m_sessions.sessionAt(t, s);
            if (row.time.date != m_day || row.time.kind() != SessionTime::Kind::Timed)
                continue;
            found.append({ t, s, row.room });
            if (row.room.isEmpty())
                roomless = true;
            else
                rooms.insert(row.room);
        }
    }
    // A day of a large programme has a thousand rooms: each room's collation key
    // is made once per programme, not at each comparison of each day.
    m_rooms = QStringList(rooms.cbegin(), rooms.cend());
    QList<std::pair<QCollatorSortKey, QString>> keyed;
    keyed.reserve(m_rooms.size());
    for (const QString &room : std::as_const(m_rooms))
        keyed.append({ roomSortKey(room), room });
    std::sort(keyed.begin(), keyed.end(),
        [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        m_rooms[i] = keyed.at(i).second;
    if (roomless)
        m_rooms.append(QString()); // the view names it
    QHash<QString, int> columnOfRoom;
    for (int i = 0; i < m_rooms.size(); ++i)
        columnOfRoom.insert(m_rooms.at(i), i);

    m_blocks.reserve(found.size());
    for (const Found &each : std::as_const(found)) {
        const SessionRow &row = m_sessions.sessionAt(each.trackRow, each.sessionRow);
        Block block;
        block.trackRow = each.trackRow;
        block.sessionRow = each.sessionRow;
        block.room = columnOfRoom.value(each.room);
        block.startMinute = int((row.time.start.toMSecsSinceEpoch() - midnightMs) / 60000);
        const int end = row.time.end.isValid()
            ? int((row.time.end.toMSecsSinceEpoch() - midnightMs) / 60000)
            : block.startMinute + minutesWithoutEnd;
        block.endMinute = std::max(end, block.startMinute + 1);
        block.bookmarked = m_sessions.isBookmarked(row.key);
        m_blocks.append(block);
    }
    std::stable_sort(m_blocks.begin(), m_blocks.end(), [](const Block &a, const Block &b) {
        return a.startMinute != b.startMinute ? a.startMinute < b.startMinute : a.room < b.room;
    });
    m_firstMinute = m_blocks.isEmpty() ? 9 * 60 : m_blocks.first().startMinute;
    m_lastMinute = m_firstMinute + 60;
    m_rowOfPlace.reserve(m_blocks.size());
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &block = m_blocks.at(i);
        m_rowOfPlace.insert(placeOf(block.trackRow, block.sessionRow), i);
        m_lastMinute = std::max(m_lastMinute, block.endMinute);
    }
    markClashes();
    endResetModel();
}

void DayGridModel::refreshBookmarks(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // A track's own row holds no session: only sessions are blocks. Only the
    // blocks of the rows that changed are looked up: a day of a large programme
    // has tens of thousands, and a bookmark toggled changes one.
    const QModelIndex track = topLeft.parent();
    if (!track.isValid() || bottomRight.parent() != track)
        return;
    bool changed = false;
    for (Block &block : m_blocks) {
        if (block.trackRow != track.row() || block.sessionRow < topLeft.row()
            || block.sessionRow > bottomRight.row())
            continue;
        const bool bookmarked
            = m_sessions.isBookmarked(m_sessions.sessionAt(block.trackRow, block.sessionRow).key);
        changed = changed || bookmarked != block.bookmarked;
        block.bookmarked = bookmarked;
    }
    if (!changed)
        return;
    markClashes();
    if (!m_blocks.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void DayGridModel::markClashes()
{
    // The blocks are by start: a bookmarked block clashes with any later
    // bookmarked one that starts before it ends.
    QList<int> bookmarked;
    for (int i = 0; i < m_blocks.size(); ++i) {
        m_blocks[i].clash = false;
        if (m_blocks.at(i).bookmarked)
            bookmarked.append(i);
    }
    for (int a = 0; a < bookmarked.size(); ++a) {
        Block &first = m_blocks[bookmarked.at(a)];
        for (int b = a + 1; b < bookmarked.size(); ++b) {
            Block &second = m_blocks[bookmarked.at(b)];
            if (second.startMinute >= first.endMinute)
                break;
            first.clash = second.clash = true;
        }
    }
}

void DayGridModel::prepareSpeakers(const QList<int> &rows) const
{
    QStringList keys;
    for (const int row : rows) {
        const Block &block = m_blocks.at(row);
        const QString &key = m_sessions.sessionAt(block.trackRow, block.sessionRow).key;
        if (!m_speakers.contains(key))
            keys.append(key);
    }
    if (keys.isEmpty())
        return;
    const QHash<QString, QStringList> read = m_store.speakers(m_sessions.conference(), keys);
    for (const QString &key : std::as_const(keys))
        m_speakers.insert(key, read.value(key).join(QStringLiteral(", ")));
}

int DayGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

QVariant DayGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_blocks.size())
        return {};
    const Block &block = m_blocks.at(index.row());
    const SessionRow &row = m_sessions.sessionAt(block.trackRow, block.sessionRow);
    const SessionChange *change = m_sessions.changeOf(row.key);
    switch (role) {
    case Qt::DisplayRole:
        return m_sessions.data(m_sessions.indexAt(block.trackRow, block.sessionRow,
                                   TrackTreeModel::TitleColumn),
            Qt::DisplayRole);
    case Qt::ToolTipRole: {
        const QString title = data(index, Qt::DisplayRole).toString();
        return change ? title + u'\n' + m_sessions.changeDescription(row, *change) : title;
    }
    case ChangeKindRole:
        return change ? QVariant(int(change->kind)) : QVariant();
    case ChangeBadgeRole:
        return change ? QVariant(ChangeText::badge(change->kind)) : QVariant();
    case Qt::AccessibleTextRole: {
        // What a screen reader says of a block: the title, then when and where.
        const QString time = m_sessions
                                 .data(m_sessions.indexAt(block.trackRow, block.sessionRow,
                                           TrackTreeModel::TimeColumn),
                                     Qt::DisplayRole)
                                 .toString();
        QStringList parts { data(index, Qt::DisplayRole).toString(), time };
        if (!row.room.isEmpty())
            parts.append(row.room);
        if (block.bookmarked)
            parts.append(block.clash ? tr("bookmarked, clashes with another bookmark")
                                     : tr("bookmarked"));
        if (change)
            parts.append(m_sessions.changeDescription(row, *change));
        return parts.join(QStringLiteral(", "));
    }
    case SessionKeyRole:
        return row.key;
    case StartRole:
        return row.time.start;
    case EndRole:
        return row.time.end;
    case RoomRole:
        return row.room;
    case TrackKeyRole:
        return row.trackKey;
    case TrackNameRole:
        return m_sessions.trackName(row.trackKey).text(m_sessions.language());
    case SpeakersRole: {
        // Read when first shown: a day of a large programme has thousands of
        // sessions, and a screen shows a few dozen.
        auto found = m_speakers.constFind(row.key);
        if (found == m_speakers.constEnd())
            found = m_speakers.insert(row.key,
                m_store.speakers(m_sessions.conference(), row.key).join(QStringLiteral(", ")));
        return *found;
    }
    case BookmarkedRole:
        return block.bookmarked;
    case ClashRole:
        return block.clash;
    case TrackColourRole:
        // Tracks apart by hue, a golden angle from one to the next, so that
        // neighbours in the programme never look alike.
        return QColor::fromHsl((block.trackRow * 137) % 360, 140, 215);
    default:
        return {};
    }
}

Qt::ItemFlags DayGridModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace planner
