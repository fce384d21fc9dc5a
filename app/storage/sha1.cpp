#include "sha1.h"

#include <cstring>
#include <utility>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PLANNER_SHA1_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace planner {

namespace {

constexpr qsizetype blockSize = 64;

#ifdef PLANNER_SHA1_X86

#define PLANNER_SHA_TARGET __attribute__((target("sha,sse4.1,ssse3")))

// Four rounds of group G (0 to 19): the round function changes every five
// groups. Each group takes four message words: the first four groups from the
// block, each later one from the four groups before it (w[t-16] ^ w[t-14] ^
// w[t-8] ^ w[t-3], rotated), kept in a ring of four. E comes from the A of
// four rounds before (sha1nexte rotates it), but for the first group.
template <int G>
PLANNER_SHA_TARGET inline void group(__m128i &abcd, __m128i &previous, __m128i words[4])
{
    __m128i &current = words[G % 4]; // the words of group G - 4 until replaced
    if constexpr (G >= 4) {
        const __m128i sum
            = _mm_xor_si128(_mm_sha1msg1_epu32(current, words[(G + 1) % 4]), words[(G + 2) % 4]);
        current = _mm_sha1msg2_epu32(sum, words[(G + 3) % 4]);
    }
    const __m128i e
        = G == 0 ? _mm_add_epi32(previous, current) : _mm_sha1nexte_epu32(previous, current);
    previous = abcd;
    abcd = _mm_sha1rnds4_epu32(abcd, e, G / 5);
}

template <int... G>
PLANNER_SHA_TARGET inline void groups(
    __m128i &abcd, __m128i &previous, __m128i words[4], std::integer_sequence<int, G...>)
{
    (group<G>(abcd, previous, words), ...);
}

// A, B, C, D in one register (A in the highest lane) and E in the highest lane
// of another, as the instructions take them.
PLANNER_SHA_TARGET void compress(
    std::uint32_t state[5], const unsigned char *blocks, qsizetype count)
{
    const __m128i byteOrder = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    __m128i abcd
        = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0x1B);
    __m128i e = _mm_set_epi32(int(state[4]), 0, 0, 0);
    for (qsizetype n = 0; n < count; ++n, blocks += blockSize) {
        const __m128i savedAbcd = abcd;
        const __m128i savedE = e;
        __m128i words[4];
        for (int i = 0; i < 4; ++i) {
            words[i] = _mm_shuffle_epi8(
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(blocks + 16 * i)), byteOrder);
        }
        __m128i previous = e; // the first group adds E itself
        groups(abcd, previous, words, std::make_integer_sequence<int, 20>());
        e = _mm_sha1nexte_epu32(previous, savedE);
        abcd = _mm_add_epi32(abcd, savedAbcd);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_shuffle_epi32(abcd, 0x1B));
    state[4] = std::uint32_t(_mm_extract_epi32(e, 3));
}

bool cpuHasShaInstructions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9), sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

#else

// Never called: without the instructions, QCryptographicHash hashes.
void compress(std::uint32_t[5], const unsigned char *, qsizetype) { }

#endif

} // namespace

bool Sha1::hasShaInstructions()
{
#ifdef PLANNER_SHA1_X86
    static const bool has = cpuHasShaInstructions();
    return has;
#else
    return false;
#endif
}

Sha1::Sha1()
{
    if (!hasShaInstructions())
        m_fallback.emplace(QCryptographicHash::Sha1);
}

void Sha1::addData(QByteArrayView bytes)
{
    if (m_fallback) {
        m_fallback->addData(bytes);
        return;
    }
    if (bytes.isEmpty()) // an empty column: its data may be null, which memcpy may not be given
        return;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype size = bytes.size();
    m_length += std::uint64_t(size);
    if (m_buffered > 0) {
        const qsizetype taken = qMin(size, blockSize - m_buffered);
        std::memcpy(m_buffer + m_buffered, data, std::size_t(taken));
        m_buffered += taken;
        data += taken;
        size -= taken;
        if (m_buffered < blockSize)
            return;
        compress(m_state, m_buffer, 1);
        m_buffered = 0;
    }
    // Whole blocks straight from the caller's bytes, the rest kept for later.
    const qsizetype whole = size / blockSize;
    if (whole > 0)
        compress(m_state, data, whole);
    m_buffered = size - whole * blockSize;
    std::memcpy(m_buffer, data + whole * blockSize, std::size_t(m_buffered));
}

QByteArray Sha1::hexResult()
{
    if (m_fallback)
        return m_fallback->result().toHex();
    // Padding: 0x80, zeros up to 56 bytes into a block, the length in bits.
    const std::uint64_t bits = m_length * 8;
    unsigned char padding[blockSize + 8] = { 0x80 };
    const qsizetype zeros = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        padding[zeros + i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    addData(QByteArrayView(reinterpret_cast<const char *>(padding), zeros + 8));
    static const char hex[] = "0123456789abcdef";
    QByteArray out(40, Qt::Uninitialized);
    char *p = out.data();
    for (const std::uint32_t word : m_state) {
        for (int shift = 28; shift >= 0; shift -= 4)
            *p++ = hex[(word >> shift) & 0xf];
    }
    return out;
}

} // namespace planner
