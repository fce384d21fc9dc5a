#include "programmereader.h"

#include "digestreader.h"
#include "formatdetector.h"
#include "icalendarreader.h"
#include "pentabarfreader.h"
#include "plannerjsonreader.h"
#include "schedule2jsonreader.h"
#include "schedulejsonreader.h"
#include "sessionstream.h"
#include "textencoding.h"

#include "slug.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace planner {

ReadResult ProgrammeReader::readFile(const QString &path, SessionStream *stream) const
{
    // Whatever the outcome, the store stops waiting for sessions.
    const auto ended = qScopeGuard([stream] {
        if (stream)
            stream->end(false);
    });
    QFile file(path);
    if (const std::optional<ReadError> error = open(file))
        return ReadResult::failure(*error);
    // The one format large enough for a copy of its bytes to matter is read
    // straight into its parser (see PentabarfReader::readFile), when it is UTF-8.
    const QByteArray head = file.peek(detectedFrom);
    if (TextEncoding::of(head) == TextEncoding::Kind::Utf8
        && FormatDetector::detect(head) == FormatDetector::Format::PentabarfXml)
        return withSessions(pentabarfReader().readFile(file, path, stream), path);
    return read(contentsOf(file), path, stream);
}

QByteArray ProgrammeReader::contentsOf(QFile &file)
{
    // Exactly its size: readAll() grows its buffer as it goes, to up to twice
    // the file's size for a while.
    const qint64 size = file.size() - file.pos();
    if (size <= 0)
        return file.readAll();
    QByteArray bytes(size, Qt::Uninitialized);
    const qint64 got = file.read(bytes.data(), size);
    bytes.resize(qMax<qint64>(got, 0));
    if (got == size && !file.atEnd()) // grew meanwhile
        bytes += file.readAll();
    return bytes;
}

ReadResult ProgrammeReader::withSessions(ReadResult result, const QString &fileName) const
{
    // iCalendar and Pentabarf files are cut as they are read; the JSON formats and
    // digests hold their whole text in memory anyway.
    if (result.ok())
        FieldLimit::cut(result.data, m_fieldLimit, fileName, result.warnings);
    // A file that reads but lists nothing is a programme of no use, and importing it
    // as an update would take every session away: it is refused, with why.
    if (result.ok() && result.sessionCount() == 0)
        return ReadResult::failure(
            { fileName, 1, 1, -1, tr("the file lists no sessions; nothing was imported") });
    result.keyedAfterFile = result.ok()
        && result.data.conference.key == slugify(QFileInfo(fileName).completeBaseName());
    return result;
}

ReadResult ProgrammeReader::readJson(
    FormatDetector::Format format, const QByteArray &bytes, const QString &fileName) const
{
    // Qt's parser holds a document whole, each string several times over: texts
    // past the limit are cut before it sees them.
    QStringList cuts;
    const QByteArray json = FieldLimit::cutJsonStrings(bytes, m_fieldLimit, fileName, cuts);
    ReadResult result = format == FormatDetector::Format::PlannerJson
        ? PlannerJsonReader().read(json, fileName)
        : format == FormatDetector::Format::ScheduleJson ? ScheduleJsonReader().read(json, fileName)
                                                          : Schedule2JsonReader().read(json, fileName);
    result.warnings = cuts + result.warnings;
    return withSessions(std::move(result), fileName);
}

PentabarfReader ProgrammeReader::pentabarfReader() const
{
    PentabarfReader reader;
    reader.setFieldLimit(m_fieldLimit);
    return reader;
}

std::optional<ReadError> ProgrammeReader::open(QFile &file) const
{
    const QString path = file.fileName();
    if (!file.open(QIODevice::ReadOnly))
        return ReadError { path, 0, 0, -1, tr("cannot open the file: %1").arg(file.errorString()) };
    if (file.size() > maximumFileSize)
        return ReadError { path, 0, 0, -1,
            tr("the file is %1 MB; programmes larger than %2 MB are refused")
                .arg(file.size() / (1024 * 1024))
                .arg(maximumFileSize / (1024 * 1024)) };
    return std::nullopt;
}

ReadResult ProgrammeReader::read(
    const QByteArray &file, const QString &fileName, SessionStream *stream) const
{
    ReadError error;
    const std::optional<QByteArray> utf8 = TextEncoding::toUtf8(file, fileName, &error);
    if (!utf8)
        return ReadResult::failure(error);
    const QByteArray &bytes = *utf8;
    const FormatDetector::Format format = FormatDetector::detect(bytes.left(detectedFrom));
    if (format == FormatDetector::Format::PlannerJson || format == FormatDetector::Format::ScheduleJson
        || format == FormatDetector::Format::Schedule2Json)
        return readJson(format, bytes, fileName);
    switch (format) {
    case FormatDetector::Format::PlannerJson:
        return withSessions(PlannerJsonReader().read(bytes, fileName), fileName);
    case FormatDetector::Format::Digest:
        return withSessions(DigestReader().read(bytes, fileName), fileName);
    case FormatDetector::Format::PentabarfXml:
        // expat reads UTF-16 itself, and checks it against the XML declaration.
        return withSessions(pentabarfReader().read(file, fileName), fileName);
    case FormatDetector::Format::ScheduleJson:
        return withSessions(ScheduleJsonReader().read(bytes, fileName), fileName);
    case FormatDetector::Format::Schedule2Json:
        return withSessions(Schedule2JsonReader().read(bytes, fileName), fileName);
    case FormatDetector::Format::ICalendar:
        return withSessions(ICalendarReader(m_fieldLimit).read(bytes, fileName, stream), fileName);
    case FormatDetector::Format::Unknown:
        break;
    }
    if (bytes.trimmed().isEmpty())
        return ReadResult::failure({ fileName, 0, 0, -1, tr("the file is empty") });
    if (TextEncoding::of(bytes.left(detectedFrom)) == TextEncoding::Kind::Binary)
        return ReadResult::failure({ fileName, 0, 0, bytes.indexOf('\0'),
            tr("not a programme: the file is not text (it holds NUL bytes)") });
    return ReadResult::failure({ fileName, 1, 1, -1,
        tr("not a programme this version can read (expected a session digest, a Conference "
           "Planner programme, a Pentabarf/frab schedule.xml, a schedule.json, a schedule2 file "
           "or an iCalendar file)") });
}

} // namespace planner
