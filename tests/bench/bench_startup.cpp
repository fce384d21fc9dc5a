// Cold start of the real window, in phases, as guimain.cpp runs it: the
// application object, translators, fonts (fontconfig), the database, the
// MainWindow and the first exposure. One start per process, so the script runs
// it several times; it also prints when the window was exposed (wall clock) so
// the script can count from the moment it launched the process.
//
//   bench_startup --database PATH [--conference KEY] [--language en|zh_TW]

#include "benchutil.h"

#include "applicationinfo.h"
#include "bundledconference.h"
#include "database.h"
#include "interfacelanguage.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontMetrics>
#include <QSettings>
#include <QTest>

using namespace planner;

int main(int argc, char *argv[])
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer phase;
    phase.start();
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    bench::result("startup_qapplication", bench::ms(phase));

    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), {}, QStringLiteral("PATH"));
    const QCommandLineOption conferenceOption(
        QStringLiteral("conference"), {}, QStringLiteral("KEY"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), {}, QStringLiteral("LANG"), QStringLiteral("en"));
    parser.addOptions({ databaseOption, conferenceOption, languageOption });
    parser.process(app);
    if (parser.isSet(conferenceOption))
        QSettings().setValue(QStringLiteral("conference/last"), parser.value(conferenceOption));

    phase.restart();
    InterfaceLanguage translations;
    translations.install(languageFromTag(parser.value(languageOption)));
    bench::result("startup_translators", bench::ms(phase));

    // The first font metrics load fontconfig's configuration and cache; the
    // window would pay for it on its first layout.
    phase.restart();
    (void)QFontMetrics(QApplication::font()).height();
    bench::result("startup_fontconfig", bench::ms(phase));

    phase.restart();
    Database database;
    StoreStatus status = database.open(parser.value(databaseOption));
    if (status.ok())
        status = BundledConference::ensureImported(database);
    if (!status.ok()) {
        QTextStream(stderr) << status.error << '\n';
        return 1;
    }
    bench::result("startup_database", bench::ms(phase));

    phase.restart();
    auto window = std::make_unique<MainWindow>(database, translations);
    bench::result("startup_mainwindow", bench::ms(phase));
    phase.restart();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return 1;
    const qint64 exposedAt = bench::realtimeNs();
    bench::result("startup_show_exposed", bench::ms(phase));
    bench::result("startup_main_to_exposed", bench::ms(total));
    std::printf("EXPOSED_AT %lld\n", static_cast<long long>(exposedAt));
    bench::result("startup_rss_exposed", bench::residentMb(), "MB");
    // Whatever the window defers to idle time runs now; memory is measured after it.
    QTest::qWait(500);
    bench::result("startup_rss_settled", bench::residentMb(), "MB");
    return 0;
}
