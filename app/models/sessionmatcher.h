#pragma once

#include "searchindex.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <future>
#include <memory>
#include <vector>

namespace planner {

class Database;
class TrackTreeModel;

// Which sessions of the programme tree contain every word the user typed, asked
// by session ordinal (TrackTreeModel::ordinalOf), for the filter to read.
//
// Built for 100,000 sessions: the search index is read by a worker as soon as a
// conference is shown (from SearchIndexCache's file when it kept this import of
// the programme), its grams built right after it, and each query is matched
// once against every session; the matches of the last few queries are kept, so
// that typing on looks only at what a shorter query matched and Backspace looks
// at nothing.
class SessionMatcher : public QObject
{
    Q_OBJECT

public:
    explicit SessionMatcher(const Database &database, QObject *parent = nullptr);
    ~SessionMatcher() override;

    // The sessions to match; their rows must not change without treeReset().
    void setTree(const TrackTreeModel *tree);
    void treeReset();
    // Starts reading the conference's search texts in the background; a search
    // before they arrive waits for them. May come before the tree's reset.
    void setConference(const QString &conferenceKey);

    // Matches every session against `foldedWords` (SearchIndex::words()); none
    // match nothing: the matches are dropped.
    void search(const QStringList &foldedWords);
    bool hasMatches() const { return m_searched; }
    bool matches(int ordinal) const
    {
        const int entry = m_entryOfOrdinal[std::size_t(ordinal)];
        return entry >= 0 && m_matches[std::size_t(entry)] != 0;
    }
    // Those of `rows` (rows of one track's sessions, the first of which has
    // `firstOrdinal`) that match, appended to `out` in their order: matches()
    // for every session of the programme at each keystroke, in a loop that
    // keeps its arrays in registers.
    void appendMatching(
        int firstOrdinal, const std::vector<int> &rows, std::vector<int> &out) const;
    // A session's note changed: true when that changed whether it matches.
    bool noteChanged(const QString &sessionKey, const QString &note);

private:
    struct RecentMatches
    {
        QStringList words;
        std::vector<char> matches; // per entry, as m_matches
        std::vector<int> offsets; // where the last word was found (SearchIndex::find)
        // Instead of `offsets`, when the last word was answered without its
        // places: them, looked up by a worker while the window shows the matches.
        std::shared_future<std::vector<int>> locating;
        const std::vector<int> &placesOfLastWord() const
        {
            return locating.valid() ? locating.get() : offsets;
        }
    };

    void startIndexLoad();
    void adoptIndex();
    void adoptGrams();
    void ensureIndex();
    void updateEntryTable();
    // Matches every session, narrowing `base`'s matches when given; `places` gets
    // where the last word was found. False when those were not looked up
    // (SearchIndex::Query::findsPlaces).
    bool scanMatches(const RecentMatches *base, std::vector<int> &places);
    // The places of the last word, from those of the shorter word it was typed
    // on from, when `base` is that.
    std::shared_future<std::vector<int>> locateLastWord(const RecentMatches *base) const;
    void forgetMatches();

    const Database &m_database;
    const TrackTreeModel *m_tree = nullptr;
    QString m_conferenceKey;
    QString m_cacheFolder; // where large programmes' indexes are kept (SearchIndexCache)
    QStringList m_words;
    SearchIndex m_index;
    bool m_indexLoaded = false;
    std::future<void> m_loader; // the worker reading the index, then building its grams
    std::future<std::unique_ptr<SearchIndex>> m_pendingIndex;
    std::future<std::shared_ptr<const SearchGrams>> m_pendingGrams;
    int m_loadGeneration = 0; // which conference a worker's result belongs to
    QHash<QString, QString> m_notesWhileLoading; // saved after the worker read them
    // Per session ordinal, its index entry; per entry, whether it matches
    // m_words. Kept by entry, in the order of
    // the texts in memory, so that a scan reads them front to back instead of
    // jumping about 65 MB of text in the tree's order.
    std::vector<int> m_entryOfOrdinal;
    bool m_searched = false;
    std::vector<char> m_matches;
    // The matches of the last few queries, newest first.
    std::vector<RecentMatches> m_recent;
};

} // namespace planner
