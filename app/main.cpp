#include "applicationinfo.h"
#include "batchheap.h"
#include "commandline.h"
#include "graphicalbinary.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

// conference-planner: the commands that read and write the database, headless, with
// Qt Core, Sql and Network only. The window, exports and `publish` are
// conference-planner-gui's (GraphicalBinary), which this process becomes.
int main(int argc, char *argv[])
{
    if (planner::GraphicalBinary::runs(planner::CommandLine::argumentsOf(argc, argv))) {
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
        status = planner::CommandLine(out, err).run(QCoreApplication::arguments());
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
