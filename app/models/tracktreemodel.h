#pragma once

#include "language.h"
#include "sessionrow.h"
#include "timeformatter.h"
#include "track.h"

#include <QAbstractItemModel>
#include <QCache>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace planner {

class ProgrammeStore;
class UnseenChanges;
class UserDataService;
struct SessionChange;

// The programme as a two-level tree: tracks, then their sessions, in programme
// order (ProgrammeFilterModel sorts them), with the user's bookmarks. Holds only what rows show (SessionRow), never
// whole sessions, so it stays small for very large programmes.
class TrackTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, BookmarkColumn, CodeColumn, TimeColumn, RoomColumn, ColumnCount };
    enum Role {
        SessionKeyRole = Qt::UserRole + 1, // empty on track rows
        TrackKeyRole,
        IsTrackRole,
        BookmarkedRole,
        SortRole, // what the column sorts by: times chronologically, unscheduled last;
                  // a track's name, whatever the column
        // A change since the user last looked (UnseenChanges), on session rows:
        ChangeKindRole, // SessionChange::Kind as an int; nothing when none
        ChangeBadgeRole, // its word: New, Moved, Changed, Cancelled
        ChangeDescriptionRole, // what it was and is now
    };

    TrackTreeModel(
        const ProgrammeStore &store, UserDataService &userData, QObject *parent = nullptr);

    // Loads `conferenceKey` from the store; a whole reset, as the data set changes.
    void setConference(const QString &conferenceKey);
    QString conference() const { return m_conferenceKey; }
    QTimeZone timeZone() const { return m_zone; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Where the badges of changed sessions come from; none by default.
    void setChanges(const UnseenChanges *changes);
    const SessionChange *changeOf(const QString &sessionKey) const;
    // The change of a session row as ChangeDescriptionRole words it.
    QString changeDescription(const SessionRow &row, const SessionChange &change) const;

    QModelIndex indexOfSession(const QString &sessionKey) const;
    QModelIndex indexOfTrack(const QString &trackKey) const;
    QList<Track> tracks() const;
    LocalizedText trackName(const QString &trackKey) const;
    // Whether any session of the conference has a code, a room: a column no
    // session fills is only in the way.
    bool hasCodes() const { return m_hasCodes; }
    bool hasRooms() const { return !m_rooms.isEmpty(); }
    // The days sessions are listed under, and the rooms, each once and in order.
    QList<QDate> days() const { return m_days; }
    QStringList rooms() const { return m_rooms; }

    // For ProgrammeFilterModel, which tests every row on each keystroke: the rows
    // themselves, without a QVariant per role. Sessions are numbered from 0 in
    // tree order, track after track (their ordinal).
    int sessionCount() const { return m_sessionCount; }
    int ordinalOf(int trackRow, int sessionRow) const
    {
        return m_tracks.at(trackRow).firstOrdinal + sessionRow;
    }
    const SessionRow &sessionAt(int trackRow, int sessionRow) const
    {
        return m_tracks.at(trackRow).sessions.at(sessionRow);
    }
    const QString &trackKeyAt(int trackRow) const { return m_tracks.at(trackRow).track.key; }
    // A track's title while a search or filter shows `shown` of its sessions.
    QString filteredTrackTitle(int trackRow, int shown) const;
    bool isBookmarked(const QString &sessionKey) const { return m_bookmarks.contains(sessionKey); }
    // The index of a row known to exist, without the checks of index(): a
    // session's when `sessionRow` is not negative, else its track's.
    QModelIndex indexAt(int trackRow, int sessionRow, int column) const
    {
        return sessionRow < 0 ? createIndex(trackRow, column, quintptr(0))
                              : createIndex(sessionRow, column, quintptr(trackRow + 1));
    }

    // The flags of a session's row, or of a track's: they depend on the kind of
    // row alone, and a view lays out asks them of every row.
    static Qt::ItemFlags rowFlags(bool session);

signals:
    // Sessions gained or lost their change badges (dataChanged was sent for their rows).
    void changeMarksChanged();

public:

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct TrackNode
    {
        Track track;
        QList<SessionRow> sessions;
        int bookmarked = 0;
        int firstOrdinal = 0;
    };

    void onBookmarkChanged(const QString &conference, const QString &session, bool bookmarked);
    void onSessionSeen(const QString &sessionKey);
    void onChangesReset();
    QVariant changeData(const SessionRow &row, int role) const;
    QVariant trackData(const TrackNode &node, int column, int role) const;
    QVariant sessionData(const SessionRow &row, int column, int role) const;
    QVariant sessionSortKey(const SessionRow &row, int column) const;
    void emitAllChanged();

    const ProgrammeStore &m_store;
    UserDataService &m_userData;
    const UnseenChanges *m_changes = nullptr;
    QStringList m_badged; // the sessions shown with a change, to repaint when that changes
    QString m_conferenceKey;
    QTimeZone m_zone;
    Language m_language = Language::English;
    QList<TrackNode> m_tracks;
    QHash<QString, std::pair<int, int>> m_rowOfSession; // key -> (track row, session row)
    QSet<QString> m_bookmarks;
    int m_sessionCount = 0;
    bool m_hasCodes = false;
    QList<QDate> m_days;
    QStringList m_rooms;

    // The time column's texts by time: every repaint asks for those of the rows
    // shown, and a programme has few distinct slots, each formatted once (by
    // the locale, a tenth of the tree's repaint at each search keystroke).
    struct TimeKey
    {
        qint64 day = 0, start = 0, end = 0;
        friend bool operator==(const TimeKey &a, const TimeKey &b)
        {
            return a.day == b.day && a.start == b.start && a.end == b.end;
        }
        friend size_t qHash(const TimeKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.day, key.start, key.end);
        }
    };
    QString timeText(const SessionTime &time) const;
    TimeFormatter::DateLength m_dateLength = TimeFormatter::DateLength::Short;
    TimeFormatter m_formatter { localeOf(Language::English), QTimeZone::utc() };
    mutable QCache<TimeKey, QString> m_timeTexts { 2000 }; // by m_formatter
};

} // namespace planner
