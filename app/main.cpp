#include "applicationinfo.h"
#include "commandline.h"
#include "guimain.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

// One binary, two faces: a command runs headless, without a display server;
// anything else opens the window.
int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (planner::CommandLine::isCommand(arguments)) {
        // Exporting a PDF lays out text, which needs a QGuiApplication; the offscreen
        // platform keeps it headless. Other commands stay on the faster QCoreApplication.
        // A stray "export" word elsewhere only costs that start-up time.
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
        return planner::CommandLine(out, err).run(QCoreApplication::arguments());
    }
    return planner::guiMain(argc, argv);
}
