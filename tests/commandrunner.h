#pragma once

// Runs the command line in this process, the way a script runs the binary, and
// keeps what it printed: shared by the tests of the commands.

#include "commandline.h"
#include "exportcommand.h"
#include "publishcommand.h"

#include <QStringList>
#include <QTextStream>

namespace planner {

// What one run of the command line left behind.
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `conference-planner ARGUMENTS... --database DATABASE`, exports and publishing
// included (as conference-planner-gui runs them)
inline Outcome runCommand(const QString &database, const QStringList &arguments)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    const QStringList argv = QStringList { QStringLiteral("conference-planner") } + arguments
        + QStringList { QStringLiteral("--database"), database };
    outcome.exitCode
        = CommandLine(out, err, &ExportCommand::runWith, &PublishCommand::runWith).run(argv);
    out.flush();
    err.flush();
    return outcome;
}

} // namespace planner
