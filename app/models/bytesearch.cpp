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
    const __m128i first = _mm_set1_epi8(bytes[0]);
    const __m128i last = _mm_set1_epi8(bytes[length - 1]);
    // Sixteen places i..i+15, each with its first byte at data[i + k] and its
    // last at data[i + k + length - 1]: both loads stay inside the text.
    for (; i + length - 1 + 16 <= size; i += 16) {
        const __m128i starts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i ends
            = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + length - 1));
        unsigned mask = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(starts, first), _mm_cmpeq_epi8(ends, last))));
        while (mask) {
            const int k = __builtin_ctz(mask);
            if (std::memcmp(data + i + k + 1, bytes + 1, std::size_t(length - 2)) == 0)
                return i + k;
            mask &= mask - 1;
        }
    }
#endif
    return indexFrom(data, size, bytes, length, i);
}

} // namespace planner
