#pragma once

#include "fieldlimit.h"
#include "formatdetector.h"
#include "readresult.h"

#include <QCoreApplication>

class QFile;

namespace planner {

class PentabarfReader;
class SessionStream;

// Reads a programme file in any format the product understands, choosing the
// reader by content.
class ProgrammeReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::ProgrammeReader)

public:
    // Files larger than this are refused before reading: no real programme is.
    static constexpr qint64 maximumFileSize = 256LL * 1024 * 1024;

    // Sessions are handed to `stream`, if given, as they are read, where the
    // format allows; it is ended in any case.
    ReadResult readFile(const QString &path, SessionStream *stream = nullptr) const;
    // As readFile() does, from the file's bytes.
    ReadResult read(
        const QByteArray &bytes, const QString &fileName, SessionStream *stream = nullptr) const;

    // Texts longer than this many bytes are cut, with a warning (see FieldLimit).
    void setFieldLimit(qsizetype bytes) { m_fieldLimit = bytes; }

private:
    static constexpr qint64 detectedFrom = 4096; // bytes at the start that tell the format

    std::optional<ReadError> open(QFile &file) const;
    static QByteArray contentsOf(QFile &file);
    ReadResult readJson(
        FormatDetector::Format format, const QByteArray &bytes, const QString &fileName) const;
    PentabarfReader pentabarfReader() const;
    // `result`, or a failure when it read without error but found no session;
    // its texts no longer than the limit.
    ReadResult withSessions(ReadResult result, const QString &fileName) const;

    qsizetype m_fieldLimit = FieldLimit::defaultBytes;
};

} // namespace planner
