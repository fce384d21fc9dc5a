#pragma once

#include <QAbstractProxyModel>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace planner {

class Database;
class SessionMatcher;
class TrackTreeModel;
class UserDataService;
struct SessionRow;

// The programme tree as the window shows it: sorted by a column, and filtered
// as the user types (search words across the programme's text and the user's
// notes), to bookmarked sessions only, to one track, one day, one room, and to
// the sessions running in a span of time. A track stays visible while any of its
// sessions does.
//
// Built for 100,000 sessions, over TrackTreeModel only: the rows shown are
// lists of source rows, rebuilt in one pass when a filter changes, so that each
// keystroke costs one walk of the sessions, one layout change and the view's
// layout, and mapping an index either way is a look-up in an array. (A
// QSortFilterProxyModel spent more on its own mappings, at every row the view
// laid out, than the search itself.)
class ProgrammeFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    ProgrammeFilterModel(
        const Database &database, UserDataService &userData, QObject *parent = nullptr);
    ~ProgrammeFilterModel() override;

    // Must be a TrackTreeModel; it changes by resets and dataChanged() alone.
    void setSourceModel(QAbstractItemModel *model) override;
    // Before the tree shows the conference, so that its texts are read meanwhile.
    void setConference(const QString &conferenceKey);
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setBookmarkedOnly(bool only);
    bool bookmarkedOnly() const { return m_bookmarkedOnly; }
    // Only the sessions with a change the user has not seen (TrackTreeModel's
    // ChangeKindRole), as they are when this is turned on or the programme is
    // shown again: a session seen meanwhile stays listed, so that going through
    // the list does not take rows out from under the user.
    void setChangedOnly(bool only);
    bool changedOnly() const { return m_changedOnly; }
    void setTrack(const QString &trackKey); // empty: every track
    QString track() const { return m_trackKey; }
    // The day a session is listed under (SessionTime::date); null: every day.
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    void setRoom(const QString &room); // empty: every room
    QString room() const { return m_room; }
    // Sessions running at some moment of [from, to), or (Within) those that start
    // and end inside it: what fits a gap in the user's day. Null times: any time.
    enum class SpanMatch { Overlapping, Within };
    void setTimeSpan(
        const QDateTime &from, const QDateTime &to, SpanMatch match = SpanMatch::Overlapping);
    QDateTime spanStart() const { return m_spanStart; }
    bool isFiltering() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // A track's title says how many of its sessions a search shows.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // A row of the source by its place, which a layout change keeps.
    struct SourcePlace
    {
        int track = -1;
        int session = -1; // -1: the track's own row
        int column = 0;
    };
    struct ShownTrack
    {
        int sourceRow = 0;
        std::vector<int> sessions; // source rows, in the order shown
        bool operator==(const ShownTrack &other) const
        {
            return sourceRow == other.sourceRow && sessions == other.sessions;
        }
    };

    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onNoteChanged(const QString &conference, const QString &session, const QString &text);
    void searchShownConference();
    // Words or bookmarks filter: sessions are hidden within their tracks, and a
    // track with none left is hidden too (a track chosen alone is shown whole).
    bool narrowsSessions() const;
    // Whether a session passes the day, room and time filters.
    bool passesPlaceAndTime(const SessionRow &row) const;
    void noteChangedSessions();
    // Rebuilds the rows shown (and the order first, when `resort`) as one layout
    // change, carrying the view's persistent indexes over by their source places:
    // one signal for any number of rows hidden or shown, where removing them
    // range by range made the view walk all its rows for each range.
    void relayout(bool resort, LayoutChangeHint hint = NoLayoutChangeHint);
    void rebuildOrder();
    void sortTracks();
    void sortTrackSessions(int track);
    bool updateSortKeys(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void rebuildShown();
    // The rows the filter and the order show now, and making them the rows shown.
    std::vector<ShownTrack> shownRows() const;
    void setShown(std::vector<ShownTrack> shown);
    SourcePlace placeOf(const QModelIndex &proxyIndex) const;
    QModelIndex indexAt(const SourcePlace &place) const;

    SessionMatcher *m_matcher;
    TrackTreeModel *m_tree = nullptr;
    QString m_conferenceKey;
    QString m_searchText;
    QStringList m_words; // case-folded
    bool m_bookmarkedOnly = false;
    bool m_changedOnly = false;
    std::vector<bool> m_changedOrdinals; // while m_changedOnly
    QString m_trackKey;
    QDate m_day;
    QString m_room;
    QDateTime m_spanStart, m_spanEnd;
    SpanMatch m_spanMatch = SpanMatch::Overlapping;
    int m_sortColumn = -1; // -1: programme order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // The order, over every source row: tracks, and each track's sessions.
    std::vector<int> m_trackOrder;
    std::vector<std::vector<int>> m_sessionOrder;
    // What each row sorts by (SortRole of m_sortColumn), per track and per session
    // ordinal, to tell whether a change of data moves it.
    std::vector<QVariant> m_trackSortKeys;
    std::vector<QVariant> m_sessionSortKeys;
    // What is shown, and the way back from the source: a track's row shown, a
    // session's row within its track shown; -1 when hidden.
    std::vector<ShownTrack> m_shown;
    std::vector<int> m_shownRowOfTrack;
    std::vector<int> m_shownRowOfOrdinal;
};

} // namespace planner
