#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>

#include <type_traits>
#include <vector>

namespace planner {

// Arrays of plain values and bytes to and from a QDataStream as they lie in
// memory, for a cache file that is read back on the same machine only (see
// SearchIndexCache): a count, then the bytes, each array in one call. A count
// larger than what is left of the file fails the stream instead of allocating.
namespace RawArrays {

template <typename T> void write(QDataStream &out, const std::vector<T> &values)
{
    static_assert(std::is_trivially_copyable_v<T>);
    out << quint64(values.size());
    out.writeRawData(reinterpret_cast<const char *>(values.data()), int(values.size() * sizeof(T)));
}

inline void write(QDataStream &out, const QByteArray &bytes)
{
    out << quint64(bytes.size());
    out.writeRawData(bytes.constData(), int(bytes.size()));
}

// The count of an array of `size`-byte values, or false when the file cannot hold it.
inline bool readCount(QDataStream &in, std::size_t size, quint64 &count)
{
    in >> count;
    const qint64 left = in.device() ? in.device()->bytesAvailable() : 0;
    if (in.status() != QDataStream::Ok || count > quint64(left) / size) {
        in.setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    return true;
}

template <typename T> bool read(QDataStream &in, std::vector<T> &values)
{
    static_assert(std::is_trivially_copyable_v<T>);
    quint64 count = 0;
    if (!readCount(in, sizeof(T), count))
        return false;
    values.resize(std::size_t(count));
    const auto bytes = int(count * sizeof(T));
    return in.readRawData(reinterpret_cast<char *>(values.data()), bytes) == bytes;
}

inline bool read(QDataStream &in, QByteArray &bytes)
{
    quint64 count = 0;
    if (!readCount(in, 1, count))
        return false;
    bytes.resize(qsizetype(count));
    return in.readRawData(bytes.data(), int(count)) == int(count);
}

} // namespace RawArrays

} // namespace planner
