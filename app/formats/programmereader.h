#pragma once

#include "readresult.h"

#include <QCoreApplication>

namespace planner {

// Reads a programme file in any format the product understands, choosing the
// reader by content.
class ProgrammeReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::ProgrammeReader)

public:
    // Files larger than this are refused before reading: no real programme is.
    static constexpr qint64 maximumFileSize = 256LL * 1024 * 1024;

    // `sourceHash`, when given, receives the SHA-256 of the file's bytes, so an
    // importer can tell an unchanged file without reading it twice.
    ReadResult readFile(const QString &path, QString *sourceHash = nullptr) const;
    // The first half of readFile(): the file's bytes, or why they cannot be had.
    // Lets a caller report progress between reading and parsing.
    std::optional<ReadError> load(
        const QString &path, QByteArray *bytes, QString *sourceHash = nullptr) const;
    // What identifies the bytes (BLAKE2b-256, hex), so the same file is never imported
    // twice. Not SHA-256: Qt computes that at a tenth of BLAKE2b's speed, which
    // for a 150 MB programme took a core for more than a second.
    static QString hashOf(const QByteArray &bytes);
    ReadResult read(const QByteArray &bytes, const QString &fileName) const;
};

} // namespace planner
