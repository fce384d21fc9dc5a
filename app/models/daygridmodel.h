#pragma once

#include <QAbstractListModel>
#include <QCollator>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace planner {

class ProgrammeStore;
class TrackTreeModel;

// One day of the programme as blocks on a grid of time × rooms: the timed
// sessions listed under that day, each with its room's column and its minutes
// from the day's midnight in the zone shown. The sessions themselves are the
// programme tree's (TrackTreeModel): titles follow its language, bookmarks its
// state; only the speakers are read here, as the view shows them.
class DayGridModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SessionKeyRole = Qt::UserRole + 1,
        StartRole, // QDateTime
        EndRole,
        RoomRole,
        TrackKeyRole,
        TrackNameRole,
        SpeakersRole, // one line, comma-separated
        BookmarkedRole,
        ClashRole, // bookmarked, and overlapping another bookmarked session
        TrackColourRole,
        ChangeKindRole, // as TrackTreeModel's: a change since the user last looked
        ChangeBadgeRole,
    };

    // What the view needs to place and paint a block, without a QVariant per role.
    struct Block
    {
        int trackRow = 0; // the session in the tree model
        int sessionRow = 0;
        int room = 0; // in rooms()
        int startMinute = 0; // from the day's midnight, in the zone shown
        int endMinute = 0; // at least startMinute + 1
        bool bookmarked = false;
        bool clash = false;
    };

    DayGridModel(const TrackTreeModel &sessions, const ProgrammeStore &store,
        QObject *parent = nullptr);

    QList<QDate> days() const;
    QDate day() const { return m_day; }
    // Shows `day`'s sessions; an invalid or absent day shows the first.
    void setDay(const QDate &day);
    // The zone minutes and the current-time line are counted in: the
    // conference's, or the user's own.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    // The rooms that have sessions on the day, in natural order ("Room 2"
    // before "Room 10"); sessions without a room share one column, last.
    QStringList rooms() const { return m_rooms; }
    const Block &blockAt(int row) const { return m_blocks.at(row); }
    // The day's span in minutes from its midnight: from the first start to the
    // last end (past 24 hours for a night that runs late).
    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }
    // `moment` in minutes from the day's midnight (may be outside the day's span).
    double minuteOf(const QDateTime &moment) const;
    QDateTime timeAtMinute(int minute) const;
    int rowOfSession(const QString &sessionKey) const;
    QString sessionKeyAt(int row) const;

    // Reads the speakers of `rows` at once, ahead of data(SpeakersRole) for each:
    // the blocks about to be painted, in one query rather than one each.
    void prepareSpeakers(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void reload();
    // The bookmarks of the blocks of `topLeft`..`bottomRight`, rows of one track's
    // sessions in the programme tree.
    void refreshBookmarks(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void markClashes();
    const QCollatorSortKey &roomSortKey(const QString &room);
    static quint64 placeOf(int trackRow, int sessionRow)
    {
        return quint64(quint32(trackRow)) << 32 | quint32(sessionRow);
    }

    const TrackTreeModel &m_sessions;
    const ProgrammeStore &m_store;
    QDate m_day;
    QTimeZone m_zone = QTimeZone::utc();
    QDateTime m_midnight; // of m_day, in m_zone
    QStringList m_rooms;
    QList<Block> m_blocks; // by start, then room
    QHash<quint64, int> m_rowOfPlace; // placeOf() a session in the tree -> row
    QCollator m_roomCollator;
    QHash<QString, QCollatorSortKey> m_roomKeys; // of the programme's rooms, as days show them
    mutable QHash<QString, QString> m_speakers; // by session key, as the view asks
    int m_firstMinute = 0;
    int m_lastMinute = 0;
};

} // namespace planner
