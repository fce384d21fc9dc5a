// The window while a programme imports: File ▸ Open URL… of a programme served on
// 127.0.0.1, then View ▸ Refresh Programme of its next version, in the real
// window, as a user does them (the download, the import on its own thread, the
// summary answered). A timer ticking every 5 ms on the window's thread is the
// frame clock: the gaps between its ticks are how long the window could not
// draw, from the address given to the summary answered.
//
//   bench_importresponsiveness --programme FILE [--rounds N]
//
// FILE: a programme of the size to measure (run.sh generates 1,000 sessions).
// Prints, per round: RESULT import_ui_longest_gap, import_ui_median_gap (Open
// URL) and refresh_ui_longest_gap, refresh_ui_median_gap (F5), in ms.

#include "benchutil.h"

#include "applicationinfo.h"
#include "bundledconference.h"
#include "database.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "openurlflow.h"
#include "testhttpserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace planner;

namespace {

// The gaps between the ticks of a 5 ms timer on this thread while it runs.
class FrameClock
{
public:
    FrameClock()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_gaps.push_back(bench::ms(m_sinceTick));
            m_sinceTick.start();
        });
    }
    void start()
    {
        m_gaps.clear();
        m_sinceTick.start();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_gaps.push_back(bench::ms(m_sinceTick)); // up to the end
    }
    double longest() const { return *std::max_element(m_gaps.begin(), m_gaps.end()); }
    double median() const
    {
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    std::size_t ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    std::vector<double> m_gaps;
};

// Clicks OK on the import's summary as soon as it shows, as the user would.
void answerSummary()
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, poll, [poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->deleteLater();
        box->button(QMessageBox::Ok)->click();
    });
    poll->start();
}

// One download and import through `run`, measured; false when it did not end.
bool measure(MainWindow &window, const char *name, const std::function<void()> &run)
{
    QSignalSpy done(window.openUrlFlow(), &OpenUrlFlow::done);
    FrameClock frames;
    answerSummary();
    QElapsedTimer total;
    total.start();
    frames.start();
    run();
    const bool ended = QTest::qWaitFor([&] { return !done.isEmpty(); }, 120000);
    frames.stop();
    if (!ended) {
        std::fprintf(stderr, "bench_importresponsiveness: %s did not end\n", name);
        return false;
    }
    const QByteArray prefix(name);
    bench::result((prefix + "_ui_longest_gap").constData(), frames.longest());
    bench::result((prefix + "_ui_median_gap").constData(), frames.median());
    std::fprintf(stderr, "%s: %.0f ms in all, %zu ticks\n", name, bench::ms(total), frames.ticks());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    QCommandLineParser parser;
    const QCommandLineOption programmeOption(
        QStringLiteral("programme"), {}, QStringLiteral("FILE"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), {}, QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({ programmeOption, roundsOption });
    parser.process(app);
    QFile file(parser.value(programmeOption));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_importresponsiveness: cannot read --programme %s\n",
            qPrintable(file.fileName()));
        return 1;
    }
    const QByteArray programme = file.readAll();
    // The next version: one session retitled, under a new ETag.
    QByteArray next = programme;
    next.replace(next.indexOf("<title>", next.indexOf("<event")), 7, "<title>Updated: ");
    int version = 1;
    httptest::Server site([&](const httptest::Request &request) {
        if (request.headers.value("if-none-match") == "\"" + QByteArray::number(version) + "\"")
            return httptest::Response::notModified();
        return httptest::Response::ok(version % 2 ? programme : next, "application/xml")
            .header("ETag", "\"" + QByteArray::number(version) + "\"");
    });
    const QUrl url = site.url(QStringLiteral("/schedule.xml"));

    InterfaceLanguage translations;
    translations.install(Language::English);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    for (int round = 0; round < rounds; ++round) {
        // Each round on a new database, as on a first Open URL; settings too.
        QSettings().clear();
        QSettings().setValue(QStringLiteral("hints/gettingStartedShown"), true);
        QTemporaryDir dir;
        Database database;
        if (!database.open(dir.filePath(QStringLiteral("planner.sqlite"))).ok()
            || !BundledConference::ensureImported(database).ok())
            return 1;
        MainWindow window(database, translations);
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        QTest::qWait(200);
        version = 1;
        if (!measure(window, "import", [&] { window.openUrlFlow()->open(url); }))
            return 1;
        const QString key = window.conferenceKey();
        version = 2;
        if (!measure(window, "refresh", [&] { window.openUrlFlow()->refresh(key); }))
            return 1;
    }
    return 0;
}
