#pragma once

#include "conferencedata.h"

#include <QString>
#include <optional>

namespace planner {

// Where and why a file could not be read. `line` and `column` are 1-based;
// 0 means unknown (then `offset`, a byte offset, may be set instead).
struct ReadError
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    qint64 offset = -1;
    QString message; // translated, for the user

    // "file:12:3: message", the shape compilers use, so editors can jump there.
    QString toString() const;
};

// The outcome of reading a programme: the data, or the first error found.
struct ReadResult
{
    ConferenceData data;
    std::optional<ReadError> error;

    bool ok() const { return !error.has_value(); }

    static ReadResult success(ConferenceData data) { return { std::move(data), std::nullopt }; }
    static ReadResult failure(ReadError error) { return { {}, std::move(error) }; }
};

} // namespace planner
