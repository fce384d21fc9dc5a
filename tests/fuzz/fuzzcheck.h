#pragma once

#include "readresult.h"

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace planner {

// The fuzzer's bytes without a copy, so a read past their end is caught rather
// than landing in the spare capacity of a QByteArray.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// What every reader promises besides not crashing: a refusal names the file and
// says why, so the user can be told.
inline void checkResult(const ReadResult &result, const QString &fileName)
{
    if (result.ok())
        return;
    if (result.error->file != fileName || result.error->message.isEmpty()) {
        std::fprintf(stderr, "error without file name or message: %s\n",
            qPrintable(result.error->toString()));
        std::abort();
    }
}

} // namespace planner
