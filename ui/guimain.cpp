#include "guimain.h"

#include "applicationinfo.h"
#include "conferencefiles.h"
#include "database.h"
#include "databasestartup.h"
#include "desktoptheme.h"
#include "gettingstarteddialog.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

namespace planner {

int guiMain(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    DesktopTheme::apply(app, Preferences().appearance());

    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), {}, QStringLiteral("PATH"));
    const QCommandLineOption languageOption(QStringLiteral("language"), {}, QStringLiteral("LANG"));
    const QCommandLineOption conferenceOption(
        QStringLiteral("conference"), {}, QStringLiteral("KEY"));
    parser.addOptions({ databaseOption, languageOption, conferenceOption });
    parser.parse(QApplication::arguments());
    // The first start follows the system; later starts, the user's last choice.
    const QString languageTag = parser.value(languageOption);
    const std::optional<Language> asked = InterfaceLanguage::fromOption(languageTag);
    if (!languageTag.isEmpty() && !asked) {
        QTextStream(stderr) << QCoreApplication::translate(
            "planner::CommandLine", "--language takes zh_TW or en, not \"%1\"")
                                   .arg(languageTag)
                            << Qt::endl;
    }
    InterfaceLanguage translations;
    translations.install(InterfaceLanguage::atStart(asked, Preferences().language()));

    Database database;
    if (!DatabaseStartup::open(database,
            parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath()))
        return 1;
    MainWindow window(database, translations);
    if (parser.isSet(conferenceOption) && !window.openConference(parser.value(conferenceOption))) {
        QTextStream(stderr) << QCoreApplication::translate("planner::CommandLine",
            "no conference with the key \"%1\" (see 'conference-planner conferences')")
                                   .arg(parser.value(conferenceOption))
                            << Qt::endl;
    }
    window.show();
    // `conference-planner FILE...`, as the file manager starts it: import each file once
    // the window is up, then (on the first start) explain the window.
    QStringList files;
    for (const QString &path : parser.positionalArguments())
        files.append(QFileInfo(path).absoluteFilePath());
    QTimer::singleShot(0, &window, [&window, files] {
        window.conferenceFiles()->importFiles(files);
        GettingStartedDialog::showOnce(&window);
    });
    return QApplication::exec();
}

} // namespace planner
