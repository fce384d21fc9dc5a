#include "bytesearch.h"

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace planner {

namespace {

// The places from `from` on, one at a time: the end of a text, or all of it
// where SSE2 is missing.
qsizetype indexFrom(
    const char *text, qsizetype size, const char *word, qsizetype length, qsizetype from)
{
    const char first = word[0];
    for (qsizetype i = from; i + length <= size; ++i) {
        if (text[i] == first && std::memcmp(text + i + 1, word + 1, std::size_t(length - 1)) == 0)
            return i;
    }
    return -1;
}

} // namespace

qsizetype ByteSearch::indexIn(QByteArrayView text, QByteArrayView word)
{
    const qsizetype length = word.size();
    const qsizetype size = text.size();
    if (length == 0)
        return 0;
    if (length > size)
        return -1;
    const char *data = text.data();
    const char *bytes = word.data();
    if (length == 1) {
        const void *found = std::memchr(data, bytes[0], std::size_t(size));
        return found ? static_cast<const char *>(found) - data : -1;
    }
    qsizetype i = 0;
#ifdef __SSE2__
    // Sixteen places p = i..i+15 at a time, each tested for the word's first,
    // second and last bytes at data[p], data[p + 1] and data[p + length - 1];
    // all three loads stay inside the text. Only the places that pass are
    // compared whole: in English text, first and last bytes alone ("c…n" for
    // "chen") passed often enough for the comparisons to cost more than the scan.
    const qsizetype places = size - length + 1; // p < places
    if (places >= 16) {
        const __m128i first = _mm_set1_epi8(bytes[0]);
        const __m128i second = _mm_set1_epi8(bytes[1]);
        const __m128i last = _mm_set1_epi8(bytes[length - 1]);
        const auto candidates = [&](qsizetype at) {
            const auto load = [&](qsizetype offset) {
                return _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at + offset));
            };
            const __m128i both = _mm_and_si128(
                _mm_cmpeq_epi8(load(0), first), _mm_cmpeq_epi8(load(length - 1), last));
            return unsigned(
                _mm_movemask_epi8(_mm_and_si128(both, _mm_cmpeq_epi8(load(1), second))));
        };
        const auto check = [&](qsizetype at, unsigned mask) -> qsizetype {
            for (; mask; mask &= mask - 1) {
                const qsizetype p = at + __builtin_ctz(mask);
                if (std::memcmp(data + p + 2, bytes + 2, std::size_t(length - 2)) == 0)
                    return p;
            }
            return -1;
        };
        for (; i + 16 <= places; i += 16) {
            if (const qsizetype found = check(i, candidates(i)); found >= 0)
                return found;
        }
        // The last places as one more block ending at the last place, without
        // those already tested.
        if (i < places) {
            const qsizetype at = places - 16;
            const unsigned tested = (1u << (i - at)) - 1;
            return check(at, candidates(at) & ~tested);
        }
        return -1;
    }
#endif
    return indexFrom(data, size, bytes, length, i);
}

} // namespace planner
