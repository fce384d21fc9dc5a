#pragma once

#include "agendaexporter.h"
#include "exportrequest.h"
#include "language.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QTextStream;

namespace planner {

class Database;

// `conference-planner export`: writes the personal agenda to a file in one of
// the export formats. The summary goes to stdout, problems to stderr.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::ExportCommand)

public:
    using Request = ExportRequest;

    ExportCommand(Database &database, Language language, QTextStream &out, QTextStream &err);

    // One of CommandLine::ExitCode.
    int run(const Request &request);
    // The same, in the form CommandLine takes its exporter.
    static int runWith(Database &database, Language language, QTextStream &out, QTextStream &err,
        const Request &request);

private:
    // Success, or the exit code after saying what is wrong with the request.
    int check(const Request &request, std::optional<ExportFormat> &format);

    Database &m_database;
    Language m_language;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace planner
