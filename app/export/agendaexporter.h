#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace planner {

enum class ExportFormat { ICalendar, Markdown, Csv, Html, Pdf };

// What an export produced: the file's bytes and, for a calendar, the sessions
// it had to leave out, named for the closing message.
struct ExportOutput
{
    QByteArray bytes;
    QStringList leftOut; // "Title [CODE]" in the export's language
};

// The one place that knows every agenda format: its name on the command line,
// its file suffix, its label in the dialog, and which writer makes it.
class AgendaExporter
{
    Q_DECLARE_TR_FUNCTIONS(planner::AgendaExporter)

public:
    static QList<ExportFormat> formats();
    // "ics", "md", "csv", "html", "pdf": the --format values, also the file suffixes.
    static QString name(ExportFormat format);
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
    // The closing message about sessions a calendar could not place; empty when none.
    static QString leftOutMessage(const QStringList &leftOut);
};

} // namespace planner
