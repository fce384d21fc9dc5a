#include "searchindex.h"

#include <QStringList>

#include <cstring>

namespace planner {

namespace {

// One of 128 bits per character: a set small enough to test in two ANDs.
void setCharacterBit(char32_t c, quint64 *characters)
{
    const quint32 bit = (quint32(c) * 2654435761u) >> 25; // 0..127
    characters[bit >> 6] |= quint64(1) << (bit & 63);
}

} // namespace

void SearchIndex::addCharacters(const QString &folded, quint64 *characters)
{
    // Code units, surrogate pairs joined, without a UCS-4 copy of the text.
    const qsizetype size = folded.size();
    const QChar *data = folded.constData();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = data[i].unicode();
        if (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(data[i], data[i + 1]);
            ++i;
        }
        setCharacterBit(c, characters);
    }
}

SearchIndex::Query::Query(const QStringList &foldedWords)
{
    m_words.reserve(foldedWords.size());
    for (const QString &word : foldedWords) {
        Word w { word.toUtf8(), {}, { 0, 0 } };
        w.matcher.setPattern(w.utf8);
        addCharacters(word, w.characters);
        m_words.push_back(std::move(w));
    }
}

void SearchIndex::clear()
{
    m_contents.clear();
    m_entries.clear();
    m_entryOfKey.clear();
}

void SearchIndex::appendFolded(const QString &text, QByteArray &utf8, quint64 *characters)
{
    // As text.toCaseFolded().toUtf8(), which folds character by character, but
    // ASCII (most of a Latin programme) folds to its lower case here, and only the
    // runs of other characters go through Qt's full case folding.
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    qsizetype i = 0;
    while (i < size) {
        qsizetype end = i;
        if (data[i].unicode() < 0x80) {
            while (end < size && data[end].unicode() < 0x80)
                ++end;
            const qsizetype at = utf8.size();
            utf8.resize(at + (end - i));
            char *out = utf8.data() + at;
            for (; i < end; ++i) {
                const char16_t c = data[i].unicode();
                const char lower = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
                *out++ = lower;
                setCharacterBit(char32_t(lower), characters);
            }
            continue;
        }
        while (end < size && data[end].unicode() >= 0x80)
            ++end;
        const QString folded = QStringView(data + i, end - i).toString().toCaseFolded();
        addCharacters(folded, characters);
        utf8 += folded.toUtf8();
        i = end;
    }
}

void SearchIndex::insert(const QString &sessionKey, const QString &content, const QString &note)
{
    Entry entry;
    entry.content.offset = m_contents.size();
    appendFolded(content, m_contents, entry.content.characters);
    entry.content.size = m_contents.size() - entry.content.offset;
    const auto it = m_entryOfKey.constFind(sessionKey);
    const int index = it == m_entryOfKey.constEnd() ? int(m_entries.size()) : *it;
    if (index == int(m_entries.size())) {
        m_entries.push_back(std::move(entry));
        m_entryOfKey.insert(sessionKey, index);
    } else {
        m_entries[index] = std::move(entry);
    }
    setNote(sessionKey, note);
}

void SearchIndex::setNote(const QString &sessionKey, const QString &note)
{
    const int index = entryOf(sessionKey);
    if (index < 0)
        return;
    Entry &entry = m_entries[index];
    entry.noteBytes.clear();
    entry.note = Text {};
    appendFolded(note, entry.noteBytes, entry.note.characters);
    entry.note.size = entry.noteBytes.size();
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

bool SearchIndex::contains(const char *data, const Text &text, const Query::Word &word)
{
    // A character of the word missing from the text: no need to look.
    if ((text.characters[0] & word.characters[0]) != word.characters[0]
        || (text.characters[1] & word.characters[1]) != word.characters[1])
        return false;
#ifdef __GLIBC__
    // glibc's memmem hashes short needles and scans with SIMD: several times
    // faster than QByteArrayMatcher on the texts of a large programme.
    return memmem(data + text.offset, size_t(text.size), word.utf8.constData(),
               size_t(word.utf8.size()))
        != nullptr;
#else
    return word.matcher.indexIn(data + text.offset, text.size) >= 0;
#endif
}

bool SearchIndex::matches(int index, const Query &query) const
{
    if (index < 0 || index >= int(m_entries.size()))
        return false;
    const Entry &entry = m_entries[index];
    for (const Query::Word &word : query.m_words) {
        // UTF-8 is self-synchronising: a byte match is a match of whole characters.
        if (!contains(m_contents.constData(), entry.content, word)
            && !contains(entry.noteBytes.constData(), entry.note, word))
            return false;
    }
    return true;
}

int SearchIndex::find(int index, const Query &query) const
{
    if (index < 0 || index >= int(m_entries.size()) || query.m_words.empty())
        return notFound;
    const Entry &entry = m_entries[index];
    const Query::Word &word = query.m_words.front();
    const Text &text = entry.content;
    if ((text.characters[0] & word.characters[0]) == word.characters[0]
        && (text.characters[1] & word.characters[1]) == word.characters[1]) {
        const char *data = m_contents.constData() + text.offset;
#ifdef __GLIBC__
        const void *found
            = memmem(data, size_t(text.size), word.utf8.constData(), size_t(word.utf8.size()));
        if (found)
            return int(static_cast<const char *>(found) - data);
#else
        const qsizetype at = word.matcher.indexIn(data, text.size);
        if (at >= 0)
            return int(at);
#endif
    }
    return contains(entry.noteBytes.constData(), entry.note, word) ? inNote : notFound;
}

bool SearchIndex::hasAt(int index, const Query &query, int offset) const
{
    if (index < 0 || index >= int(m_entries.size()) || query.m_words.empty() || offset < 0)
        return false;
    const Text &text = m_entries[index].content;
    const QByteArray &word = query.m_words.front().utf8;
    return offset + word.size() <= text.size
        && std::memcmp(
               m_contents.constData() + text.offset + offset, word.constData(), size_t(word.size()))
        == 0;
}

bool SearchIndex::matches(const QString &sessionKey, const QStringList &foldedWords) const
{
    return matches(entryOf(sessionKey), Query(foldedWords));
}

} // namespace planner
