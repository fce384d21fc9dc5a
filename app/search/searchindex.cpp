#include "searchindex.h"

#include "bytesearch.h"
#include "database.h"
#include "rawarrays.h"
#include "searchtextquery.h"

#include <QHashFunctions>
#include <QStringList>
#include <QtAlgorithms>

#include <algorithm>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <thread>

namespace planner {

namespace {

// The exact bit of an ASCII character that words are made of (folded: no upper
// case letters), or -1.
int asciiBit(char32_t c)
{
    if (c >= 0x21 && c <= 0x40)
        return int(c - 0x21);
    if (c >= 0x5B && c <= 0x7A)
        return int(c - 0x5B + 32);
    return -1;
}

void addCharacterTo(char32_t c, SearchIndex::Characters &characters)
{
    const int exact = asciiBit(c);
    if (exact >= 0) {
        characters.ascii |= quint64(1) << exact;
        return;
    }
    // One of 128 bits: a set small enough to test in two ANDs.
    const quint32 bit = (quint32(c) * 2654435761u) >> 25; // 0..127
    characters.other[bit >> 6] |= quint64(1) << (bit & 63);
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// Scripts written without spaces between words, whose words are found anywhere
// in a text: 量子 in 量子計算.
bool isUnspacedScript(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Hangul:
    case QChar::Script_Yi:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

// Each character of `text`, surrogate pairs joined, without a UCS-4 copy of it.
template <typename Visit> void forEachCharacter(const QString &text, Visit visit)
{
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = data[i].unicode();
        if (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(data[i], data[i + 1]);
            ++i;
        }
        visit(c);
    }
}

// What a folded character is in the searchable text (see SearchIndex::words()):
// a gap between words (written as a space), a letter or digit of a word, one of a
// script without spaces, or a mark that belongs to the character before it.
enum class Kind : uchar { Gap, Word, Unspaced, Mark };

bool isAsciiWord(uchar c)
{
    return uchar(c - 'a') < 26 || uchar(c - '0') < 10;
}

Kind kindOf(char32_t c)
{
    if (c < 0x80)
        return isAsciiWord(uchar(c)) ? Kind::Word : Kind::Gap;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return Kind::Mark;
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return isUnspacedScript(QChar::script(c)) ? Kind::Unspaced : Kind::Word;
    default:
        return Kind::Gap;
    }
}

char *appendUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    } else {
        *out++ = char(0xF0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3F));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

// The character starting at `p` and its length in bytes; a length of 0 for bytes
// that Qt's UTF-8 decoder would not read as one character (overlong forms,
// surrogates, beyond U+10FFFF, a sequence cut short).
int decodeUtf8(const uchar *p, const uchar *end, char32_t &c)
{
    const uchar b = p[0];
    const qsizetype left = end - p;
    if (b >= 0xC2 && b <= 0xDF && left >= 2 && isContinuation(p[1])) {
        c = (char32_t(b & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    if (b >= 0xE0 && b <= 0xEF && left >= 3 && isContinuation(p[1]) && isContinuation(p[2])
        && !(b == 0xE0 && p[1] < 0xA0) && !(b == 0xED && p[1] >= 0xA0)) {
        c = (char32_t(b & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4 && left >= 4 && isContinuation(p[1]) && isContinuation(p[2])
        && isContinuation(p[3]) && !(b == 0xF0 && p[1] < 0x90) && !(b == 0xF4 && p[1] >= 0x90)) {
        c = (char32_t(b & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12)
            | (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        return 4;
    }
    return 0;
}

// The ASCII characters of a text, noted one byte each while folding (a store per
// byte, no chain of dependent ORs) and added to its set once.
struct AsciiSeen
{
    alignas(16) uchar seen[128] = {};

    void addTo(SearchIndex::Characters &characters) const
    {
        for (int b = 0; b < 128; b += 8) {
            quint64 eight = 0;
            std::memcpy(&eight, seen + b, 8);
            for (int k = 0; eight && k < 8; ++k, eight >>= 8) {
                if (eight & 0xFF)
                    addCharacterTo(char32_t(b + k), characters);
            }
        }
    }
};

// Lower-cases a run of ASCII at `p` into `out`, 16 bytes at a time where SSE2 is
// there, each byte that is no letter or digit written as a space; stops at the
// first byte that is not ASCII. `previous` is the kind of the character before.
void foldAscii(const uchar *&p, const uchar *end, char *&out, AsciiSeen &ascii, Kind &previous)
{
    const auto fold = [](uchar c) {
        const uchar lower = c | (uchar(c - 'A') < 26 ? 0x20 : 0);
        return isAsciiWord(lower) ? lower : uchar(' ');
    };
    if (p < end && previous == Kind::Unspaced && fold(*p) != ' ') {
        *out++ = ' '; // a Latin word right after Chinese starts a word
        ascii.seen[uchar(' ')] = 1;
    }
    const char *start = out;
#ifdef __SSE2__
    const __m128i beforeA = _mm_set1_epi8('A' - 1);
    const __m128i afterZ = _mm_set1_epi8('Z' + 1);
    const __m128i beforeLowerA = _mm_set1_epi8('a' - 1);
    const __m128i afterLowerZ = _mm_set1_epi8('z' + 1);
    const __m128i beforeZero = _mm_set1_epi8('0' - 1);
    const __m128i afterNine = _mm_set1_epi8('9' + 1);
    const __m128i caseBit = _mm_set1_epi8(0x20);
    const __m128i space = _mm_set1_epi8(' ');
    while (end - p >= 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        if (_mm_movemask_epi8(v))
            break; // not all ASCII
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, beforeA), _mm_cmplt_epi8(v, afterZ));
        v = _mm_or_si128(v, _mm_and_si128(upper, caseBit));
        const __m128i word = _mm_or_si128(
            _mm_and_si128(_mm_cmpgt_epi8(v, beforeLowerA), _mm_cmplt_epi8(v, afterLowerZ)),
            _mm_and_si128(_mm_cmpgt_epi8(v, beforeZero), _mm_cmplt_epi8(v, afterNine)));
        v = _mm_or_si128(_mm_and_si128(word, v), _mm_andnot_si128(word, space));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), v);
        for (int k = 0; k < 16; ++k)
            ascii.seen[uchar(out[k])] = 1;
        p += 16;
        out += 16;
    }
#endif
    while (p < end && *p < 0x80) {
        const uchar folded = fold(*p);
        *out++ = char(folded);
        ascii.seen[folded] = 1;
        ++p;
    }
    if (out != start)
        previous = out[-1] == ' ' ? Kind::Gap : Kind::Word;
}

// Appends a folded character that is not ASCII as the searchable text has it.
char *appendSearchable(char32_t folded, char *out, SearchIndex::Characters &characters,
    AsciiSeen &ascii, Kind &previous)
{
    const Kind kind = kindOf(folded);
    if (kind == Kind::Gap) {
        *out++ = ' ';
        ascii.seen[uchar(' ')] = 1;
        previous = Kind::Gap;
        return out;
    }
    if (kind == Kind::Word && previous == Kind::Unspaced) {
        *out++ = ' ';
        ascii.seen[uchar(' ')] = 1;
    }
    addCharacterTo(folded, characters);
    if (kind != Kind::Mark)
        previous = kind;
    return appendUtf8(folded, out);
}

// Folds valid UTF-8 into `out` (room for 3/2 of the input) as the searchable text
// has it; false, with `out` partly written, on bytes that are not.
bool foldValidUtf8(QByteArrayView utf8, char *&out, SearchIndex::Characters &characters,
    AsciiSeen &ascii, Kind &previous)
{
    const auto *p = reinterpret_cast<const uchar *>(utf8.data());
    const uchar *end = p + utf8.size();
    while (p < end) {
        const uchar b = *p;
        if (b < 0x80) {
            foldAscii(p, end, out, ascii, previous);
            continue;
        }
        // U+4000..U+9FFF, ideographs but for the hexagrams at U+4DC0..U+4DFF,
        // have no case and no spaces: the bytes are copied, the bulk of a Chinese
        // programme.
        if (b >= 0xE4 && b <= 0xE9 && end - p >= 3 && isContinuation(p[1])
            && isContinuation(p[2]) && !(b == 0xE4 && p[1] == 0xB7)) {
            addCharacterTo(
                (char32_t(b & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F),
                characters);
            std::memcpy(out, p, 3);
            out += 3;
            p += 3;
            previous = Kind::Unspaced;
            continue;
        }
        char32_t c = 0;
        const int length = decodeUtf8(p, end, c);
        if (length == 0)
            return false;
        // Qt folds character by character, each to one character (checked over
        // all of Unicode by the tests), so QChar's folding is the string's.
        out = appendSearchable(QChar::toCaseFolded(c), out, characters, ascii, previous);
        p += length;
    }
    return true;
}

} // namespace

namespace {

// One part of the sessions of a conference (of `parts`).
bool readPart(
    const Database &database, const QString &conferenceKey, int part, int parts, SearchIndex &index)
{
    return SearchTextQuery(database).visitUtf8(conferenceKey, part, parts,
        [&index](QByteArrayView key, const SearchTextQuery::Utf8Texts &texts) {
            index.append(key, texts.content, SearchTextQuery::Utf8Texts::partCount);
        });
}

} // namespace

std::unique_ptr<SearchIndex> SearchIndex::load(
    const QString &path, const QString &conferenceKey, QByteArray *stamp)
{
    constexpr int parts = 2;
    SearchIndex halves[parts];
    bool read[parts] = { false, false };
    // Each half is read in a transaction of its own: the stamps before and
    // after both tell whether an import came in between.
    QByteArray stamps[parts][2];
    std::vector<std::pair<QByteArray, QByteArray>> notes;
    const auto readHalf = [&](int part) {
        Database database;
        read[part] = database.open(path, Database::Access::ReadOnly).ok();
        const SearchTextQuery query(database);
        if (read[part] && stamp)
            stamps[part][0] = query.programmeStamp(conferenceKey);
        read[part] = read[part] && readPart(database, conferenceKey, part, parts, halves[part]);
        if (read[part] && stamp)
            stamps[part][1] = query.programmeStamp(conferenceKey);
        if (read[part] && part == 0) {
            read[part] = query.visitNotesUtf8(
                conferenceKey, [&notes](QByteArrayView key, QByteArrayView note) {
                    notes.emplace_back(key.toByteArray(), note.toByteArray());
                });
        }
    };
    std::thread second(readHalf, 1);
    readHalf(0);
    second.join();
    if (!read[0] || !read[1])
        return nullptr;
    if (stamp) {
        const QByteArray &first = stamps[0][0];
        const bool same = std::all_of(&stamps[0][0], &stamps[0][0] + 2 * parts,
            [&first](const QByteArray &other) { return other == first; });
        *stamp = same ? first : QByteArray();
    }
    auto index = std::make_unique<SearchIndex>(std::move(halves[0]));
    index->append(std::move(halves[1]));
    for (const auto &[key, note] : notes)
        index->setNote(QByteArrayView(key), QByteArrayView(note));
    return index;
}

void SearchIndex::Stored::writeTo(QDataStream &out) const
{
    RawArrays::write(out, contents);
    RawArrays::write(out, keys);
    RawArrays::write(out, entries);
}

bool SearchIndex::Stored::readFrom(QDataStream &in)
{
    return RawArrays::read(in, contents) && RawArrays::read(in, keys)
        && RawArrays::read(in, entries);
}

SearchIndex::Stored SearchIndex::stored() const
{
    Stored stored { m_contents, m_keys, {} };
    stored.entries.reserve(m_entries.size());
    for (const Entry &e : m_entries) {
        const Characters &c = e.content.characters;
        stored.entries.push_back({ e.content.offset, e.content.size, c.ascii,
            { c.other[0], c.other[1] }, e.keyOffset, e.keySize });
    }
    return stored;
}

std::unique_ptr<SearchIndex> SearchIndex::fromStored(Stored &&stored)
{
    const auto within = [](qint64 offset, qint64 size, qsizetype total) {
        return offset >= 0 && size >= 0 && size <= total && offset <= total - size;
    };
    auto index = std::make_unique<SearchIndex>();
    index->m_entries.resize(stored.entries.size());
    for (std::size_t i = 0; i < stored.entries.size(); ++i) {
        const Stored::Entry &s = stored.entries[i];
        if (!within(s.offset, s.size, stored.contents.size())
            || !within(s.keyOffset, s.keySize, stored.keys.size()))
            return nullptr;
        Entry &e = index->m_entries[i];
        e.content = { s.offset, s.size, { s.ascii, { s.other[0], s.other[1] } } };
        e.keyOffset = s.keyOffset;
        e.keySize = int(s.keySize);
    }
    index->m_contents = std::move(stored.contents);
    index->m_keys = std::move(stored.keys);
    index->rehash();
    return index;
}

bool SearchIndex::read(const Database &database, const QString &conferenceKey)
{
    clear();
    return readPart(database, conferenceKey, 0, 1, *this)
        && SearchTextQuery(database).visitNotesUtf8(
            conferenceKey, [this](QByteArrayView key, QByteArrayView note) { setNote(key, note); });
}

void SearchIndex::addCharacter(char32_t c, Characters &characters)
{
    addCharacterTo(c, characters);
}

void SearchIndex::addCharacters(const QString &folded, Characters &characters)
{
    forEachCharacter(folded, [&characters](char32_t c) { addCharacter(c, characters); });
}

SearchIndex::Query::Query(const QStringList &foldedWords)
{
    m_words.reserve(foldedWords.size());
    for (const QString &word : foldedWords) {
        Word w { word.toUtf8(), {}, false, {}, false };
        addCharacters(word, w.characters);
        w.byCharacters = w.utf8.size() == 1 && asciiBit(char32_t(uchar(w.utf8.at(0)))) >= 0;
        m_words.push_back(std::move(w));
    }
}

SearchIndex::Query SearchIndex::query(const QStringList &foldedWords) const
{
    Query query(foldedWords);
    if (!m_grams || m_grams->textCount() != size())
        return query;
    for (Query::Word &word : query.m_words) {
        if (!word.byCharacters && word.utf8.size() >= 2)
            word.candidates = m_grams->candidates(word.utf8, &word.byCandidates);
    }
    return query;
}

void SearchIndex::clear()
{
    m_contents.clear();
    m_entries.clear();
    m_keys.clear();
    m_slots.clear();
    m_grams.reset();
}

void SearchIndex::appendFolded(const QString &text, QByteArray &utf8, Characters &characters)
{
    // Character by character, as QString::toCaseFolded() folds: the way for
    // bytes that are not UTF-8, and the reference the fast way is tested against.
    const QString folded = text.toCaseFolded();
    const qsizetype at = utf8.size();
    utf8.resize(at + folded.size() * 4 + 4);
    char *out = utf8.data() + at;
    AsciiSeen ascii;
    Kind previous = Kind::Unspaced; // a text starts a word
    forEachCharacter(folded, [&](char32_t c) {
        if (c < 0x80) {
            const uchar byte = uchar(c);
            const uchar *from = &byte;
            foldAscii(from, from + 1, out, ascii, previous);
        } else {
            out = appendSearchable(c, out, characters, ascii, previous);
        }
    });
    utf8.resize(out - utf8.constData());
    ascii.addTo(characters);
}

void SearchIndex::appendFolded(QByteArrayView utf8, QByteArray &out, Characters &characters)
{
    // Straight from UTF-8 to folded UTF-8, without a QString: folding changes a
    // character's length by half at most (Ⱥ, two bytes, folds to ⱥ, three), and a
    // space before a word after Chinese adds a byte to three at most.
    const qsizetype at = out.size();
    out.resize(at + utf8.size() + utf8.size() / 2 + 4);
    char *end = out.data() + at;
    Characters found;
    AsciiSeen ascii;
    Kind previous = Kind::Unspaced; // a text starts a word
    if (foldValidUtf8(utf8, end, found, ascii, previous)) {
        ascii.addTo(found);
        out.resize(end - out.constData());
        characters.ascii |= found.ascii;
        characters.other[0] |= found.other[0];
        characters.other[1] |= found.other[1];
        return;
    }
    // Not UTF-8 as Qt reads it: Qt's reading of the bytes, replacements included.
    out.resize(at);
    appendFolded(QString::fromUtf8(utf8), out, characters);
}

QByteArray SearchIndex::foldedUtf8(QByteArrayView utf8)
{
    QByteArray out;
    Characters characters;
    appendFolded(utf8, out, characters);
    return out;
}

int SearchIndex::findKey(QByteArrayView key) const
{
    if (m_slots.empty())
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = qHash(key) & mask;; slot = (slot + 1) & mask) {
        const int entry = m_slots[slot];
        if (entry < 0)
            return -1;
        const Entry &e = m_entries[entry];
        if (QByteArrayView(m_keys.constData() + e.keyOffset, e.keySize) == key)
            return entry;
    }
}

void SearchIndex::rehash()
{
    std::size_t size = 64;
    while (size < 2 * (m_entries.size() + 1))
        size *= 2;
    m_slots.assign(size, -1);
    const std::size_t mask = size - 1;
    for (int entry = 0; entry < int(m_entries.size()); ++entry) {
        const Entry &e = m_entries[entry];
        std::size_t slot
            = qHash(QByteArrayView(m_keys.constData() + e.keyOffset, e.keySize)) & mask;
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

int SearchIndex::addEntry(QByteArrayView key)
{
    const int existing = findKey(key);
    if (existing >= 0) {
        m_entries[existing].noteBytes.clear();
        return existing;
    }
    Entry entry;
    entry.keyOffset = m_keys.size();
    entry.keySize = int(key.size());
    m_keys.append(key);
    m_entries.push_back(std::move(entry));
    if (2 * (m_entries.size() + 1) > m_slots.size()) {
        rehash();
    } else {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t slot = qHash(key) & mask;
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = int(m_entries.size()) - 1;
    }
    return int(m_entries.size()) - 1;
}

int SearchIndex::entryOf(const QString &sessionKey) const
{
    // Keys are short and ASCII as a rule: converted on the stack, without an
    // allocation per key (the window looks up every session's once).
    constexpr qsizetype shortKey = 64;
    if (sessionKey.size() <= shortKey) {
        char bytes[shortKey];
        const QChar *data = sessionKey.constData();
        qsizetype i = 0;
        for (; i < sessionKey.size() && data[i].unicode() < 0x80; ++i)
            bytes[i] = char(data[i].unicode());
        if (i == sessionKey.size())
            return findKey(QByteArrayView(bytes, i));
    }
    return findKey(sessionKey.toUtf8());
}

void SearchIndex::insert(const QString &sessionKey, const QString &content, const QString &note)
{
    m_grams.reset(); // its texts are numbered as the entries were
    const int index = addEntry(sessionKey.toUtf8());
    Text &text = m_entries[index].content;
    text = Text {};
    text.offset = m_contents.size();
    appendFolded(content, m_contents, text.characters);
    text.size = m_contents.size() - text.offset;
    setNote(sessionKey, note);
}

void SearchIndex::append(
    QByteArrayView sessionKey, const QByteArrayView *contentParts, int partCount)
{
    m_grams.reset();
    const int index = addEntry(sessionKey);
    Text &text = m_entries[index].content;
    text = Text {};
    text.offset = m_contents.size();
    // One resize for all the parts: per part, the two resizes of appendFolded()
    // cost as much as folding a short part.
    qsizetype size = 0;
    for (int i = 0; i < partCount; ++i)
        size += contentParts[i].size() + 1;
    m_contents.resize(text.offset + size + size / 2 + 4);
    char *end = m_contents.data() + text.offset;
    AsciiSeen ascii;
    Kind previous = Kind::Unspaced; // a text starts a word
    for (int i = 0; i < partCount; ++i) {
        if (!foldValidUtf8(contentParts[i], end, text.characters, ascii, previous)) {
            // Not UTF-8 somewhere: part by part, as Qt reads the bytes.
            m_contents.resize(text.offset);
            text.characters = Characters {};
            for (int j = 0; j < partCount; ++j)
                appendFolded(
                    QString::fromUtf8(contentParts[j]) + u'\n', m_contents, text.characters);
            text.size = m_contents.size() - text.offset;
            return;
        }
        *end++ = ' '; // parts are apart as the lines of one text are
        previous = Kind::Gap;
    }
    m_contents.resize(end - m_contents.constData());
    text.size = m_contents.size() - text.offset;
    ascii.addTo(text.characters);
    if (partCount > 0)
        addCharacter(U' ', text.characters);
}

void SearchIndex::append(SearchIndex &&other)
{
    m_grams.reset();
    const qsizetype contents = m_contents.size();
    const qsizetype keys = m_keys.size();
    m_contents.append(other.m_contents);
    m_keys.append(other.m_keys);
    m_entries.reserve(m_entries.size() + other.m_entries.size());
    for (Entry &entry : other.m_entries) {
        entry.content.offset += contents;
        entry.keyOffset += keys;
        m_entries.push_back(std::move(entry));
    }
    other.clear();
    rehash();
}

template <typename Note> void SearchIndex::setNoteAt(int index, const Note &note)
{
    if (index < 0)
        return;
    Entry &entry = m_entries[index];
    entry.noteBytes.clear();
    entry.note = Text {};
    appendFolded(note, entry.noteBytes, entry.note.characters);
    entry.note.size = entry.noteBytes.size();
}

void SearchIndex::setNote(const QString &sessionKey, const QString &note)
{
    setNoteAt(entryOf(sessionKey), note);
}

void SearchIndex::setNote(QByteArrayView sessionKey, QByteArrayView note)
{
    setNoteAt(findKey(sessionKey), note);
}

std::vector<SearchGrams::Span> SearchIndex::contentSpans() const
{
    std::vector<SearchGrams::Span> spans;
    spans.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        spans.push_back({ entry.content.offset, entry.content.size });
    return spans;
}

void SearchIndex::setGrams(std::shared_ptr<const SearchGrams> grams)
{
    // Grams of other contents (read before an insert) would leave entries out.
    if (grams && grams->textCount() == size())
        m_grams = std::move(grams);
}

qsizetype SearchIndex::memoryBytes() const
{
    // The texts' size, not their buffer's capacity: room left by its growth is
    // never written, so never resident.
    qsizetype bytes = m_contents.size() + m_keys.capacity()
        + qsizetype(m_entries.capacity() * sizeof(Entry) + m_slots.capacity() * sizeof(int));
    for (const Entry &entry : m_entries)
        bytes += entry.noteBytes.capacity();
    return bytes + (m_grams ? m_grams->memoryBytes() : 0);
}

QStringList SearchIndex::words(const QString &query)
{
    // Any white space separates words, the ideographic space of full-width
    // Chinese input included. Each is then written as the searchable text has it:
    // a word of two or more Latin (or Greek, Cyrillic…) letters starts with a
    // space, so that it is found at the start of a word only, and a sign within
    // it is a space.
    QStringList words;
    const auto add = [&words](const QString &typed) {
        QString word = searchableText(typed);
        // One letter alone is found anywhere: it is the first key of a word being
        // typed, answered at once from the character sets, and narrows nothing
        // that the next key does not.
        if (word.size() == 2 && word.front() == u' ' && word.back() != u' ')
            word.remove(0, 1);
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c != u' '; }))
            words.append(word);
    };
    QString typed;
    for (const QChar c : query) {
        if (!c.isSpace()) {
            typed += c;
        } else if (!typed.isEmpty()) {
            add(typed);
            typed.clear();
        }
    }
    if (!typed.isEmpty())
        add(typed);
    return words;
}

QString SearchIndex::searchableText(const QString &text)
{
    QByteArray utf8;
    Characters characters;
    appendFolded(text, utf8, characters);
    return QString::fromUtf8(utf8);
}

bool SearchIndex::hasCharacters(const Text &text, const Query::Word &word)
{
    // A character of the word missing from the text: no need to look.
    const Characters &w = word.characters;
    return (text.characters.ascii & w.ascii) == w.ascii
        && (text.characters.other[0] & w.other[0]) == w.other[0]
        && (text.characters.other[1] & w.other[1]) == w.other[1];
}

bool SearchIndex::contains(const char *data, const Text &text, const Query::Word &word)
{
    if (!hasCharacters(text, word))
        return false;
    if (word.byCharacters)
        return true;
    return ByteSearch::contains(QByteArrayView(data + text.offset, text.size), word.utf8);
}

bool SearchIndex::contentContains(int index, const Query::Word &word) const
{
    const std::vector<quint64> &candidates = word.candidates;
    if (!candidates.empty()) {
        if (!(candidates[index >> 6] & (quint64(1) << (index & 63))))
            return false;
        if (word.byCandidates)
            return true;
    }
    return contains(m_contents.constData(), m_entries[index].content, word);
}

bool SearchIndex::matches(int index, const Query &query) const
{
    if (index < 0 || index >= int(m_entries.size()))
        return false;
    const Entry &entry = m_entries[index];
    for (const Query::Word &word : query.m_words) {
        // UTF-8 is self-synchronising: a byte match is a match of whole characters.
        if (!contentContains(index, word)
            && !contains(entry.noteBytes.constData(), entry.note, word))
            return false;
    }
    return true;
}

int SearchIndex::find(int index, const Query &query, int typedOnAt) const
{
    if (index < 0 || index >= int(m_entries.size()) || query.m_words.empty())
        return notFound;
    const Entry &entry = m_entries[index];
    const Query::Word &word = query.m_words.front();
    const Text &text = entry.content;
    const std::vector<quint64> &candidates = word.candidates;
    const bool candidate
        = candidates.empty() || (candidates[index >> 6] & (quint64(1) << (index & 63)));
    if (candidate && (word.byCandidates || hasCharacters(text, word))) {
        // Found without a look at the text: no place is kept for typing on, and
        // the next word's first look reads the text.
        if (word.byCharacters || word.byCandidates)
            return noOffset;
        const int at = contentIndexOf(index, word, typedOnAt);
        if (at >= 0)
            return at;
    }
    return contains(entry.noteBytes.constData(), entry.note, word) ? noOffset : notFound;
}

int SearchIndex::findInContent(int index, const Query &query, int typedOnAt) const
{
    if (index < 0 || index >= int(m_entries.size()) || query.m_words.empty())
        return notFound;
    const Query::Word &word = query.m_words.front();
    if (!hasCharacters(m_entries[index].content, word))
        return notFound;
    const int at = contentIndexOf(index, word, typedOnAt);
    return at >= 0 ? at : notFound;
}

int SearchIndex::contentIndexOf(int index, const Query::Word &word, int typedOnAt) const
{
    const Text &text = m_entries[index].content;
    const char *data = m_contents.constData() + text.offset;
    const qsizetype size = word.utf8.size();
    if (typedOnAt >= 0 && typedOnAt + size <= text.size
        && std::memcmp(data + typedOnAt, word.utf8.constData(), std::size_t(size)) == 0)
        return typedOnAt;
    // Not there: after it, since the shorter word was first found there.
    const int from = typedOnAt + 1 > 0 ? typedOnAt + 1 : 0;
    if (from > text.size)
        return -1;
    const qsizetype at
        = ByteSearch::indexIn(QByteArrayView(data + from, text.size - from), word.utf8);
    return at >= 0 ? int(at + from) : -1;
}

bool SearchIndex::matches(const QString &sessionKey, const QStringList &foldedWords) const
{
    return matches(entryOf(sessionKey), Query(foldedWords));
}

} // namespace planner
