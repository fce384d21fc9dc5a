#pragma once

#include "conferencedata.h"

#include <QSet>
#include <QString>
#include <QStringList>
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

    // The error at byte `offset` of `bytes`, with its 1-based line and column
    // (columns count UTF-8 characters).
    static ReadError at(
        const QString &file, const QByteArray &bytes, qint64 offset, const QString &message);
};

// The outcome of reading a programme: the data, or the first error found.
struct ReadResult
{
    ConferenceData data;
    std::optional<ReadError> error;
    // What was read otherwise than as written ("file:line: message"), for the user.
    QStringList warnings;
    // The file is an agenda this program exported (ICalendarReader): the user's
    // bookmarks in a conference already here, not a programme.
    bool ownExport = false;
    // The conference is keyed after the file's name, the file naming it no other
    // way: a renamed copy would be keyed otherwise (see Importer).
    bool keyedAfterFile = false;
    // The keys of the sessions handed to a SessionStream as they were read, where
    // `data` holds none of them (ProgrammeBuilder::streamTo).
    QSet<QString> streamedKeys;

    // The programme's session keys, held or streamed.
    QSet<QString> sessionKeys() const;
    qsizetype sessionCount() const { return data.sessions.size() + streamedKeys.size(); }
    // Whether its sessions went to a stream, and only there.
    bool streamed() const { return !streamedKeys.isEmpty(); }

    bool ok() const { return !error.has_value(); }
    // The error as toString() writes it; empty when the file was read.
    QString errorText() const { return error ? error->toString() : QString(); }

    static ReadResult success(ConferenceData data)
    {
        return { std::move(data), std::nullopt, {}, false, false, {} };
    }
    static ReadResult failure(ReadError error)
    {
        return { {}, std::move(error), {}, false, false, {} };
    }
};

} // namespace planner
