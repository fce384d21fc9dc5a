#include "exportcommand.h"

#include "agendabuilder.h"
#include "agendaexporter.h"
#include "commandline.h"
#include "exportfile.h"
#include "preferences.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

namespace planner {

ExportCommand::ExportCommand(
    Database &database, Language language, QTextStream &out, QTextStream &err)
    : m_database(database)
    , m_language(language)
    , m_out(out)
    , m_err(err)
{
}

int ExportCommand::check(const Request &request, std::optional<ExportFormat> &format)
{
    if (!request.extra.isEmpty())
        return CommandLine::usageError(
            m_err, tr("export takes no arguments; name the file with -o FILE"));
    if (request.output.isEmpty())
        return CommandLine::usageError(m_err, tr("export needs the file to write: -o FILE"));
    format = request.format.isEmpty() ? AgendaExporter::fromFileName(request.output)
                                      : AgendaExporter::fromName(request.format);
    if (!format && request.format.isEmpty())
        return CommandLine::usageError(
            m_err, tr("export needs --format ics, md, csv, html, pdf or digest"));
    if (!format)
        return CommandLine::usageError(
            m_err, tr("--format takes ics, md, csv, html, pdf or digest, not \"%1\"").arg(request.format));
    // main() starts a QGuiApplication for this command; a caller that did not cannot lay out text.
    if (AgendaExporter::needsGui(*format)
        && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return CommandLine::failure(m_err, tr("PDF export needs the graphical application object"));
    return CommandLine::Success;
}

int ExportCommand::runWith(Database &database, Language language, QTextStream &out,
    QTextStream &err, const Request &request)
{
    return ExportCommand(database, language, out, err).run(request);
}

int ExportCommand::run(const Request &request)
{
    std::optional<ExportFormat> format;
    if (const int status = check(request, format); status != CommandLine::Success)
        return status;
    const Agenda agenda
        = AgendaBuilder(m_database)
              .build(request.conferenceKey,
                  request.all ? AgendaScope::WholeProgramme : AgendaScope::Bookmarked);
    if (agenda.items.isEmpty() && !request.all)
        m_err << CommandLine::tr("conference-planner: %1")
                     .arg(tr("no session is bookmarked, so the agenda is empty (bookmark "
                             "sessions, or export the whole programme with --all)"))
              << Qt::endl;
    ExportOptions options;
    options.language = m_language;
    options.withNotes = request.withNotes;
    // The reminders chosen in the window ride along as the calendar's alarms.
    options.reminderMinutes = Preferences().reminderMinutes();
    const ExportOutput output = AgendaExporter::render(*format, agenda, options);
    if (const std::optional<QString> error = ExportFile::write(request.output, output.bytes))
        return CommandLine::failure(m_err, *error);
    // The count is what the file holds; what it had to leave out is said in the same words.
    m_out << AgendaExporter::summary(output, request.output) << Qt::endl;
    return CommandLine::Success;
}

// The same wording as the rest of the command line, so it shares its translations.
} // namespace planner
