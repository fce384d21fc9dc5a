#pragma once

#include "searchgrams.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDataStream>
#include <QString>

#include <memory>
#include <vector>

namespace planner {

class Database;

// Answers "does this session match what the user typed?" from texts held in
// memory, case-folded once, so filtering as you type never goes to disk.
// Chinese matches as substrings (量子 finds 量子計算); a Latin word at the start
// of a word (rust finds "Rust", "(rust)" and "rust-lang", never "Trust"),
// ignoring case. Both hold because the texts are kept searchable
// (searchableText()): folded, every sign between words a space, and a space
// before each word that follows a character of a script without spaces; a
// typed Latin word is then looked for with a space before it.
//
// Sized for 100,000 sessions: the texts are kept as UTF-8 in one buffer (about
// half the memory of a QString each), and every entry carries the set of the
// characters it contains (exact for ASCII letters, digits and punctuation, a
// 128-bit hash for the others), so a word with a character an entry lacks is
// rejected without reading the entry's text, and a word of one such character
// is answered by the set alone. Once the grams are built (buildGrams(),
// setGrams()), a word of two bytes or more is looked for only in the contents
// that have all its byte pairs or triples.
class SearchIndex
{
public:
    struct Characters
    {
        quint64 ascii = 0; // a bit per character of "!".."@" and "[".."z", exact
        quint64 other[2] = { 0, 0 }; // hashed: the rest of ASCII and all others
    };

    // The words of one query, prepared once for scanning every entry.
    class Query
    {
    public:
        // Without candidates: every entry's content is read (for a few entries).
        explicit Query(const QStringList &foldedWords);
        bool isEmpty() const { return m_words.empty(); }
        // Whether find() gives the places of the first word, or answers from the
        // character sets or grams alone without reading the texts.
        bool findsPlaces() const
        {
            return !m_words.empty() && !m_words.front().byCharacters
                && !m_words.front().byCandidates;
        }

    private:
        friend class SearchIndex;
        struct Word
        {
            QByteArray utf8;
            Characters characters;
            bool byCharacters = false; // one character the set has exactly
            std::vector<quint64> candidates; // per entry, from the grams; empty: all
            bool byCandidates = false; // the candidates are the contents with the word
        };
        std::vector<Word> m_words;
    };
    // With the candidates of the grams, when they are built: for scanning many entries.
    Query query(const QStringList &foldedWords) const;

    // The index of a conference's sessions, read on two cores through connections
    // of their own to the database at `path`; null when it cannot be read.
    // `stamp`, if given, gets the import the texts are of
    // (SearchTextQuery::programmeStamp), or nothing if one came in between.
    static std::unique_ptr<SearchIndex> load(
        const QString &path, const QString &conferenceKey, QByteArray *stamp = nullptr);
    // The same through an open database, on the calling thread.
    bool read(const Database &database, const QString &conferenceKey);

    void clear();
    // `content` is the programme's text of the session; `note` the user's note.
    void insert(const QString &sessionKey, const QString &content, const QString &note);
    // The same from UTF-8 as the database holds it: the content in parts, each
    // followed by a line break; the note comes with setNote().
    void append(QByteArrayView sessionKey, const QByteArrayView *contentParts, int partCount);
    // The entries of an index read from another part of the sessions, after these.
    void append(SearchIndex &&other);
    void setNote(const QString &sessionKey, const QString &note);
    void setNote(QByteArrayView sessionKey, QByteArrayView note);
    bool isEmpty() const { return m_entries.empty(); }
    int size() const { return int(m_entries.size()); }
    // The entry of a session for matches(int, …); -1 when it has none.
    int entryOf(const QString &sessionKey) const;

    // The contents, for building their grams in another thread (the buffer is
    // shared, not copied), and the grams once built; any insert() drops them.
    QByteArray contents() const { return m_contents; }
    std::vector<SearchGrams::Span> contentSpans() const;
    // Shared: grams do not change once built, and a cache file may be written
    // from them while searches read them.
    void setGrams(std::shared_ptr<const SearchGrams> grams);
    void buildGrams() { setGrams(SearchGrams::build(m_contents, contentSpans())); }
    bool hasGrams() const { return m_grams != nullptr; }
    // The programme's part of the index (its texts, keys and entries, not the
    // notes nor the grams) as a cache file keeps it (SearchIndexCache), taken
    // without a copy of the texts, so that it can be written once the index has
    // been handed over; and the index made from one.
    struct Stored
    {
        struct Entry
        {
            qint64 offset = 0, size = 0; // of the content in `contents`
            quint64 ascii = 0, other[2] = { 0, 0 }; // its Characters
            qint64 keyOffset = 0, keySize = 0;
        };
        QByteArray contents;
        QByteArray keys;
        std::vector<Entry> entries;

        void writeTo(QDataStream &out) const;
        bool readFrom(QDataStream &in);
    };
    Stored stored() const;
    // Null when `stored` does not hold together (a damaged file).
    static std::unique_ptr<SearchIndex> fromStored(Stored &&stored);
    // Bytes held (texts, entries, keys, grams), for the figures.
    qsizetype memoryBytes() const;

    // True when every word (from words()) is found in the session's texts.
    bool matches(const QString &sessionKey, const QStringList &foldedWords) const;
    bool matches(int entry, const Query &query) const;
    // The query as typed, split at white space, each word as searchableText()
    // writes it (but for a single letter, found anywhere); words of signs alone
    // are left out.
    static QStringList words(const QString &query);
    // A text as the index keeps it: case-folded as QString::toCaseFolded(), each
    // character that is no letter, digit or mark a space, a space before a word
    // of a spaced script that starts the text or follows one without spaces
    // ("Rust: 用Rust" is " rust  用 rust").
    static QString searchableText(const QString &text);
    // The same from UTF-8 to UTF-8, the way the index reads the database.
    static QByteArray foldedUtf8(QByteArrayView utf8);

    // For typing on: where the entry's content contains the query's first word
    // (a byte offset); noOffset when it contains it at a place not looked up, or
    // only its note does; notFound when neither has it. `typedOnAt` is where a
    // shorter word the first word was typed on from ("quant" for "quantu") was
    // found, or noOffset: the longer word is there, where it usually is found
    // again, or after it.
    static constexpr int noOffset = -1;
    static constexpr int notFound = -2;
    int find(int entry, const Query &query, int typedOnAt = noOffset) const;
    // Where the entry's content has the query's first word, looked up in the
    // text whatever the grams say; notFound when it has not. Reads nothing that
    // setNote() writes, so another thread may call it meanwhile.
    int findInContent(int entry, const Query &query, int typedOnAt = noOffset) const;
    // Asks the processor for the start of an entry's content, which a scan will
    // read soon: each scan stops at a word and skips sessions, so the texts are
    // not read as one stream the processor would fetch ahead by itself.
    static constexpr int prefetchDistance = 8; // entries ahead: about a microsecond
    void prefetch(int entry) const
    {
#if defined(__GNUC__) || defined(__clang__)
        if (entry < int(m_entries.size()))
            __builtin_prefetch(
                m_contents.constData() + m_entries[std::size_t(entry)].content.offset);
#else
        Q_UNUSED(entry);
#endif
    }

private:
    struct Text
    {
        qsizetype offset = 0; // into m_contents, or the note's own bytes
        qsizetype size = 0;
        Characters characters;
    };
    struct Entry
    {
        Text content;
        Text note;
        QByteArray noteBytes; // notes change while the index lives; contents do not
        qsizetype keyOffset = 0; // into m_keys
        int keySize = 0;
    };
    static void addCharacter(char32_t c, Characters &characters);
    static void addCharacters(const QString &folded, Characters &characters);
    // Appends the case-folded UTF-8 of `text` and adds its characters to the set.
    static void appendFolded(const QString &text, QByteArray &utf8, Characters &characters);
    static void appendFolded(QByteArrayView utf8, QByteArray &out, Characters &characters);
    // Replaces the note of the entry at `index` (none when negative), given as
    // QString or UTF-8.
    template <typename Note> void setNoteAt(int index, const Note &note);
    static bool hasCharacters(const Text &text, const Query::Word &word);
    static bool contains(const char *data, const Text &text, const Query::Word &word);
    bool contentContains(int entry, const Query::Word &word) const;
    int contentIndexOf(int entry, const Query::Word &word, int typedOnAt) const; // -1: not there
    int addEntry(QByteArrayView key);
    int findKey(QByteArrayView key) const;
    void rehash();

    QByteArray m_contents; // every entry's folded content, back to back
    std::vector<Entry> m_entries;
    QByteArray m_keys; // every entry's session key, UTF-8, back to back
    std::vector<int> m_slots; // open addressing over the keys: entry, or -1
    std::shared_ptr<const SearchGrams> m_grams;
};

} // namespace planner
