#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDataStream>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace planner {

// Which texts contain a pair or a triple of bytes: an inverted index over the
// case-folded UTF-8 of every session, so that a word's candidates are known
// without reading every text. Pairs are kept where a word of two bytes can be
// (two ASCII characters, or one character of two bytes), triples everywhere
// (those across two Chinese characters make a Chinese word's candidates few), but
// never with white space, which no word has. Pairs are exact; triples are hashed
// into a fixed number of buckets, so a longer word's candidates may include texts
// without it (which a look at the text then rejects), never leave one out. A word
// of two bytes, or of three whose bucket holds no other triple, is answered exactly.
//
// Per pair or bucket the texts are a sorted list of their numbers, or a bitmap
// over all texts once more than one in 32 have it: memory stays below 1/8 byte
// per text for the frequent ones and 4 bytes per occurrence for the rare ones.
class SearchGrams
{
public:
    // One text of the index: its bytes in `contents`.
    struct Span
    {
        qsizetype offset = 0;
        qsizetype size = 0;
    };

    // The grams of `spans[i]`, text i, each a part of `contents`. Uses two cores
    // for many texts.
    static std::unique_ptr<SearchGrams> build(
        const QByteArray &contents, const std::vector<Span> &spans);

    int textCount() const { return m_textCount; }
    // The texts that may contain `word` (two bytes or more of UTF-8), a bit per
    // text: every text that contains it has its bit set. `exact` when those are
    // the texts that contain it.
    std::vector<quint64> candidates(QByteArrayView word, bool *exact = nullptr) const;
    // Bytes held, for the figures.
    qsizetype memoryBytes() const;

    // As kept in a cache file (SearchIndexCache), and read back from one; null
    // when what is read is not grams of `textCount` texts.
    void writeTo(QDataStream &out) const;
    static std::unique_ptr<SearchGrams> readFrom(QDataStream &in, int textCount);

    static constexpr int gramCount = 1 << 16;

private:
    struct Posting
    {
        std::vector<quint32> texts; // sorted; empty once `bits` is used
        std::vector<quint64> bits;
        quint32 count = 0;
    };
    static constexpr quint32 noTriple = 0xFFFFFFFF;
    static constexpr quint32 sharedBucket = 0xFFFFFFFE;
    struct Table
    {
        std::vector<Posting> pairs = std::vector<Posting>(gramCount);
        std::vector<Posting> triples = std::vector<Posting>(gramCount);
        std::vector<quint32> tripleOf = std::vector<quint32>(gramCount, noTriple); // per bucket
    };
    static void addTexts(Table &table, const QByteArray &contents, const std::vector<Span> &spans,
        int from, int to, int bitmapFrom);
    static void add(Posting &posting, int blockStart, quint64 texts, int textCount, int bitmapFrom);
    static void merge(Posting &into, Posting &&from, int textCount, int bitmapFrom);
    void intersect(const Posting &posting, std::vector<quint64> &bits, bool first) const;

    int m_textCount = 0;
    Table m_table;
};

} // namespace planner
