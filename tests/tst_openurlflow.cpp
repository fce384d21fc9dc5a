#include "backgroundimport.h"
#include "bundledconference.h"
#include "changesdialog.h"
#include "commandrunner.h"
#include "conferencefiles.h"
#include "database.h"
#include "databasedump.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "openurldialog.h"
#include "openurlflow.h"
#include "preferences.h"
#include "programmesite.h"
#include "programmesourcestore.h"
#include "sessionchangestore.h"
#include "userdataservice.h"
#include "windowtesthelpers.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace planner;
using httptest::Request;
using httptest::Response;
using httptest::Site;

namespace {

const QString webconf = QStringLiteral("webconf26");

// Answers the next message box with OK, keeping its text.
void acceptNextMessageBox(QString *text)
{
    whenMessageBoxShows([text](QMessageBox *box) {
        *text = box->text();
        box->button(QMessageBox::Ok)->click();
        return true;
    });
}

// Ends the answers still waiting for a box that never came, after a failure.
QAction *menuAction(QMainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

// A frab programme of `count` sessions, ten rooms, one day.
QByteArray largeProgramme(int count)
{
    QByteArray xml = "<?xml version=\"1.0\"?><schedule><conference><acronym>big26</acronym>"
                     "<title>Big Conference</title><start>2026-06-01</start><end>2026-06-01</end>"
                     "<time_zone_name>Europe/Berlin</time_zone_name></conference>"
                     "<day index=\"1\" date=\"2026-06-01\">";
    for (int room = 0; room < 10; ++room) {
        xml += "<room name=\"Room " + QByteArray::number(room) + "\">";
        for (int i = room; i < count; i += 10) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray time
                = QTime(8, 0).addSecs(60 * 5 * (i / 10)).toString(u"HH:mm").toLatin1();
            xml += "<event guid=\"00000000-0000-4000-8000-" + n.rightJustified(12, '0') + "\" id=\""
                + n + "\"><date>2026-06-01T" + time + ":00+02:00</date><start>" + time
                + "</start><duration>00:05</duration><room>Room " + QByteArray::number(room)
                + "</room><title>Session " + n + " on a subject of some length</title>"
                + "<track>Track " + QByteArray::number(i % 7) + "</track><abstract>"
                + QByteArray(3000, 'a') + "</abstract><persons><person id=\"" + n + "\">Speaker "
                + n + "</person></persons></event>";
        }
        xml += "</room>";
    }
    return xml + "</day></schedule>";
}

} // namespace

class TestOpenUrlFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogTakesWebAddressesOnly();
    void openUrlThenRefreshWithF5();
    void pageWithSeveralProgrammesAsksWhich();
    void failedDownloadSaysWhyAndChangesNothing();
    void cancelStopsTheDownload();
    void refreshOfAFileConferenceExplains();
    void windowKeepsDrawingWhileALargeProgrammeImports();
    void cancelledImportStoresNothing();
    void importsOffTheWindowsThread();
    void runningMeansFromTheDayBeforeToTheLastDay();
    void refreshesQuietlyOnStartAndWhileRunning();

private:
    std::unique_ptr<MainWindow> openWindow() { return planner::openWindow(*m_db, m_translations); }
    QString databasePath() const { return m_dir->filePath(QStringLiteral("window.sqlite")); }

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestOpenUrlFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOpenUrlFlow::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(databasePath()).ok());
    QVERIFY(BundledConference::ensureImported(*m_db).ok());
}

void TestOpenUrlFlow::cleanup()
{
    forgetUnansweredBoxes();
    m_db.reset();
    m_dir.reset();
}

void TestOpenUrlFlow::dialogTakesWebAddressesOnly()
{
    QApplication::clipboard()->setText(QStringLiteral("https://conf.example/2026/"));
    OpenUrlDialog dialog;
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.addressField()->text(), QStringLiteral("https://conf.example/2026/"));
    QVERIFY(ok->isEnabled());
    dialog.addressField()->setText(QStringLiteral("ftp://conf.example/schedule.xml"));
    QVERIFY(!ok->isEnabled());
    dialog.addressField()->setText(QStringLiteral("conf.example/schedule.xml"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.url(), QUrl(QStringLiteral("https://conf.example/schedule.xml")));
    dialog.addressField()->clear();
    QVERIFY(!ok->isEnabled());
}

void TestOpenUrlFlow::openUrlThenRefreshWithF5()
{
    Site site;
    auto window = openWindow();
    QVERIFY(window);
    QAction *open = menuAction(*window, QStringLiteral("openUrl"));
    QAction *refresh = menuAction(*window, QStringLiteral("refreshProgramme"));
    QVERIFY(open && refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));

    // The page's address, typed into File ▸ Open URL….
    QTimer::singleShot(0, window.get(), [&site] {
        auto *dialog = qobject_cast<OpenUrlDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->addressField()->setText(site.url("/"));
        dialog->accept();
    });
    QString summary;
    acceptNextMessageBox(&summary);
    QSignalSpy done(window->openUrlFlow(), &OpenUrlFlow::done);
    open->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QVERIFY2(summary.startsWith(QLatin1String("Imported ")), qPrintable(summary));
    QCOMPARE(window->conferenceKey(), webconf);
    QCOMPARE(
        ProgrammeSourceStore(*m_db).source(webconf)->url.toString(), site.url("/schedule.xml"));

    // A new version: F5 imports it and says what moved.
    QVERIFY(
        window->userData()
            ->setBookmarked(webconf, QStringLiteral("a1f2c3d4-0001-4000-8000-000000000002"), true)
            .ok());
    QVERIFY(site.moveSession("Caching on the web", "Hall B", "15:00"));
    acceptNextMessageBox(&summary);
    window->activateWindow(); // its shortcuts work in the active window
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
    QVERIFY2(summary.contains(QLatin1String("moved: ")), qPrintable(summary));
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("Programme Changes")),
        qPrintable(window->statusBar()->currentMessage()));

    // View ▸ Programme Changes lists it, old → new, until marked seen.
    QStringList row;
    int left = -1;
    QTimer::singleShot(0, window.get(), [&] {
        ChangesDialog *dialog = window->openUrlFlow()->changesDialog();
        QVERIFY(dialog);
        QTreeWidgetItem *item = dialog->list()->topLevelItem(0);
        for (int column = 0; item && column < 4; ++column)
            row << item->text(column);
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text() == QLatin1String("&Mark All as Seen"))
                button->click();
        }
        left = dialog->changeCount();
        dialog->reject();
    });
    menuAction(*window, QStringLiteral("programmeChanges"))->trigger();
    QCOMPARE(row.size(), 4);
    QCOMPARE(row.at(0), QStringLiteral("Moved"));
    QCOMPARE(row.at(1), QStringLiteral("★ Caching on the web"));
    QVERIFY2(row.at(2).contains(QLatin1String("Hall A")), qPrintable(row.at(2)));
    QVERIFY2(row.at(3).contains(QLatin1String("Hall B")), qPrintable(row.at(3)));
    QCOMPARE(left, 0);

    // Unchanged: answered "not modified", said in the status bar, nothing written.
    const QStringList before = dbtest::dump(databasePath());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 10000);
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("not changed")),
        qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(site.requests().last().headers.value("if-none-match"), QByteArray("\"2\""));
    QCOMPARE(dbtest::dump(databasePath()), before);
}

void TestOpenUrlFlow::pageWithSeveralProgrammesAsksWhich()
{
    Site site;
    auto window = openWindow();
    QVERIFY(window);
    QStringList offered;
    auto *poll = new QTimer(window.get());
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, poll, [poll, &offered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        offered = dialog->comboBoxItems();
        dialog->setTextValue(offered.value(0)); // the XML one
        dialog->accept();
    });
    poll->start();
    QString summary;
    acceptNextMessageBox(&summary);
    QSignalSpy done(window->openUrlFlow(), &OpenUrlFlow::done);
    window->openUrlFlow()->open(QUrl(site.url("/several.html")));
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QCOMPARE(offered.size(), 2);
    QVERIFY(offered.at(0).contains(site.url("/schedule.xml")));
    QVERIFY(offered.at(1).contains(site.url("/schedule.ics")));
    QVERIFY2(summary.startsWith(QLatin1String("Imported ")), qPrintable(summary));
    QCOMPARE(window->conferenceKey(), webconf);
}

void TestOpenUrlFlow::failedDownloadSaysWhyAndChangesNothing()
{
    Site site;
    auto window = openWindow();
    QVERIFY(window);
    const QStringList before = dbtest::dump(databasePath());
    QString message;
    acceptNextMessageBox(&message);
    QSignalSpy done(window->openUrlFlow(), &OpenUrlFlow::done);
    window->openUrlFlow()->open(QUrl(site.url("/500")));
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QVERIFY2(message.contains(QLatin1String("127.0.0.1 answered HTTP 500")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("Nothing stored was changed")));
    QCOMPARE(dbtest::dump(databasePath()), before);
}

void TestOpenUrlFlow::cancelStopsTheDownload()
{
    httptest::Server slow([](const Request &) {
        Response r = Response::ok("<schedule/>", "application/xml");
        r.delayMs = 10000;
        return r;
    });
    auto window = openWindow();
    QVERIFY(window);
    const QStringList before = dbtest::dump(databasePath());
    QSignalSpy done(window->openUrlFlow(), &OpenUrlFlow::done);
    window->openUrlFlow()->open(slow.url(QStringLiteral("/schedule.xml")));
    QTRY_VERIFY(window->openUrlFlow()->progressDialog()
        && window->openUrlFlow()->progressDialog()->isVisible());
    QElapsedTimer clock;
    clock.start();
    auto *cancel = window->openUrlFlow()->progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    cancel->click();
    QTRY_COMPARE(done.size(), 1);
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("cancelled")));
    QCOMPARE(dbtest::dump(databasePath()), before);
}

void TestOpenUrlFlow::refreshOfAFileConferenceExplains()
{
    auto window = openWindow();
    QVERIFY(window);
    const QStringList before = dbtest::dump(databasePath());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Open URL")));
    QCOMPARE(dbtest::dump(databasePath()), before);
}

void TestOpenUrlFlow::windowKeepsDrawingWhileALargeProgrammeImports()
{
    const QString path = m_dir->filePath(QStringLiteral("big.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(largeProgramme(1000));
    file.close();
    auto window = openWindow();
    QVERIFY(window);
    // A timer as a frame clock: the longest wait between its ticks is the longest
    // the window could not draw.
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    int ticks = 0;
    QTimer frames;
    frames.setInterval(5);
    connect(&frames, &QTimer::timeout, &frames, [&] {
        if (ticks++ > 0)
            longest = std::max(longest, sinceTick.elapsed());
        sinceTick.restart();
    });
    QString summary;
    acceptNextMessageBox(&summary);
    sinceTick.start();
    frames.start();
    QElapsedTimer import;
    import.start();
    QVERIFY(window->conferenceFiles()->importFile(path));
    frames.stop();
    qInfo("1,000 sessions imported in %lld ms; longest gap between frames %lld ms over %d frames",
        import.elapsed(), longest, ticks);
    QVERIFY2(summary.startsWith(QLatin1String("Imported ")), qPrintable(summary));
    QVERIFY(ticks > 3);
    // The message box's own start is in the last gap; the import is not.
    QVERIFY2(longest < 250, qPrintable(QStringLiteral("%1 ms").arg(longest)));
}

void TestOpenUrlFlow::cancelledImportStoresNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("big.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(largeProgramme(1000));
    file.close();
    const QStringList before = dbtest::dump(databasePath());
    BackgroundImport import(databasePath());
    QSignalSpy finished(&import, &BackgroundImport::finished);
    import.start(ImportSource::file(path));
    import.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(import.outcome().cancelled);
    QVERIFY(!import.outcome().ok());
    QCOMPARE(dbtest::dump(databasePath()), before);

    // Not cancelled, the same import stores the programme, from its own thread.
    import.start(ImportSource::file(path));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY2(import.outcome().ok(), qPrintable(import.outcome().errorMessage()));
    QCOMPARE(import.outcome().conference.key, QStringLiteral("big26"));
    QVERIFY(dbtest::dump(databasePath()) != before);
}

void TestOpenUrlFlow::importsOffTheWindowsThread()
{
    const QString path = m_dir->filePath(QStringLiteral("big.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(largeProgramme(1000));
    file.close();
    BackgroundImport import(databasePath());
    QSignalSpy finished(&import, &BackgroundImport::finished);
    QSignalSpy progress(&import, &BackgroundImport::progress);
    // A timer as a frame clock: the longest wait between its ticks is the longest
    // a window on this thread could not have drawn.
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    int ticks = 0;
    QTimer frames;
    frames.setInterval(5);
    connect(&frames, &QTimer::timeout, &frames, [&] {
        longest = std::max(longest, sinceTick.restart());
        ++ticks;
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    frames.start();
    import.start(ImportSource::file(path));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    frames.stop();
    qInfo("1,000 sessions (%lld KB) imported in %lld ms; longest frame %lld ms of %d",
        QFileInfo(path).size() / 1024, clock.elapsed(), longest, ticks);
    QVERIFY2(import.outcome().ok(), qPrintable(import.outcome().errorMessage()));
    QCOMPARE(progress.last().first().toInt(), 100);
    QVERIFY(ticks > 2);
    QVERIFY2(longest < 100, qPrintable(QStringLiteral("%1 ms").arg(longest)));
}

void TestOpenUrlFlow::runningMeansFromTheDayBeforeToTheLastDay()
{
    Conference conference;
    conference.startDate = QDate(2026, 5, 2);
    conference.endDate = QDate(2026, 5, 3);
    conference.timeZone = QStringLiteral("Europe/Berlin");
    const auto at
        = [](int day, int hour) { return QDateTime(QDate(2026, 5, day), QTime(hour, 0), Qt::UTC); };
    QVERIFY(
        !OpenUrlFlow::isRunning(conference, at(1, 0).addSecs(-3 * 3600))); // 30 Apr, 23:00 there
    QVERIFY(OpenUrlFlow::isRunning(conference, at(1, 12)));
    QVERIFY(OpenUrlFlow::isRunning(conference, at(3, 21))); // 23:00 on the last day there
    QVERIFY(!OpenUrlFlow::isRunning(conference, at(3, 23))); // already the 4th there
    conference.endDate = QDate();
    QVERIFY(OpenUrlFlow::isRunning(conference, at(2, 10)));
    QVERIFY(!OpenUrlFlow::isRunning(conference, at(3, 10)));
    QVERIFY(!OpenUrlFlow::isRunning(Conference(), at(2, 10)));
}

void TestOpenUrlFlow::refreshesQuietlyOnStartAndWhileRunning()
{
    Site site;
    QCOMPARE(runCommand(databasePath(), { QStringLiteral("import"), site.url("/schedule.xml") })
                 .exitCode,
        0);
    QVERIFY(site.moveSession("Caching on the web", "Hall B", "15:00"));
    QCOMPARE(site.requests().size(), 1);
    Preferences().setLastConference(webconf);
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->conferenceKey(), webconf);
    // Downloaded again at start, with no dialog: the status bar says so.
    QTRY_COMPARE(site.requests().size(), 2);
    QTRY_VERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("changed since")),
        qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(SessionChangeStore(*m_db).changes(webconf).size(), 1);

    // While the conference runs, the timer asks again; otherwise it does not.
    window->openUrlFlow()->refreshIfRunning(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    QTest::qWait(100);
    QCOMPARE(site.requests().size(), 2);
    window->openUrlFlow()->refreshIfRunning(QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC));
    QTRY_COMPARE(site.requests().size(), 3);
    QTRY_VERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("not changed")),
        qPrintable(window->statusBar()->currentMessage()));

    // Turned off, a start does not download.
    auto *onStart = window->findChild<QAction *>(QStringLiteral("refreshOnStart"));
    QVERIFY(onStart && onStart->isChecked());
    onStart->trigger();
    QVERIFY(!Preferences().refreshOnStart());
    window.reset();
    window = openWindow();
    QVERIFY(window);
    QTest::qWait(200);
    QCOMPARE(site.requests().size(), 3);
}

QTEST_MAIN(TestOpenUrlFlow)
#include "tst_openurlflow.moc"
