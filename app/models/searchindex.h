#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QHash>
#include <QString>

#include <vector>

namespace planner {

// Answers "does this session match what the user typed?" from texts held in
// memory, case-folded once, so filtering as you type never goes to disk.
// Chinese matches as substrings (量子 finds 量子計算); Latin text ignores case.
//
// Sized for 100,000 sessions: the texts are kept as UTF-8 in one buffer (about
// half the memory of a QString each), and every entry carries a 128-bit set of
// the characters it contains, so a word with a character an entry lacks is
// rejected without reading the entry's text.
class SearchIndex
{
public:
    // The words of one query, prepared once for scanning every entry.
    class Query
    {
    public:
        explicit Query(const QStringList &foldedWords);
        bool isEmpty() const { return m_words.empty(); }

    private:
        friend class SearchIndex;
        struct Word
        {
            QByteArray utf8;
            QByteArrayMatcher matcher;
            quint64 characters[2];
        };
        std::vector<Word> m_words;
    };

    void clear();
    // `content` is the programme's text of the session; `note` the user's note.
    void insert(const QString &sessionKey, const QString &content, const QString &note);
    void setNote(const QString &sessionKey, const QString &note);
    bool isEmpty() const { return m_entries.empty(); }
    // The entry of a session for matches(int, …); -1 when it has none.
    int entryOf(const QString &sessionKey) const { return m_entryOfKey.value(sessionKey, -1); }

    // True when every word (from words()) is found in the session's texts.
    bool matches(const QString &sessionKey, const QStringList &foldedWords) const;
    bool matches(int entry, const Query &query) const;
    // The query as typed, case-folded and split at white space.
    static QStringList words(const QString &query);

    // For typing on: where the entry's content contains the query's first word
    // (a byte offset), inNote when only the note does, notFound when neither;
    // and whether its content has that word at a given offset, which is where a
    // longer word typed on from a shorter one is usually found again.
    static constexpr int inNote = -1;
    static constexpr int notFound = -2;
    int find(int entry, const Query &query) const;
    bool hasAt(int entry, const Query &query, int offset) const;

private:
    struct Text
    {
        qsizetype offset = 0; // into m_contents, or the note's own bytes
        qsizetype size = 0;
        quint64 characters[2] = { 0, 0 };
    };
    struct Entry
    {
        Text content;
        Text note;
        QByteArray noteBytes; // notes change while the index lives; contents do not
    };
    static void addCharacters(const QString &folded, quint64 *characters);
    // Appends the case-folded UTF-8 of `text` and adds its characters to the set.
    static void appendFolded(const QString &text, QByteArray &utf8, quint64 *characters);
    static bool contains(const char *data, const Text &text, const Query::Word &word);

    QByteArray m_contents; // every entry's folded content, back to back
    std::vector<Entry> m_entries;
    QHash<QString, int> m_entryOfKey;
};

} // namespace planner
