#pragma once

#include "searchindex.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <future>
#include <memory>
#include <vector>

namespace planner {

class Database;
class TrackTreeModel;
class UserDataService;

// Sorts the programme tree and filters it as the user types: by search words
// (across the programme's text and the user's notes), bookmarked sessions only,
// and one track. A track stays visible while any of its sessions does.
//
// Built for 100,000 sessions: each keystroke matches every session once, in one
// pass over the search index, and filterAcceptsRow() only reads the result; the
// index is read in a worker thread while the window opens.
class ProgrammeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    ProgrammeFilterModel(
        const Database &database, UserDataService &userData, QObject *parent = nullptr);
    ~ProgrammeFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override;
    void setConference(const QString &conferenceKey);
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setBookmarkedOnly(bool only);
    bool bookmarkedOnly() const { return m_bookmarkedOnly; }
    void setTrack(const QString &trackKey); // empty: every track
    QString track() const { return m_trackKey; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void onNoteChanged(const QString &conference, const QString &session, const QString &text);
    void onBookmarkChanged(const QString &conference);
    void startIndexLoad();
    void ensureIndex();
    void startGrams();
    void adoptGrams();
    struct RecentMatches;
    void updateEntryTable();
    void updateMatches();
    void scanMatches(const RecentMatches *base);
    void forgetMatches();
    bool acceptsByRoles(int sourceRow, const QModelIndex &sourceParent) const;

    const Database &m_database;
    const TrackTreeModel *m_tree = nullptr; // the source, when it is the programme tree
    QString m_conferenceKey;
    QString m_searchText;
    QStringList m_words; // case-folded
    bool m_bookmarkedOnly = false;
    QString m_trackKey;
    SearchIndex m_index;
    bool m_indexLoaded = false;
    std::future<std::unique_ptr<SearchIndex>> m_pendingIndex;
    std::future<std::unique_ptr<SearchGrams>> m_pendingGrams; // built after the index
    int m_loadGeneration = 0; // which conference a worker's result belongs to
    QHash<QString, QString> m_notesWhileLoading; // saved after the worker read them
    // Per session ordinal (TrackTreeModel::ordinalOf): its index entry, and
    // whether it matches m_words. Empty when the source is not a TrackTreeModel.
    std::vector<int> m_entryOfOrdinal;
    std::vector<char> m_matches;
    std::vector<int> m_offsets; // per ordinal: where the last word was found
    // The matches of the last few queries, newest first: Backspace goes back to
    // one of them, and typing on starts from the closest one it narrows.
    struct RecentMatches
    {
        QStringList words;
        std::vector<char> matches;
        std::vector<int> offsets; // where the last word was found (SearchIndex::find)
    };
    std::vector<RecentMatches> m_recent;
};

} // namespace planner
