#include "clock.h"
#include "commandrunner.h"
#include "database.h"
#include "daygridmodel.h"
#include "daygridview.h"
#include "dayview.h"
#include "elidedlines.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "nownextmodel.h"
#include "nownextpane.h"
#include "programmestore.h"
#include "programmetabs.h"
#include "programmetreehelpers.h"
#include "scheduleview.h"
#include "sessiondetailspane.h"
#include "tracktreemodel.h"
#include "userdataservice.h"
#include "userdatastore.h"
#include "windowtesthelpers.h"

#include <QJsonArray>
#include <QScrollBar>
#include <QUndoStack>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTabBar>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace planner;

namespace {

const QString conferenceKey = QStringLiteral("grid-2026");
const QTimeZone berlin("Europe/Berlin");

Session timedSession(const QString &key, const QString &room, const QDate &day, int startMinute,
    int endMinute, const QString &track = QStringLiteral("talks"))
{
    Session session;
    session.key = key;
    session.code = key;
    session.trackKey = track;
    session.title = LocalizedText::english(QStringLiteral("Talk %1").arg(key));
    const QDateTime midnight(day, QTime(0, 0), berlin);
    session.time = SessionTime::timed(
        midnight.addSecs(startMinute * 60), midnight.addSecs(endMinute * 60), day);
    session.room = room;
    session.speakers = { QStringLiteral("Speaker %1").arg(key) };
    return session;
}

// Two days in Berlin. Day 1: three rooms named so that only a natural order
// puts them right ("Room 2" before "Room 10"), two talks overlapping in Hall A,
// a session without a room, a night session after midnight listed under day 1,
// and a session with a date but no time (not on the grid).
ConferenceData gridProgramme()
{
    ConferenceData data;
    data.conference.key = conferenceKey;
    data.conference.title = LocalizedText::english(QStringLiteral("Grid Conference"));
    data.conference.startDate = QDate(2026, 6, 1);
    data.conference.endDate = QDate(2026, 6, 2);
    data.conference.timeZone = QStringLiteral("Europe/Berlin");
    data.tracks = { { QStringLiteral("talks"), LocalizedText::english(QStringLiteral("Talks")) },
        { QStringLiteral("workshops"), LocalizedText::english(QStringLiteral("Workshops")) } };
    const QDate one(2026, 6, 1), two(2026, 6, 2);
    data.sessions = {
        timedSession(QStringLiteral("a1"), QStringLiteral("Hall A"), one, 10 * 60, 11 * 60),
        timedSession(QStringLiteral("a2"), QStringLiteral("Hall A"), one, 10 * 60 + 30, 11 * 60 + 30),
        timedSession(QStringLiteral("a3"), QStringLiteral("Hall A"), one, 12 * 60, 13 * 60),
        timedSession(QStringLiteral("r10"), QStringLiteral("Room 10"), one, 10 * 60, 10 * 60 + 45,
            QStringLiteral("workshops")),
        timedSession(QStringLiteral("r2"), QStringLiteral("Room 2"), one, 10 * 60 + 15, 11 * 60),
        timedSession(QStringLiteral("r2b"), QStringLiteral("Room 2"), one, 14 * 60, 15 * 60),
        timedSession(QStringLiteral("fit"), QStringLiteral("Room 10"), one, 11 * 60 + 5,
            11 * 60 + 40, QStringLiteral("workshops")),
        timedSession(QStringLiteral("none"), QString(), one, 9 * 60, 9 * 60 + 30),
        timedSession(QStringLiteral("night"), QStringLiteral("Hall A"), one, 24 * 60 + 30,
            25 * 60 + 30),
        timedSession(QStringLiteral("d2"), QStringLiteral("Room 2"), two, 9 * 60, 10 * 60),
    };
    Session dateOnly;
    dateOnly.key = QStringLiteral("tba");
    dateOnly.trackKey = QStringLiteral("talks");
    dateOnly.title = LocalizedText::english(QStringLiteral("Time to be announced"));
    dateOnly.time = SessionTime::onDay(one);
    data.sessions.append(dateOnly);
    return data;
}

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), berlin);
}

} // namespace

class TestDayGrid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsADayByRoomAndTime();
    void keyboardMovesBetweenBlocks();
    void choiceIsSharedWithTreeAndDetails();
    void bookmarksAndClashesShowInPlace();
    void roomsHiddenAndReorderedAreRemembered();
    void zoomKeysZoomTheGridOnly();
    void titleCutShortEndsWithAnEllipsis();
    void whatFitsInAGap();
    void goToNowAndNowNextFollowTheClock();
    void commandLineAgreesWithNowAndNext();

private:
    std::unique_ptr<MainWindow> openDayGrid(Database &database, InterfaceLanguage &language);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestDayGrid::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("grid.sqlite"));
    Database database;
    QVERIFY(database.open(m_path).ok());
    QVERIFY(ProgrammeStore(database).importConference(gridProgramme(), QStringLiteral("g")).ok());
}

void TestDayGrid::init()
{
    // Every test starts from no remembered layout and no bookmarks.
    QSettings().clear();
    Database database;
    QVERIFY(database.open(m_path).ok());
    UserDataStore store(database);
    for (const QString &key : store.bookmarks(conferenceKey))
        QVERIFY(store.setBookmarked(conferenceKey, key, false).ok());
}

std::unique_ptr<MainWindow> TestDayGrid::openDayGrid(Database &database, InterfaceLanguage &language)
{
    auto window = openWindow(database, language);
    if (!window)
        return nullptr;
    window->openConference(conferenceKey);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
    return window;
}

void TestDayGrid::showsADayByRoomAndTime()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    auto window = openDayGrid(database, language);
    QVERIFY(window);
    QCOMPARE(window->programmeTabs()->page(), ProgrammeTabs::Day);
    DayView *day = window->dayView();
    QCOMPARE(day->dayTabs()->count(), 2);
    QVERIFY(day->dayTabs()->isVisible() && day->dayTabs()->height() >= day->dayTabs()->sizeHint().height());
    QCOMPARE(day->dayTabs()->currentIndex(), 0);
    DayGridView *grid = day->grid();
    // Natural order; the sessions without a room share the last column.
    QCOMPARE(grid->shownRooms(),
        QStringList({ QStringLiteral("Hall A"), QStringLiteral("Room 2"), QStringLiteral("Room 10"),
            QString() }));
    auto *model = qobject_cast<DayGridModel *>(grid->model());
    QVERIFY(model);
    // Day 1's timed sessions, the night one included; not the one without a time.
    QCOMPARE(model->rowCount(), 9);
    QCOMPARE(model->rowOfSession(QStringLiteral("tba")), -1);
    QCOMPARE(model->rowOfSession(QStringLiteral("d2")), -1);
    const QModelIndex night = model->index(model->rowOfSession(QStringLiteral("night")));
    QCOMPARE(model->blockAt(night.row()).startMinute, 24 * 60 + 30);
    QCOMPARE(night.data(DayGridModel::SpeakersRole).toString(), QStringLiteral("Speaker night"));

    // Blocks: later is lower, rooms side by side, overlapping talks share a column.
    const auto rectOf = [&](const QString &key) {
        return grid->visualRect(model->index(model->rowOfSession(key)));
    };
    grid->verticalScrollBar()->setValue(0);
    const QRect a1 = rectOf(QStringLiteral("a1")), a2 = rectOf(QStringLiteral("a2")),
                a3 = rectOf(QStringLiteral("a3")), r2 = rectOf(QStringLiteral("r2")),
                r10 = rectOf(QStringLiteral("r10"));
    QVERIFY(a1.top() < a3.top());
    QVERIFY(a1.right() < a2.left() || a2.right() < a1.left()); // side by side
    QVERIFY(a3.width() > a1.width()); // alone again: the whole column
    QVERIFY(r2.left() > a3.right() && r10.left() > r2.right());
    QCOMPARE(rectOf(QStringLiteral("night")).top() > a3.bottom(), true);
    QCOMPARE(grid->indexAt(a3.center()).data(DayGridModel::SessionKeyRole).toString(),
        QStringLiteral("a3"));

    // The second day by its tab.
    day->dayTabs()->setCurrentIndex(1);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->sessionKeyAt(0), QStringLiteral("d2"));
}

void TestDayGrid::keyboardMovesBetweenBlocks()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    auto window = openDayGrid(database, language);
    QVERIFY(window);
    DayGridView *grid = window->dayView()->grid();
    grid->setFocus();
    const auto current = [&] { return window->dayView()->currentSessionKey(); };
    QTest::keyClick(grid, Qt::Key_Home);
    QCOMPARE(current(), QStringLiteral("none")); // 09:00, the day's first
    grid->setCurrentIndex(grid->model()->index(
        qobject_cast<DayGridModel *>(grid->model())->rowOfSession(QStringLiteral("a1")), 0));
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(current(), QStringLiteral("a2")); // next in Hall A
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(current(), QStringLiteral("a3"));
    QTest::keyClick(grid, Qt::Key_Up);
    QCOMPARE(current(), QStringLiteral("a2"));
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(current(), QStringLiteral("r2")); // running in Room 2 at 10:30
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(current(), QStringLiteral("r10")); // the nearest start in Room 10
    QTest::keyClick(grid, Qt::Key_Left);
    QCOMPARE(current(), QStringLiteral("r2"));
    QTest::keyClick(grid, Qt::Key_End);
    QCOMPARE(current(), QStringLiteral("night"));
    // The window's session is the grid's: Ctrl+D bookmarks it, Enter opens it.
    QCOMPARE(window->currentSessionKey(), QStringLiteral("night"));
    QCOMPARE(window->detailsPane()->sessionKey(), QStringLiteral("night"));
    QTest::keyClick(grid, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(UserDataStore(database).isBookmarked(conferenceKey, QStringLiteral("night")));
    QTest::keyClick(grid, Qt::Key_Return);
    QVERIFY(!grid->hasFocus());
    QCOMPARE(window->detailsPane()->sessionKey(), QStringLiteral("night"));
    // A screen reader hears the title, the time and the room.
    const QString spoken = grid->currentIndex().data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QStringLiteral("Talk night, ")) && spoken.contains(QStringLiteral("Hall A"))
            && spoken.contains(QStringLiteral("bookmarked")),
        qPrintable(spoken));
}

void TestDayGrid::choiceIsSharedWithTreeAndDetails()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    auto window = openWindow(database, language);
    QVERIFY(window);
    window->openConference(conferenceKey);
    // Chosen in the tree, on day 2: the grid opens on that day with it chosen.
    window->selectSession(QStringLiteral("d2"));
    QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(window->dayView()->dayTabs()->currentIndex(), 1);
    QCOMPARE(window->dayView()->currentSessionKey(), QStringLiteral("d2"));
    // Chosen in the grid: the tree and the details follow, back on the tracks.
    window->dayView()->selectSession(QStringLiteral("r10"));
    QCOMPARE(window->dayView()->dayTabs()->currentIndex(), 0);
    QCOMPARE(window->detailsPane()->sessionKey(), QStringLiteral("r10"));
    QTest::keyClick(window.get(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(window->programmeTabs()->page(), ProgrammeTabs::Tracks);
    QCOMPARE(window->currentSessionKey(), QStringLiteral("r10"));
    QCOMPARE(window->programmeView()->currentIndex().data(TrackTreeModel::SessionKeyRole).toString(),
        QStringLiteral("r10"));
}

void TestDayGrid::bookmarksAndClashesShowInPlace()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    auto window = openDayGrid(database, language);
    QVERIFY(window);
    auto *model = qobject_cast<DayGridModel *>(window->dayView()->grid()->model());
    const auto roleOf = [&](const QString &key, int role) {
        return model->index(model->rowOfSession(key)).data(role).toBool();
    };
    for (const QString &key :
        { QStringLiteral("a1"), QStringLiteral("r2"), QStringLiteral("a3") }) {
        window->dayView()->selectSession(key);
        QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    }
    QVERIFY(roleOf(QStringLiteral("a1"), DayGridModel::BookmarkedRole));
    QVERIFY(!roleOf(QStringLiteral("a2"), DayGridModel::BookmarkedRole));
    // a1 (10:00–11:00) and r2 (10:15–11:00) clash; a3 (12:00) does not.
    QVERIFY(roleOf(QStringLiteral("a1"), DayGridModel::ClashRole));
    QVERIFY(roleOf(QStringLiteral("r2"), DayGridModel::ClashRole));
    QVERIFY(!roleOf(QStringLiteral("a3"), DayGridModel::ClashRole));
    QVERIFY(!roleOf(QStringLiteral("a2"), DayGridModel::ClashRole));
    // Undone in the window: the clash goes with the bookmark.
    window->undoStack()->undo(); // a3
    window->undoStack()->undo(); // r2
    QVERIFY(!roleOf(QStringLiteral("r2"), DayGridModel::BookmarkedRole));
    QVERIFY(!roleOf(QStringLiteral("a1"), DayGridModel::ClashRole));
}

void TestDayGrid::roomsHiddenAndReorderedAreRemembered()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    {
        auto window = openDayGrid(database, language);
        QVERIFY(window);
        DayGridView *grid = window->dayView()->grid();
        QWidget *header = grid->findChild<QWidget *>(QStringLiteral("dayGridRooms"));
        QVERIFY(header);
        // Room 10 (the third column) one to the left, then Hall A (the first) hidden.
        auto *model = qobject_cast<DayGridModel *>(grid->model());
        const auto headerOver = [&](const QString &key) {
            const QRect block = grid->visualRect(model->index(model->rowOfSession(key)));
            return QPoint(block.center().x(), header->height() / 2);
        };
        grid->horizontalScrollBar()->setValue(0);
        QVERIFY(chooseFromContextMenu(header, headerOver(QStringLiteral("r10")), QStringLiteral("Move Left")));
        QCOMPARE(grid->shownRooms().mid(0, 3),
            QStringList({ QStringLiteral("Hall A"), QStringLiteral("Room 10"),
                QStringLiteral("Room 2") }));
        QVERIFY(chooseFromContextMenu(
            header, headerOver(QStringLiteral("a3")), QStringLiteral("Hide “Hall A”")));
        QCOMPARE(grid->shownRooms().value(0), QStringLiteral("Room 10"));
        QVERIFY(!grid->isShown(model->index(model->rowOfSession(QStringLiteral("a1")))));
        window->close();
    }
    auto again = openDayGrid(database, language);
    QVERIFY(again);
    QCOMPARE(again->programmeTabs()->page(), ProgrammeTabs::Day);
    QCOMPARE(again->dayView()->grid()->shownRooms(),
        QStringList({ QStringLiteral("Room 10"), QStringLiteral("Room 2"), QString() }));
    QCOMPARE(again->dayView()->grid()->hiddenRooms(), QStringList { QStringLiteral("Hall A") });
}

void TestDayGrid::zoomKeysZoomTheGridOnly()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    auto window = openDayGrid(database, language);
    QVERIFY(window);
    DayGridView *grid = window->dayView()->grid();
    auto *model = qobject_cast<DayGridModel *>(grid->model());
    const QModelIndex a1 = model->index(model->rowOfSession(QStringLiteral("a1")));
    const int before = grid->visualRect(a1).height();
    const int zoom = grid->zoom();
    QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(grid->zoom(), zoom + 1);
    QVERIFY(grid->visualRect(a1).height() > before);
    QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(grid->zoom(), zoom - 1);
    // On the tracks the same keys open and close the tree, and leave the zoom.
    QTest::keyClick(window.get(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(grid->zoom(), zoom - 1);
    QTreeView *tree = window->programmeView();
    QVERIFY(!tree->isExpanded(tree->model()->index(0, 0)));
}

// A title longer than its block: the lines it is given, the last ending with an
// ellipsis; one that fits is left whole.
void TestDayGrid::titleCutShortEndsWithAnEllipsis()
{
    QFont bold = QApplication::font();
    bold.setBold(true);
    const QString title = QStringLiteral(
        "Building a distributed knowledge base with a graph database and a full-text index");
    const int width = QFontMetrics(bold).horizontalAdvance(QStringLiteral("Building a distri"));
    QVERIFY(ElidedLines::count(title, bold, width) > 2);
    const QString fitted = ElidedLines::fit(title, bold, width, 2);
    QCOMPARE(ElidedLines::count(fitted, bold, width), 2);
    QVERIFY2(fitted.endsWith(QChar(0x2026)), qPrintable(fitted));
    QVERIFY2(fitted.startsWith(QStringLiteral("Building a")), qPrintable(fitted));
    // What is shown is the title's start, then the ellipsis.
    QVERIFY(title.startsWith(fitted.chopped(1)));
    QCOMPARE(ElidedLines::fit(QStringLiteral("Lumen"), bold, width, 2), QStringLiteral("Lumen"));
    QCOMPARE(ElidedLines::fit(title, bold, width * 10, 3), title);
}

void TestDayGrid::whatFitsInAGap()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    auto window = openDayGrid(database, language);
    QVERIFY(window);
    // Bookmarked 10:00–11:00 and 12:00–13:00: a gap from 11:00 to 12:00.
    window->userData()->setBookmarked(conferenceKey, QStringLiteral("a1"), true);
    window->userData()->setBookmarked(conferenceKey, QStringLiteral("a3"), true);
    QTreeView *schedule = window->scheduleView()->tree();
    const QAbstractItemModel *model = schedule->model();
    QModelIndex gap;
    for (int g = 0; g < model->rowCount() && !gap.isValid(); ++g) {
        const QModelIndex day = model->index(g, 0);
        for (int i = 0; i < model->rowCount(day); ++i) {
            const QModelIndex row = model->index(i, 0, day);
            if (row.data(ScheduleModel::SessionKeyRole).toString().isEmpty()
                && row.data(ScheduleModel::StartRole).toDateTime() == at(1, 11, 0))
                gap = row;
        }
    }
    QVERIFY(gap.isValid());
    schedule->setCurrentIndex(gap);
    QVERIFY(chooseFromContextMenu(
        schedule->viewport(), schedule->visualRect(gap).center(), QStringLiteral("What Fits")));
    // Only what starts and ends in the gap: not a2 (10:30–11:30), not r2b (14:00).
    QCOMPARE(window->programmeTabs()->page(), ProgrammeTabs::Tracks);
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()), QStringList { QStringLiteral("fit") });
    auto *span = window->findChild<QToolButton *>(QStringLiteral("timeSpanFilter"));
    QVERIFY2(span->isVisible() && span->text().startsWith(QStringLiteral("fits ")),
        qPrintable(span->text()));
    span->click();
    QVERIFY(shownSessionKeys(*window->programmeView()->model()).size() > 1);
}

void TestDayGrid::goToNowAndNowNextFollowTheClock()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    auto window = openWindow(database, language);
    QVERIFY(window);
    window->openConference(conferenceKey);
    FixedClock clock(at(1, 10, 20));
    window->setClock(clock);
    // 10:20: a1, r10 and r2 run; a2 starts at 10:30.
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window->currentSessionKey(), QStringLiteral("r2")); // started last
    QCOMPARE(window->programmeView()->currentIndex().data(TrackTreeModel::SessionKeyRole).toString(),
        QStringLiteral("r2"));
    QCOMPARE(window->dayView()->currentSessionKey(), QStringLiteral("r2"));

    // Now & Next: running, then starting within the hour; bookmarks first.
    Database writer;
    QVERIFY(writer.open(m_path).ok());
    window->userData()->setBookmarked(conferenceKey, QStringLiteral("r10"), true);
    QTest::keyClick(window.get(), Qt::Key_3, Qt::AltModifier);
    NowNextPane *pane = window->nowNextPane();
    auto *model = qobject_cast<NowNextModel *>(pane->list()->model());
    QVERIFY(model);
    QCOMPARE(model->runningCount(), 3);
    QCOMPARE(model->startingCount(), 2); // a2 at 10:30, fit at 11:05
    QCOMPARE(model->sessionKeyAt(1), QStringLiteral("r10")); // bookmarked, first
    QCOMPARE(model->index(1, NowNextModel::WhenColumn).data().toString(),
        QStringLiteral("25 min left"));
    QCOMPARE(model->sessionKeyAt(5), QStringLiteral("a2"));
    QCOMPARE(model->index(5, NowNextModel::WhenColumn).data().toString(),
        QStringLiteral("in 10 min"));
    // The clock moves on; the list follows when it refreshes.
    clock.set(at(1, 11, 45));
    pane->refresh();
    QCOMPARE(model->runningCount(), 0);
    QCOMPARE(model->startingCount(), 1);
    QCOMPARE(model->sessionKeyAt(2), QStringLiteral("a3"));
    // Between sessions, Go to Now takes the next one.
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window->currentSessionKey(), QStringLiteral("a3"));
    QCOMPARE(window->programmeTabs()->page(), ProgrammeTabs::Day);
}

void TestDayGrid::commandLineAgreesWithNowAndNext()
{
    const auto keysAt = [this](const QStringList &extra) {
        const Outcome outcome = runCommand(m_path,
            QStringList { QStringLiteral("sessions"), QStringLiteral("--conference"), conferenceKey,
                QStringLiteral("--json") }
                + extra);
        QStringList keys;
        for (const QJsonValue &value : QJsonDocument::fromJson(outcome.out.toUtf8()).array())
            keys.append(value.toObject().value(QLatin1String("key")).toString());
        keys.sort();
        return keys;
    };
    // With an offset, and on the conference's wall clock without one.
    QCOMPARE(keysAt({ QStringLiteral("--at"), QStringLiteral("2026-06-01T08:20:00Z") }),
        QStringList({ QStringLiteral("a1"), QStringLiteral("r10"), QStringLiteral("r2") }));
    QCOMPARE(keysAt({ QStringLiteral("--at"), QStringLiteral("2026-06-01T10:20") }),
        QStringList({ QStringLiteral("a1"), QStringLiteral("r10"), QStringLiteral("r2") }));
    QCOMPARE(keysAt({ QStringLiteral("--next"), QStringLiteral("--at"),
                 QStringLiteral("2026-06-01T10:20:00+02:00") }),
        QStringList { QStringLiteral("a2") });
    // After midnight, the night session listed under the day before.
    QCOMPARE(keysAt({ QStringLiteral("--at"), QStringLiteral("2026-06-02T00:45:00+02:00") }),
        QStringList { QStringLiteral("night") });
    // The window's list at the same time holds the same sessions.
    Database database;
    QVERIFY(database.open(m_path).ok());
    ProgrammeStore store(database);
    UserDataStore userStore(database);
    UserDataService userData(userStore);
    TrackTreeModel tree(store, userData);
    tree.setConference(conferenceKey);
    NowNextModel now(tree);
    now.setNow(QDateTime::fromString(QStringLiteral("2026-06-01T08:20:00Z"), Qt::ISODate));
    QStringList listed;
    for (int row = 1; row <= now.runningCount(); ++row)
        listed.append(now.sessionKeyAt(row));
    listed.sort();
    QCOMPARE(listed, keysAt({ QStringLiteral("--at"), QStringLiteral("2026-06-01T08:20:00Z") }));
    const Outcome bad = runCommand(m_path,
        { QStringLiteral("sessions"), QStringLiteral("--at"), QStringLiteral("tomorrow") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("tomorrow")));
}

QTEST_MAIN(TestDayGrid)
#include "tst_daygrid.moc"
