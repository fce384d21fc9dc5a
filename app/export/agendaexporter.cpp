#include "agendaexporter.h"

#include "csvwriter.h"
#include "digestwriter.h"
#include "htmlwriter.h"
#include "icswriter.h"
#include "markdownwriter.h"
#include "pdfwriter.h"

#include <QDir>
#include <QFileInfo>

namespace planner {

QList<ExportFormat> AgendaExporter::formats()
{
    return { ExportFormat::ICalendar, ExportFormat::Markdown, ExportFormat::Csv, ExportFormat::Html,
        ExportFormat::Pdf, ExportFormat::Digest };
}

QString AgendaExporter::name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::ICalendar:
        return QStringLiteral("ics");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Digest:
        return QStringLiteral("digest");
    case ExportFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QString AgendaExporter::suffix(ExportFormat format)
{
    return format == ExportFormat::Digest ? QStringLiteral("md") : name(format);
}

std::optional<ExportFormat> AgendaExporter::fromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const ExportFormat format : formats()) {
        if (lower == AgendaExporter::name(format))
            return format;
    }
    // The names people type as often as the suffixes.
    if (lower == QLatin1String("ical") || lower == QLatin1String("icalendar"))
        return ExportFormat::ICalendar;
    if (lower == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (lower == QLatin1String("htm"))
        return ExportFormat::Html;
    return std::nullopt;
}

std::optional<ExportFormat> AgendaExporter::fromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    return suffix.isEmpty() ? std::nullopt : fromName(suffix);
}

QString AgendaExporter::displayName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::ICalendar:
        return tr("iCalendar (calendar apps)");
    case ExportFormat::Markdown:
        return tr("Markdown (readable agenda)");
    case ExportFormat::Digest:
        return tr("Session digest (Markdown this program reads back)");
    case ExportFormat::Csv:
        return tr("CSV (spreadsheets)");
    case ExportFormat::Html:
        return tr("HTML (web page)");
    case ExportFormat::Pdf:
        break;
    }
    return tr("PDF (print)");
}

QString AgendaExporter::fileFilter(ExportFormat format)
{
    QString patterns = QStringLiteral("*.") + suffix(format);
    if (format == ExportFormat::Html)
        patterns += QStringLiteral(" *.htm");
    return tr("%1 files (%2)", "file dialog filter: format, then patterns")
        .arg(suffix(format).toUpper(), patterns);
}

bool AgendaExporter::isText(ExportFormat format)
{
    return format != ExportFormat::Html && format != ExportFormat::Pdf;
}

ExportOutput AgendaExporter::render(
    ExportFormat format, const Agenda &agenda, const ExportOptions &options)
{
    ExportOutput output;
    output.written = int(agenda.items.size());
    switch (format) {
    case ExportFormat::ICalendar: {
        IcsWriter writer(options);
        output.bytes = writer.write(agenda);
        for (const AgendaItem &item : agenda.items) {
            if (!writer.leftOut().contains(item.session.key))
                continue;
            const QString title = item.session.title.text(options.language);
            output.leftOut.append(item.session.code.isEmpty()
                    ? title
                    : QStringLiteral("%1 [%2]").arg(title, item.session.code));
        }
        output.written -= int(output.leftOut.size());
        break;
    }
    case ExportFormat::Markdown:
        output.bytes = MarkdownWriter(options).write(agenda);
        break;
    case ExportFormat::Digest:
        output.bytes = DigestWriter(options).write(agenda);
        break;
    case ExportFormat::Csv:
        output.bytes = CsvWriter(options).write(agenda);
        break;
    case ExportFormat::Html:
        output.bytes = HtmlWriter(options).write(agenda);
        break;
    case ExportFormat::Pdf:
        output.bytes = PdfWriter(options).write(agenda);
        break;
    }
    return output;
}

QString AgendaExporter::summary(const ExportOutput &output, const QString &path)
{
    const QString done = tr("Exported %n session(s) to %1.", nullptr, output.written)
                             .arg(QDir::toNativeSeparators(path));
    const QString leftOut = leftOutMessage(output.leftOut);
    return leftOut.isEmpty() ? done : done + u' ' + leftOut;
}

QString AgendaExporter::leftOutMessage(const QStringList &leftOut)
{
    if (leftOut.isEmpty())
        return {};
    return tr("Left out %n on-demand session(s) with no time for a calendar to hold: %1. "
              "To include one, give it a time with Plan a Time… in My Schedule.",
        nullptr, int(leftOut.size()))
        .arg(leftOut.join(QStringLiteral("; ")));
}

} // namespace planner
