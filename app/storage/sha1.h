#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <cstdint>
#include <optional>

namespace planner {

// SHA-1, the revision of stored sessions, fed in pieces. Every session of an
// import is hashed, and QCryptographicHash took a third of the preparation of
// their values; with the CPU's SHA instructions (x86 SHA extensions) it takes
// half as long. Without them, QCryptographicHash does it. Both give the
// standard digest, so revisions stay what they were.
class Sha1
{
public:
    Sha1();

    void addData(QByteArrayView bytes);
    // The digest in lower-case hexadecimal, as QByteArray::toHex() writes it.
    // Call once, after the last addData().
    QByteArray hexResult();

    // Whether the CPU's instructions are used here (valgrind, for one, hides them).
    static bool hasShaInstructions();

private:
    std::optional<QCryptographicHash> m_fallback;
    std::uint32_t m_state[5] = { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 };
    unsigned char m_buffer[64];
    qsizetype m_buffered = 0;
    std::uint64_t m_length = 0; // bytes added so far
};

} // namespace planner
