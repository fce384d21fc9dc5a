#pragma once

#include <QHash>
#include <QString>

namespace planner {

// Answers "does this session match what the user typed?" from texts held in
// memory, case-folded once, so filtering as you type never goes to disk.
// Chinese matches as substrings (量子 finds 量子計算); Latin text ignores case.
class SearchIndex
{
public:
    void clear();
    // `content` is the programme's text of the session; `note` the user's note.
    void insert(const QString &sessionKey, const QString &content, const QString &note);
    void setNote(const QString &sessionKey, const QString &note);
    bool isEmpty() const { return m_entries.isEmpty(); }

    // True when every word (from words()) is found in the session's texts.
    bool matches(const QString &sessionKey, const QStringList &foldedWords) const;
    // The query as typed, case-folded and split at white space.
    static QStringList words(const QString &query);

private:
    struct Entry
    {
        QString content;
        QString note;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace planner
