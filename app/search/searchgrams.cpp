#include "searchgrams.h"

#include "rawarrays.h"

#include <QtAlgorithms>

#include <algorithm>
#include <thread>

namespace planner {

namespace {

int pairOf(const uchar *p)
{
    return (p[0] << 8) | p[1];
}

int bucketOfTriple(quint32 triple)
{
    return int((triple * 2654435761u) >> 16);
}

int bucketOf(const uchar *p)
{
    return bucketOfTriple((quint32(p[0]) << 16) | (quint32(p[1]) << 8) | p[2]);
}

// White space separates the words of a query: no word has it, so no gram with it
// is ever asked for.
bool isSpace(uchar c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

void setBit(std::vector<quint64> &bits, quint32 n)
{
    bits[n >> 6] |= quint64(1) << (n & 63);
}

} // namespace

void SearchGrams::add(
    Posting &posting, int blockStart, quint64 texts, int textCount, int bitmapFrom)
{
    posting.count += quint32(qPopulationCount(texts));
    if (!posting.bits.empty()) {
        posting.bits[blockStart >> 6] |= texts;
        return;
    }
    for (; texts; texts &= texts - 1)
        posting.texts.push_back(quint32(blockStart + qCountTrailingZeroBits(texts)));
    if (int(posting.texts.size()) > bitmapFrom) {
        posting.bits.assign((textCount + 63) / 64, 0);
        for (const quint32 t : posting.texts)
            setBit(posting.bits, t);
        std::vector<quint32>().swap(posting.texts);
    }
}

void SearchGrams::addTexts(Table &table, const QByteArray &contents, const std::vector<Span> &spans,
    int from, int to, int bitmapFrom)
{
    // 64 texts at a time, a bit each, per gram: the grams of a block are gathered in
    // two tables small enough for the cache, then added to the postings once.
    const int textCount = int(spans.size());
    const auto *data = reinterpret_cast<const uchar *>(contents.constData());
    std::vector<quint64> pairs(gramCount, 0);
    std::vector<quint64> triples(gramCount, 0);
    std::vector<int> touchedPairs;
    std::vector<int> touchedTriples;
    for (int blockStart = from; blockStart < to; blockStart += 64) {
        const int blockEnd = std::min(to, blockStart + 64);
        for (int text = blockStart; text < blockEnd; ++text) {
            const quint64 bit = quint64(1) << (text - blockStart);
            const uchar *p = data + spans[text].offset;
            const qsizetype size = spans[text].size;
            // The last three bytes, and how many of them since white space.
            quint32 window = 0;
            int run = 0;
            for (qsizetype i = 0; i < size; ++i) {
                const uchar c = p[i];
                if (isSpace(c)) {
                    run = 0;
                    continue;
                }
                window = (window << 8) | c;
                ++run;
                if (run >= 2) {
                    const uchar b = uchar(window >> 8);
                    // A pair where a word of two bytes can be: two ASCII
                    // characters, or one character of two bytes.
                    if ((b < 0x80 && c < 0x80) || (b >= 0xC0 && b < 0xE0)) {
                        const int g = int(window & 0xFFFF);
                        if (!pairs[g])
                            touchedPairs.push_back(g);
                        pairs[g] |= bit;
                    }
                }
                if (run >= 3) {
                    const quint32 triple = window & 0xFFFFFF;
                    const int g = bucketOfTriple(triple);
                    quint32 &owner = table.tripleOf[g];
                    if (owner != triple)
                        owner = owner == noTriple ? triple : sharedBucket;
                    if (!triples[g])
                        touchedTriples.push_back(g);
                    triples[g] |= bit;
                }
            }
        }
        for (const int g : touchedPairs) {
            add(table.pairs[g], blockStart, pairs[g], textCount, bitmapFrom);
            pairs[g] = 0;
        }
        for (const int g : touchedTriples) {
            add(table.triples[g], blockStart, triples[g], textCount, bitmapFrom);
            triples[g] = 0;
        }
        touchedPairs.clear();
        touchedTriples.clear();
    }
}

void SearchGrams::merge(Posting &into, Posting &&from, int textCount, int bitmapFrom)
{
    if (from.count == 0)
        return;
    if (into.count == 0) {
        into = std::move(from);
        return;
    }
    into.count += from.count;
    if (into.bits.empty() && from.bits.empty() && int(into.count) <= bitmapFrom) {
        // Every text of `from` comes after those of `into`: still sorted.
        into.texts.insert(into.texts.end(), from.texts.cbegin(), from.texts.cend());
        return;
    }
    if (into.bits.empty()) {
        into.bits.assign((textCount + 63) / 64, 0);
        for (const quint32 t : into.texts)
            setBit(into.bits, t);
        std::vector<quint32>().swap(into.texts);
    }
    if (!from.bits.empty()) {
        for (std::size_t w = 0; w < into.bits.size(); ++w)
            into.bits[w] |= from.bits[w];
    } else {
        for (const quint32 t : from.texts)
            setBit(into.bits, t);
    }
}

std::unique_ptr<SearchGrams> SearchGrams::build(
    const QByteArray &contents, const std::vector<Span> &spans)
{
    auto grams = std::make_unique<SearchGrams>();
    const int count = int(spans.size());
    grams->m_textCount = count;
    const int bitmapFrom = std::max(16, count / 32);
    constexpr int parallelFrom = 4096;
    if (count < parallelFrom) {
        addTexts(grams->m_table, contents, spans, 0, count, bitmapFrom);
    } else {
        // Two halves (split at a block of 64), then the second's texts appended to
        // the first's.
        const int half = (count / 2) & ~63;
        Table second;
        std::thread other([&] { addTexts(second, contents, spans, half, count, bitmapFrom); });
        addTexts(grams->m_table, contents, spans, 0, half, bitmapFrom);
        other.join();
        Table &first = grams->m_table;
        for (int g = 0; g < gramCount; ++g) {
            merge(first.pairs[g], std::move(second.pairs[g]), count, bitmapFrom);
            merge(first.triples[g], std::move(second.triples[g]), count, bitmapFrom);
            const quint32 other = second.tripleOf[g];
            quint32 &owner = first.tripleOf[g];
            if (other != noTriple && owner != other)
                owner = owner == noTriple ? other : sharedBucket;
        }
    }
    for (std::vector<Posting> *postings : { &grams->m_table.pairs, &grams->m_table.triples }) {
        for (Posting &posting : *postings)
            posting.texts.shrink_to_fit();
    }
    return grams;
}

void SearchGrams::intersect(const Posting &posting, std::vector<quint64> &bits, bool first) const
{
    if (!posting.bits.empty()) {
        if (first) {
            bits = posting.bits;
        } else {
            for (std::size_t w = 0; w < bits.size(); ++w)
                bits[w] &= posting.bits[w];
        }
        return;
    }
    std::vector<quint64> listed(bits.size(), 0);
    for (const quint32 t : posting.texts)
        setBit(listed, t);
    if (first) {
        bits = std::move(listed);
    } else {
        for (std::size_t w = 0; w < bits.size(); ++w)
            bits[w] &= listed[w];
    }
}

std::vector<quint64> SearchGrams::candidates(QByteArrayView word, bool *exact) const
{
    std::vector<quint64> bits((m_textCount + 63) / 64, ~quint64(0));
    if (exact)
        *exact = false;
    const auto *p = reinterpret_cast<const uchar *>(word.data());
    const qsizetype size = word.size();
    if (size < 2 || std::any_of(p, p + size, isSpace))
        return bits; // nothing known: every text
    std::vector<const Posting *> postings;
    bool known = false;
    if (size == 2) {
        postings.push_back(&m_table.pairs[pairOf(p)]);
        known = true;
    } else {
        for (qsizetype i = 0; i + 2 < size; ++i)
            postings.push_back(&m_table.triples[bucketOf(p + i)]);
        const quint32 triple = (quint32(p[0]) << 16) | (quint32(p[1]) << 8) | p[2];
        known = size == 3 && m_table.tripleOf[bucketOf(p)] == triple;
    }
    if (exact)
        *exact = known;
    // The rarest first: the others only clear bits of a small set.
    std::sort(postings.begin(), postings.end(),
        [](const Posting *a, const Posting *b) { return a->count < b->count; });
    for (std::size_t i = 0; i < postings.size(); ++i) {
        if (postings[i]->count == 0) {
            std::fill(bits.begin(), bits.end(), 0);
            break;
        }
        intersect(*postings[i], bits, i == 0);
    }
    // The bits past the last text stay clear, as in the postings.
    return bits;
}

qsizetype SearchGrams::memoryBytes() const
{
    qsizetype bytes = sizeof(*this);
    for (const std::vector<Posting> *postings : { &m_table.pairs, &m_table.triples }) {
        bytes += qsizetype(postings->capacity() * sizeof(Posting));
        for (const Posting &posting : *postings)
            bytes += qsizetype(posting.texts.capacity() * sizeof(quint32)
                + posting.bits.capacity() * sizeof(quint64));
    }
    return bytes;
}

void SearchGrams::writeTo(QDataStream &out) const
{
    out << qint32(m_textCount);
    for (const std::vector<Posting> *postings : { &m_table.pairs, &m_table.triples }) {
        for (const Posting &posting : *postings) {
            out << posting.count;
            RawArrays::write(out, posting.texts);
            RawArrays::write(out, posting.bits);
        }
    }
    RawArrays::write(out, m_table.tripleOf);
}

std::unique_ptr<SearchGrams> SearchGrams::readFrom(QDataStream &in, int textCount)
{
    auto grams = std::make_unique<SearchGrams>();
    qint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count != textCount)
        return nullptr;
    grams->m_textCount = count;
    const std::size_t words = (std::size_t(count) + 63) / 64;
    for (std::vector<Posting> *postings : { &grams->m_table.pairs, &grams->m_table.triples }) {
        for (Posting &posting : *postings) {
            in >> posting.count;
            if (!RawArrays::read(in, posting.texts) || !RawArrays::read(in, posting.bits))
                return nullptr;
            // What intersect() reads: texts in range, a bitmap over all of them.
            if ((!posting.bits.empty() && posting.bits.size() != words)
                || std::any_of(posting.texts.cbegin(), posting.texts.cend(),
                    [count](quint32 text) { return text >= quint32(count); }))
                return nullptr;
        }
    }
    if (!RawArrays::read(in, grams->m_table.tripleOf)
        || grams->m_table.tripleOf.size() != std::size_t(gramCount))
        return nullptr;
    return grams;
}

} // namespace planner
