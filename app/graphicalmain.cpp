#include "applicationinfo.h"
#include "commandline.h"
#include "exportcommand.h"
#include "guimain.h"
#include "publishcommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

// conference-planner-gui: the window, and the commands that need QtGui (exports,
// whose PDF lays out text) or the keyring (`publish`). conference-planner hands
// these over (GraphicalBinary); it runs any other command too, the same way.
int main(int argc, char *argv[])
{
    const QStringList arguments = planner::CommandLine::argumentsOf(argc, argv);
    if (planner::CommandLine::isCommand(arguments)) {
        // The offscreen platform keeps a command headless; only exports need a
        // QGuiApplication at all.
        std::unique_ptr<QCoreApplication> app;
        if (arguments.contains(QLatin1String("export"))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        planner::ApplicationInfo::apply();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return planner::CommandLine(
            out, err, &planner::ExportCommand::runWith, &planner::PublishCommand::runWith)
            .run(QCoreApplication::arguments());
    }
    return planner::guiMain(argc, argv);
}
