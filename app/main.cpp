#include "applicationinfo.h"
#include "commandline.h"
#include "graphicalbinary.h"

#include <QCoreApplication>
#include <QTextStream>

// One program, two binaries: this one runs the commands that read and write the
// database, headless and without QtGui; the window and exports are handed to
// conference-planner-gui in the same process (see GraphicalBinary).
int main(int argc, char *argv[])
{
    const QStringList arguments = planner::CommandLine::argumentsOf(argc, argv);
    // A stray "export" word elsewhere only costs the graphical binary's start-up.
    if (!planner::CommandLine::isCommand(arguments)
        || arguments.contains(QLatin1String("export"))) {
        QTextStream(stderr) << planner::GraphicalBinary::exec(argv) << Qt::endl;
        return planner::CommandLine::Failure;
    }
    QCoreApplication app(argc, argv);
    planner::ApplicationInfo::apply();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return planner::CommandLine(out, err).run(QCoreApplication::arguments());
}
