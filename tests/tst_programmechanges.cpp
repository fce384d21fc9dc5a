#include "bundledconference.h"
#include "changebadge.h"
#include "changesflow.h"
#include "conferencefiles.h"
#include "database.h"
#include "daygridmodel.h"
#include "daygridview.h"
#include "dayview.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "openurlflow.h"
#include "programmefilterbar.h"
#include "programmesite.h"
#include "programmetabs.h"
#include "schedulemodel.h"
#include "scheduleview.h"
#include "sessionchangestore.h"
#include "tracktreemodel.h"
#include "unseenchanges.h"
#include "userdataservice.h"
#include "windowtesthelpers.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace planner;
using httptest::Site;

namespace {

const QString webconf = QStringLiteral("webconf26");
const QString opening = QStringLiteral("a1f2c3d4-0001-4000-8000-000000000001");
const QString caching = QStringLiteral("a1f2c3d4-0001-4000-8000-000000000002");
const QString feeds = QStringLiteral("a1f2c3d4-0001-4000-8000-000000000003");
const QString closing = QStringLiteral("a1f2c3d4-0001-4000-8000-000000000004");
const QString added = QStringLiteral("a1f2c3d4-0001-4000-8000-000000000005");

// A notifier that keeps what it is asked to show, clicked as a user would.
class RecordingNotifier : public ReminderNotifier
{
public:
    using ReminderNotifier::ReminderNotifier;
    struct Shown
    {
        Reminder about;
        Message message;
    };
    QList<Shown> shown;
    void show(const Reminder &reminder, const Message &message) override
    {
        shown.append({ reminder, message });
    }
    void click(int which)
    {
        emit activated(shown.at(which).about.conference, shown.at(which).about.session);
    }
};

// The programme with `guid`'s event taken out.
QByteArray without(const QByteArray &programme, const QString &guid)
{
    QByteArray next = programme;
    const qsizetype at = next.indexOf(guid.toLatin1());
    const qsizetype from = next.lastIndexOf("<event", at);
    const qsizetype to = next.indexOf("</event>", at) + int(strlen("</event>"));
    next.remove(from, to - from);
    return next;
}

QByteArray withTitle(QByteArray programme, const QByteArray &from, const QByteArray &to)
{
    return programme.replace("<title>" + from + "</title>", "<title>" + to + "</title>");
}

QByteArray withNewSession(QByteArray programme)
{
    const QByteArray event = R"(<event guid="a1f2c3d4-0001-4000-8000-000000000005" id="5">
        <date>2026-05-02T16:00:00+02:00</date><start>16:00</start><duration>00:30</duration>
        <room>Hall A</room><title>Lightning talks</title><track>Main</track><type>talk</type>
        <persons/></event>)";
    // At the end of Hall A's events.
    const qsizetype room
        = programme.lastIndexOf("</room>", programme.indexOf("<room name=\"Hall B\""));
    return programme.insert(room, event);
}

// How many pixels of `image` are exactly `colour`: where a badge is painted.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += (line[x] & 0xffffff) == (colour.rgb() & 0xffffff);
    }
    return count;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return dark;
}

} // namespace

// After an update from the web, the sessions changed since the user last looked
// wear a badge in the programme tree, the day grid and My Schedule; the Changes
// filter lists them; seeing one, or marking all seen, clears them for good; a
// bookmark moved or cancelled is told on the desktop.
class TestProgrammeChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void badgesAfterARefreshInEveryView();
    void seeingASessionClearsItsBadgeForGood();
    void changesFilterListsThemUntilMarkedSeen();
    void oneBookmarkMovedIsOneNotificationThatOpensIt();
    void aFileImportNotifiesNothing();
    void badgesAreReadableInLightAndDarkPalettes();
    void modelsStayConsistent();

private:
    // The window on the site's programme, with `bookmarks`, then the site's next
    // version refreshed; the notifier records what the desktop would show.
    std::unique_ptr<MainWindow> openAndRefresh(Site &site, const QStringList &bookmarks,
        const std::function<void(Site &)> &nextVersion, RecordingNotifier **notifier);
    QString databasePath() const { return m_dir->filePath(QStringLiteral("window.sqlite")); }

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestProgrammeChanges::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProgrammeChanges::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(databasePath()).ok());
    QVERIFY(BundledConference::ensureImported(*m_db).ok());
}

void TestProgrammeChanges::cleanup()
{
    forgetUnansweredBoxes();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestProgrammeChanges::openAndRefresh(Site &site,
    const QStringList &bookmarks, const std::function<void(Site &)> &nextVersion,
    RecordingNotifier **notifier)
{
    auto window = openWindow(*m_db, m_translations);
    if (!window)
        return nullptr;
    auto *recording = new RecordingNotifier;
    window->changesFlow()->setNotifier(recording);
    *notifier = recording;
    const auto acceptSummary = [] {
        whenMessageBoxShows([](QMessageBox *box) {
            box->button(QMessageBox::Ok)->click();
            return true;
        });
    };
    QSignalSpy done(window->openUrlFlow(), &OpenUrlFlow::done);
    acceptSummary();
    window->openUrlFlow()->open(QUrl(site.url("/schedule.xml")));
    if (!QTest::qWaitFor([&] { return done.size() == 1; }, 10000)
        || window->conferenceKey() != webconf)
        return nullptr;
    for (const QString &key : bookmarks)
        window->userData()->setBookmarked(webconf, key, true);
    nextVersion(site);
    acceptSummary();
    window->openUrlFlow()->refresh(webconf);
    if (!QTest::qWaitFor([&] { return done.size() == 2; }, 10000))
        return nullptr;
    return window;
}

void TestProgrammeChanges::badgesAfterARefreshInEveryView()
{
    Site site;
    RecordingNotifier *notifier = nullptr;
    auto window = openAndRefresh(
        site, { caching, closing },
        [](Site &next) {
            QVERIFY(next.moveSession("Caching on the web", "Hall B", "15:00"));
            next.publish(withNewSession(withTitle(without(next.programme(), closing),
                "Feeds and schedules", "Feeds, schedules and calendars")));
        },
        &notifier);
    QVERIFY(window);
    const TrackTreeModel *tree = window->programmeModel();
    const auto kindIn = [](const QModelIndex &index, int role) {
        const QVariant kind = index.data(role);
        return kind.isValid() ? kind.toInt() : -1;
    };
    const int moved = int(SessionChange::Kind::Moved);

    // The tree: each changed session its word, and old → new in its tooltip.
    const QModelIndex cachingRow = tree->indexOfSession(caching);
    QCOMPARE(kindIn(cachingRow, TrackTreeModel::ChangeKindRole), moved);
    QCOMPARE(cachingRow.data(TrackTreeModel::ChangeBadgeRole).toString(), QStringLiteral("Moved"));
    const QString tip = cachingRow.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(
                 QStringLiteral("Moved: Sat 11:00–11:45 AM · Hall A → Sat 3:00–3:45 PM · Hall B")),
        qPrintable(tip));
    QVERIFY2(cachingRow.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Moved")),
        qPrintable(cachingRow.data(Qt::AccessibleTextRole).toString()));
    const QModelIndex feedsRow = tree->indexOfSession(feeds);
    QCOMPARE(kindIn(feedsRow, TrackTreeModel::ChangeKindRole), int(SessionChange::Kind::Changed));
    QVERIFY2(feedsRow.data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral(
                     "Changed: Feeds and schedules → Feeds, schedules and calendars")),
        qPrintable(feedsRow.data(Qt::ToolTipRole).toString()));
    QCOMPARE(kindIn(tree->indexOfSession(added), TrackTreeModel::ChangeKindRole),
        int(SessionChange::Kind::New));
    QCOMPARE(kindIn(tree->indexOfSession(opening), TrackTreeModel::ChangeKindRole), -1);
    QCOMPARE(tree->indexOfSession(opening).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Opening"));

    // Painted: the badge's colour is on the tree's screen.
    window->programmeView()->expandAll();
    QTest::qWait(20);
    const QPalette palette = window->programmeView()->viewport()->palette();
    const QImage treeImage = window->programmeView()->viewport()->grab().toImage();
    QVERIFY(pixelsOf(treeImage, ChangeBadge::colours(moved, palette).fill) > 20);
    QVERIFY(pixelsOf(treeImage, ChangeBadge::colours(int(SessionChange::Kind::New), palette).fill)
        > 20);

    // The day grid: the same, in the block.
    window->programmeTabs()->showPage(ProgrammeTabs::Day);
    DayGridView *grid = window->dayView()->grid();
    auto *day = qobject_cast<DayGridModel *>(grid->model());
    QVERIFY(day);
    const QModelIndex block = day->index(day->rowOfSession(caching));
    QCOMPARE(kindIn(block, DayGridModel::ChangeKindRole), moved);
    QCOMPARE(block.data(DayGridModel::ChangeBadgeRole).toString(), QStringLiteral("Moved"));
    QVERIFY(block.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("→ Sat 3:00–3:45 PM · Hall B")));
    QVERIFY(block.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Moved: ")));
    grid->scrollTo(block);
    QTest::qWait(20);
    QVERIFY(pixelsOf(grid->viewport()->grab().toImage(),
                ChangeBadge::colours(moved, grid->viewport()->palette()).fill)
        > 20);

    // My Schedule: the bookmark moved, and the one cancelled.
    QTreeView *schedule = window->scheduleView()->tree();
    auto *mine = qobject_cast<ScheduleModel *>(schedule->model());
    const QModelIndex mineMoved = mine->indexOfSession(caching);
    const QModelIndex mineCancelled = mine->indexOfSession(closing);
    QVERIFY(mineCancelled.isValid());
    QCOMPARE(kindIn(mineMoved, ScheduleModel::ChangeKindRole), moved);
    QCOMPARE(
        kindIn(mineCancelled, ScheduleModel::ChangeKindRole), int(SessionChange::Kind::Cancelled));
    const QModelIndex cancelledTitle = mineCancelled.siblingAtColumn(ScheduleModel::TitleColumn);
    QVERIFY2(cancelledTitle.data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral(
                     "Cancelled since you last looked; it was Sat 2 May 2:00–3:00 PM · Hall B")),
        qPrintable(cancelledTitle.data(Qt::ToolTipRole).toString()));
    QVERIFY(cancelledTitle.data(Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("Cancelled")));
    // As wide as a laptop's screen gives it: room for the badge beside the title.
    window->resize(1600, 900);
    window->resizeDocks({ window->findChild<QDockWidget *>(QStringLiteral("scheduleDock")) },
        { 420 }, Qt::Horizontal);
    schedule->expandAll();
    QTest::qWait(20);
    if (qEnvironmentVariableIsSet("PLANNER_SHOTS")) {
        window->grab().save(QStringLiteral("/tmp/changes-window.png"));
        schedule->viewport()->grab().save(QStringLiteral("/tmp/changes-schedule.png"));
    }
    QVERIFY(pixelsOf(schedule->viewport()->grab().toImage(),
                ChangeBadge::colours(
                    int(SessionChange::Kind::Cancelled), schedule->viewport()->palette())
                    .fill)
        > 20);

    // In a dark window the badges take their pale colours, with dark words.
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QTest::qWait(20);
    const QPalette dark = schedule->viewport()->palette();
    QVERIFY(dark.color(QPalette::Base).lightness() < 128);
    QVERIFY(pixelsOf(schedule->viewport()->grab().toImage(),
                ChangeBadge::colours(int(SessionChange::Kind::Cancelled), dark).fill)
        > 20);
    QVERIFY(
        pixelsOf(grid->viewport()->grab().toImage(), ChangeBadge::colours(moved, dark).fill) > 20);
    if (qEnvironmentVariableIsSet("PLANNER_SHOTS"))
        window->grab().save(QStringLiteral("/tmp/changes-window-dark.png"));
    QApplication::setPalette(before);

    // One notification for the two bookmarks, naming both; a click shows the list.
    QCOMPARE(notifier->shown.size(), 1);
    const auto &told = notifier->shown.first();
    QCOMPARE(told.message.summary, QStringLiteral("2 of your sessions changed"));
    QVERIFY2(told.message.body.contains(
                 QStringLiteral("Caching on the web moved to Sat 2 May 3:00–3:45 PM · Hall B")),
        qPrintable(told.message.body));
    QVERIFY(told.message.body.contains(QLatin1String("Closing panel is cancelled")));
    QCOMPARE(told.about.conference, webconf);
    QVERIFY(told.about.session.isEmpty());
    window->programmeTabs()->showPage(ProgrammeTabs::Day);
    notifier->click(0);
    QCOMPARE(window->programmeTabs()->page(), ProgrammeTabs::Tracks);
    QVERIFY(window->filterModel()->changedOnly());
    QVERIFY(window->filterBar()->changesButton()->isChecked());
}

void TestProgrammeChanges::seeingASessionClearsItsBadgeForGood()
{
    Site site;
    RecordingNotifier *notifier = nullptr;
    auto window = openAndRefresh(
        site, {},
        [](Site &next) {
            QVERIFY(next.moveSession("Caching on the web", "Hall B", "15:00"));
            next.publish(withTitle(next.programme(), "Opening", "Welcome"));
        },
        &notifier);
    QVERIFY(window);
    QVERIFY(notifier->shown.isEmpty()); // nothing bookmarked moved
    const TrackTreeModel *tree = window->programmeModel();
    QVERIFY(tree->indexOfSession(caching).data(TrackTreeModel::ChangeKindRole).isValid());
    QVERIFY(tree->indexOfSession(opening).data(TrackTreeModel::ChangeKindRole).isValid());

    // Chosen in the tree: its badge goes, here and in the store.
    QSignalSpy repainted(tree, &QAbstractItemModel::dataChanged);
    window->selectSession(caching);
    QCOMPARE(window->currentSessionKey(), caching);
    QVERIFY(!tree->indexOfSession(caching).data(TrackTreeModel::ChangeKindRole).isValid());
    QVERIFY(!repainted.isEmpty());
    QVERIFY(tree->indexOfSession(opening).data(TrackTreeModel::ChangeKindRole).isValid());
    const QList<SessionChange> left = SessionChangeStore(*m_db).changes(webconf);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().sessionKey, opening);
    QCOMPARE(window->filterBar()->changesButton()->text(), QStringLiteral("Changes (1)"));

    // The window closed on a session that changed again meanwhile (the command
    // line refreshed it): the next start shows it, and that is not the user
    // choosing it; its badge stays, and the one seen does not come back.
    window->selectSession(feeds);
    SessionChange retitled;
    retitled.sessionKey = feeds;
    retitled.kind = SessionChange::Kind::Changed;
    retitled.oldTitle = { QString(), QStringLiteral("Feeds") };
    QVERIFY(SessionChangeStore(*m_db).record(webconf, { retitled }).ok());
    window->close();
    window.reset();
    auto again = openWindow(*m_db, m_translations);
    QVERIFY(again);
    QCOMPARE(again->conferenceKey(), webconf);
    QCOMPARE(again->currentSessionKey(), feeds);
    QTest::qWait(50);
    const TrackTreeModel *reopened = again->programmeModel();
    QVERIFY(!reopened->indexOfSession(caching).data(TrackTreeModel::ChangeKindRole).isValid());
    QVERIFY(reopened->indexOfSession(opening).data(TrackTreeModel::ChangeKindRole).isValid());
    QVERIFY(reopened->indexOfSession(feeds).data(TrackTreeModel::ChangeKindRole).isValid());
    QCOMPARE(SessionChangeStore(*m_db).changes(webconf).size(), 2);
    // Clicked, though it is the one shown: seen.
    QTreeView *view = again->programmeView();
    const QModelIndex shown = again->filterModel()->mapFromSource(reopened->indexOfSession(feeds));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(shown).center());
    QVERIFY(!reopened->indexOfSession(feeds).data(TrackTreeModel::ChangeKindRole).isValid());
    // The day grid's choice counts as seeing it too.
    again->programmeTabs()->showPage(ProgrammeTabs::Day);
    again->dayView()->selectSession(opening);
    QTRY_VERIFY(!reopened->indexOfSession(opening).data(TrackTreeModel::ChangeKindRole).isValid());
    QVERIFY(SessionChangeStore(*m_db).changes(webconf).isEmpty());
    QVERIFY(!again->filterBar()->changesButton()->isVisible());
}

void TestProgrammeChanges::changesFilterListsThemUntilMarkedSeen()
{
    Site site;
    RecordingNotifier *notifier = nullptr;
    auto window = openAndRefresh(
        site, {},
        [](Site &next) {
            QVERIFY(next.moveSession("Caching on the web", "Hall B", "15:00"));
            next.publish(withNewSession(next.programme()));
        },
        &notifier);
    QVERIFY(window);
    ProgrammeFilterBar *bar = window->filterBar();
    QToolButton *changes = bar->changesButton();
    QVERIFY(changes->isVisible());
    QCOMPARE(changes->text(), QStringLiteral("Changes (2)"));
    QVERIFY(!bar->markSeenButton()->isVisible());

    const auto shownKeys = [&] {
        QStringList keys;
        const QAbstractItemModel *shown = window->filterModel();
        for (int t = 0; t < shown->rowCount(); ++t) {
            const QModelIndex track = shown->index(t, 0);
            for (int s = 0; s < shown->rowCount(track); ++s)
                keys << shown->index(s, 0, track).data(TrackTreeModel::SessionKeyRole).toString();
        }
        keys.sort();
        return keys;
    };
    QTest::mouseClick(changes, Qt::LeftButton);
    QVERIFY(changes->isChecked());
    QCOMPARE(shownKeys(), QStringList({ caching, added }));
    QVERIFY(window->statusText().startsWith(QLatin1String("2 of 5 sessions shown")));

    // Going through the list: a session seen stays listed, without its badge.
    window->selectSession(added);
    QVERIFY(!window->programmeModel()
                 ->indexOfSession(added)
                 .data(TrackTreeModel::ChangeKindRole)
                 .isValid());
    QCOMPARE(shownKeys(), QStringList({ caching, added }));
    QCOMPARE(changes->text(), QStringLiteral("Changes (1)"));

    // Mark All as Seen: no badge left, the whole programme again, for good.
    QVERIFY(bar->markSeenButton()->isVisible());
    QTest::mouseClick(bar->markSeenButton(), Qt::LeftButton);
    QVERIFY(!changes->isChecked());
    QVERIFY(!changes->isVisible());
    QCOMPARE(shownKeys().size(), 5);
    QVERIFY(!window->programmeModel()
                 ->indexOfSession(caching)
                 .data(TrackTreeModel::ChangeKindRole)
                 .isValid());
    QVERIFY(SessionChangeStore(*m_db).changes(webconf).isEmpty());
}

void TestProgrammeChanges::oneBookmarkMovedIsOneNotificationThatOpensIt()
{
    Site site;
    RecordingNotifier *notifier = nullptr;
    auto window = openAndRefresh(
        site, { caching, feeds },
        [](Site &next) { QVERIFY(next.moveSession("Caching on the web", "Hall B", "15:00")); },
        &notifier);
    QVERIFY(window);
    QCOMPARE(notifier->shown.size(), 1);
    QCOMPARE(notifier->shown.first().message.summary, QStringLiteral("One of your sessions changed"));
    QCOMPARE(notifier->shown.first().about.session, caching);
    window->selectSession(opening);
    notifier->click(0);
    QCOMPARE(window->currentSessionKey(), caching);

    // An automatic refresh that changes nothing tells nothing.
    QSignalSpy done(window->openUrlFlow(), &OpenUrlFlow::done);
    window->openUrlFlow()->refresh(webconf, OpenUrlFlow::Mode::Quietly);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QCOMPARE(notifier->shown.size(), 1);
    // One that moves a bookmark does, with nothing asked.
    QVERIFY(site.moveSession("Feeds and schedules", "Hall A", "17:00"));
    window->openUrlFlow()->refresh(webconf, OpenUrlFlow::Mode::Quietly);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
    QCOMPARE(notifier->shown.size(), 2);
    QCOMPARE(notifier->shown.last().about.session, feeds);
    QVERIFY2(notifier->shown.last().message.body.startsWith(
                 QStringLiteral("Feeds and schedules moved to Sat 2 May 5:00–5:45 PM · Hall A")),
        qPrintable(notifier->shown.last().message.body));
}

void TestProgrammeChanges::aFileImportNotifiesNothing()
{
    // Only what comes from the web is an update the user did not ask for.
    auto window = openWindow(*m_db, m_translations);
    QVERIFY(window);
    auto *notifier = new RecordingNotifier;
    window->changesFlow()->setNotifier(notifier);
    const QString path = m_dir->filePath(QStringLiteral("programme.xml"));
    Site site;
    for (const QByteArray &version :
        { site.programme(), withTitle(site.programme(), "Opening", "Welcome") }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(version);
        file.close();
        whenMessageBoxShows([](QMessageBox *box) {
            box->button(QMessageBox::Ok)->click();
            return true;
        });
        QVERIFY(window->conferenceFiles()->importFile(path));
        QVERIFY(window->userData()->setBookmarked(webconf, opening, true).ok());
    }
    QVERIFY(notifier->shown.isEmpty());
}

void TestProgrammeChanges::badgesAreReadableInLightAndDarkPalettes()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    for (const QPalette &palette : { light, darkPalette() }) {
        for (int kind = 0; kind <= int(SessionChange::Kind::Cancelled); ++kind) {
            const ChangeBadge::Colours colours = ChangeBadge::colours(kind, palette);
            const double contrast = ChangeBadge::contrast(colours.fill, colours.text);
            QVERIFY2(contrast >= 4.5,
                qPrintable(QStringLiteral("kind %1: %2:1").arg(kind).arg(contrast)));
            // The label stands apart from the list behind it too.
            QVERIFY(ChangeBadge::contrast(colours.fill, palette.color(QPalette::Base)) >= 3.0);
        }
    }
    QCOMPARE(ChangeBadge::contrast(Qt::black, Qt::white), 21.0);
}

void TestProgrammeChanges::modelsStayConsistent()
{
    Site site;
    RecordingNotifier *notifier = nullptr;
    auto window = openAndRefresh(
        site, { caching },
        [](Site &next) { QVERIFY(next.moveSession("Caching on the web", "Hall B", "15:00")); },
        &notifier);
    QVERIFY(window);
    QAbstractItemModelTester treeTester(
        window->programmeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(
        window->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window->filterBar()->changesButton()->click();
    window->selectSession(caching);
    window->changesFlow()->markAllSeen();
    QVERIFY(window->changesFlow()->changes().isEmpty());
}

QTEST_MAIN(TestProgrammeChanges)
#include "tst_programmechanges.moc"
