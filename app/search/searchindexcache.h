#pragma once

#include "searchindex.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace planner {

class SearchGrams;

// A large programme's search index (its folded texts and their grams, not the
// notes) kept in a file between starts, so that the first keystrokes after a
// start find it ready: read from the database and built, a large index takes both
// cores for a noticeable moment while the window is being built and shown.
//
// The file says which import of the programme it holds
// (SearchTextQuery::programmeStamp); one of another import is never read, and
// the next index read from the database replaces it. It lives in the user's
// cache folder, one per conference key, and is machine-local: the arrays are
// written as they lie in memory.
class SearchIndexCache
{
public:
    // Programmes from this many sessions are kept; smaller ones are read from
    // the database about as fast.
    static constexpr int keptFrom = 20000;

    explicit SearchIndexCache(
        const QString &conferenceKey, const QString &folder = defaultFolder());
    static QString defaultFolder();
    QString filePath() const { return m_path; }

    struct Kept
    {
        std::unique_ptr<SearchIndex> index; // with the notes when loaded
        std::shared_ptr<const SearchGrams> grams;
    };
    // What the file holds for the import `stamp`; nothing when there is no
    // file, or it is of another import, of another version, or damaged.
    Kept read(const QByteArray &stamp) const;
    // The same for the programme stored now in the database at `path`, through
    // a connection of its own, with the user's notes from there.
    Kept load(const QString &databasePath) const;
    // Replaces the file, whole, with the index (SearchIndex::stored()) and
    // grams of the import `stamp`.
    bool write(
        const QByteArray &stamp, const SearchIndex::Stored &index, const SearchGrams &grams) const;
    // For a conference deleted: its file would never be read again.
    void remove() const;

private:
    QString m_conferenceKey;
    QString m_path;
};

} // namespace planner
