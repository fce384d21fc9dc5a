#include "applicationinfo.h"
#include "commandline.h"
#include "commandwords.h"
#include "graphicalbinary.h"
#ifdef PLANNER_WITH_PUBLISH
#include "publishcommand.h"
#endif
#include "batchheap.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

// conference-planner-commands: the commands that read and write the database,
// headless and without QtGui, loaded by conference-planner (main.cpp). Asked for
// the window or an export, as when conference-planner could not start
// conference-planner-gui itself, it tries once more and says why it cannot.
// Its name is ProgramFolder::commandsEntry. Built twice: as
// conference-planner-commands, and with `publish` (PLANNER_WITH_PUBLISH) as
// conference-planner-publish, which links Qt Network and QtKeychain.
extern "C" Q_DECL_EXPORT int planner_commands_main(int argc, char *argv[])
{
    if (planner::CommandWords::wantsGraphicalBinary(argc, argv)) {
        QTextStream(stderr) << planner::GraphicalBinary::exec(argv) << Qt::endl;
        return planner::CommandLine::Failure;
    }
    // A command is one piece of work and then the end of the process.
    planner::BatchHeap::enable();
    planner::BatchHeap::grow(planner::BatchHeap::importGrowth);
    QCoreApplication app(argc, argv);
    planner::ApplicationInfo::apply();
    int status = planner::CommandLine::Failure;
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        // The command line's destructor closes the database: every write is
        // committed and the connection closed before this block ends.
#ifdef PLANNER_WITH_PUBLISH
        status = planner::CommandLine(out, err, nullptr, &planner::PublishCommand::runWith)
                     .run(QCoreApplication::arguments());
#else
        status = planner::CommandLine(out, err).run(QCoreApplication::arguments());
#endif
    } // the streams flush what they hold
    std::fflush(stdout);
    std::fflush(stderr);
    // All that is left is freeing memory and unloading Qt's libraries and the
    // SQLite plugin one destructor at a time, which ending the process does at
    // once. A sanitized build returns, so that LeakSanitizer checks at exit.
#ifndef __SANITIZE_ADDRESS__
    _exit(status);
#endif
    return status;
}
