#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace planner {

enum class ExportFormat { ICalendar, Markdown, Csv, Html, Pdf, Digest };

// What an export produced: the file's bytes, how many sessions it holds and, for a
// calendar, the sessions it had to leave out, named for the closing message.
struct ExportOutput
{
    QByteArray bytes;
    int written = 0; // the sessions the file holds, which is what the user is told
    QStringList leftOut; // "Title [CODE]" in the export's language
};

// The one place that knows every agenda format: its name on the command line,
// its file suffix, its label in the dialog, and which writer makes it.
class AgendaExporter
{
    Q_DECLARE_TR_FUNCTIONS(planner::AgendaExporter)

public:
    static QList<ExportFormat> formats();
    // "ics", "md", "csv", "html", "pdf", "digest": the --format values.
    static QString name(ExportFormat format);
    // "ics", "md", ...: the file suffix, the name but for the digest (a Markdown file).
    static QString suffix(ExportFormat format);
    static std::optional<ExportFormat> fromName(const QString &name);
    static std::optional<ExportFormat> fromFileName(const QString &fileName);
    // "iCalendar (*.ics)", as a file dialog filter and a menu entry.
    static QString displayName(ExportFormat format);
    static QString fileFilter(ExportFormat format);
    // Text formats preview as text; HTML and PDF as the rendered page.
    static bool isText(ExportFormat format);
    // PDF lays out text, which needs a QGuiApplication.
    static bool needsGui(ExportFormat format) { return format == ExportFormat::Pdf; }

    static ExportOutput render(
        ExportFormat format, const Agenda &agenda, const ExportOptions &options);
    // The closing message: how many sessions went to `path` and, in the same
    // words, which were left out, why, and how to include them.
    static QString summary(const ExportOutput &output, const QString &path);
    // The part about sessions a calendar could not place; empty when none.
    static QString leftOutMessage(const QStringList &leftOut);
};

} // namespace planner
