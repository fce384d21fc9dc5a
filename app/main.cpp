#include "applicationinfo.h"
#include "commandline.h"
#include "guimain.h"

#include <QCoreApplication>
#include <QTextStream>

// One binary, two faces: a command runs headless, without a display server;
// anything else opens the window.
int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (planner::CommandLine::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        planner::ApplicationInfo::apply();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return planner::CommandLine(out, err).run(QCoreApplication::arguments());
    }
    return planner::guiMain(argc, argv);
}
