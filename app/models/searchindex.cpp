#include "searchindex.h"

#include <QStringList>

namespace planner {

void SearchIndex::clear()
{
    m_entries.clear();
}

void SearchIndex::insert(const QString &sessionKey, const QString &content, const QString &note)
{
    m_entries.insert(sessionKey, { content.toCaseFolded(), note.toCaseFolded() });
}

void SearchIndex::setNote(const QString &sessionKey, const QString &note)
{
    const auto it = m_entries.find(sessionKey);
    if (it != m_entries.end())
        it->note = note.toCaseFolded();
}

QStringList SearchIndex::words(const QString &query)
{
    // Any white space separates words, the ideographic space of full-width
    // Chinese input included.
    QStringList words;
    QString word;
    for (const QChar c : query.toCaseFolded()) {
        if (!c.isSpace()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

bool SearchIndex::matches(const QString &sessionKey, const QStringList &foldedWords) const
{
    const auto it = m_entries.constFind(sessionKey);
    if (it == m_entries.constEnd())
        return false;
    for (const QString &word : foldedWords) {
        if (!it->content.contains(word) && !it->note.contains(word))
            return false;
    }
    return true;
}

} // namespace planner
