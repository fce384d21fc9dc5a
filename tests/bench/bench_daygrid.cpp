// The day grid at conference scale, over a copy of a database: switching days
// (the tab clicked to the grid repainted) and scrolling a day, down through its
// hours and across its rooms, each step one painted frame.
//
//   bench_daygrid --database PATH [--conference KEY] [--rounds N]

#include "benchutil.h"

#include "applicationinfo.h"
#include "database.h"
#include "daygridmodel.h"
#include "daygridview.h"
#include "dayview.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "programmetabs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTest>

using namespace planner;

namespace {

// One frame: the scroll asked for, then the viewport painted before returning.
double frame(DayGridView *grid, QScrollBar *bar, int value)
{
    QElapsedTimer timer;
    timer.start();
    bar->setValue(value);
    grid->viewport()->repaint();
    return bench::ms(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), {}, QStringLiteral("PATH"));
    const QCommandLineOption conferenceOption(
        QStringLiteral("conference"), {}, QStringLiteral("KEY"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), {}, QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({ databaseOption, conferenceOption, roundsOption });
    parser.process(app);
    if (parser.isSet(conferenceOption))
        QSettings().setValue(QStringLiteral("conference/last"), parser.value(conferenceOption));
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    InterfaceLanguage translations;
    translations.install(Language::English);
    Database database;
    if (!database.open(parser.value(databaseOption)).ok())
        return 1;
    MainWindow window(database, translations);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.programmeTabs()->showPage(ProgrammeTabs::Day);
    QTest::qWait(100);
    DayView *day = window.dayView();
    DayGridView *grid = day->grid();
    QTabBar *days = day->dayTabs();
    if (days->count() == 0) {
        std::fprintf(stderr, "bench_daygrid: the conference has no days\n");
        return 1;
    }
    auto *model = qobject_cast<DayGridModel *>(grid->model());
    int most = 0;
    for (int round = 0; round < rounds; ++round) {
        for (int tab = 0; tab < days->count(); ++tab) {
            const int next = (days->currentIndex() + 1) % days->count();
            QElapsedTimer timer;
            timer.start();
            days->setCurrentIndex(next);
            grid->viewport()->repaint();
            bench::result("daygrid_switch_day", bench::ms(timer));
            most = qMax(most, model->rowCount());

            // Down the day a quarter of a screen at a time, then across its rooms.
            QScrollBar *vertical = grid->verticalScrollBar();
            const int down = qMax(1, grid->viewport()->height() / 4);
            for (int y = 0; y <= vertical->maximum(); y += down)
                bench::result("daygrid_frame", frame(grid, vertical, y));
            QScrollBar *horizontal = grid->horizontalScrollBar();
            vertical->setValue(vertical->maximum() / 2);
            const int across = qMax(1, grid->viewport()->width() / 4);
            for (int x = 0; x <= horizontal->maximum() && x <= across * 400; x += across)
                bench::result("daygrid_frame", frame(grid, horizontal, x));
            horizontal->setValue(0);
        }
    }
    bench::result("daygrid_sessions_on_a_day", most, "sessions");
    bench::result("daygrid_rooms_on_last_day", model->rooms().size(), "rooms");
    return 0;
}
