#include "bundledconference.h"
#include "conferencefiles.h"
#include "database.h"
#include "importtesthelpers.h"
#include "interfacelanguage.h"
#include "keypointmodel.h"
#include "mainwindow.h"
#include "noteseditor.h"
#include "preferences.h"
#include "programmefiltermodel.h"
#include "programmestore.h"
#include "programmetreehelpers.h"
#include "schedulemodel.h"
#include "scheduleview.h"
#include "sessiondetailspane.h"
#include "tracktreemodel.h"
#include "userdataservice.h"
#include "userdatastore.h"
#include "windowtesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

namespace {

const QString gtc = QStringLiteral("gtc-2025");
const QString quantum = QStringLiteral("S74495");
const QString keynote = QStringLiteral("S72484");

// Answers the next message box with `button` once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    whenMessageBoxShows([button, text](QMessageBox *box) {
        if (text)
            *text = box->text();
        box->button(button)->click();
        return true;
    });
}

// The row of the session `key` as the window shows it, at `column`.
QModelIndex shownSession(MainWindow &window, const QString &key, int column = 0)
{
    return window.filterModel()
        ->mapFromSource(window.programmeModel()->indexOfSession(key))
        .siblingAtColumn(column);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnBundledConferenceWithSevenTracks();
    void typingChineseFindsQuantumSession();
    void searchIgnoresLatinCaseAndFindsNotes();
    void topicChipSearchesProgramme();
    void searchOpensEveryTrackItShows();
    void searchFieldClearsWithItsButton();
    void ctrlDBookmarksAndScheduleFollows();
    void starColumnClickTogglesBookmark();
    void bookmarkedOnlyFilter();
    void notesAutosaveAfterTypingStops();
    void switchingSessionSavesNoteAtOnce();
    void keyPointsStarAndCommentFromKeyboard();
    void plannedTimeClashFlaggedOnBothRows();
    void nextAndPreviousWalkTheProgramme();
    void scheduleActivationSelectsSessionInTree();
    void wholePlanSurvivesRestart();
    void opensWithinTheScreen();
    void detailsFollowTheFilter();
    void clashIsResolvedFromMySchedule();
    void clearingTheSearchRestoresOpenTracks();
    void titlesTakeTheSpareWidth();
    void opensTheConferenceAskedFor();
    void switchesLanguageAtRunTime();
    void simplifiedChineseInTraditionalUnlessAsWritten();
    void importAddsConferenceAndSwitcher();
    void importsRealProgrammesFromWindow_data();
    void importsRealProgrammesFromWindow();
    void failedImportExplainsAndKeepsEverything();
    void importRemovingMostSessionsAsksFirst();
    void deletingConferenceAsksAndKeepsNotes();

private:
    std::unique_ptr<MainWindow> openWindow();

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("window.sqlite"))).ok());
    QVERIFY(BundledConference::ensureImported(*m_db).ok());
}

void TestMainWindow::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    return planner::openWindow(*m_db, m_translations);
}

void TestMainWindow::opensOnBundledConferenceWithSevenTracks()
{
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(
        window->windowTitle(), QStringLiteral("NVIDIA GTC 2025: AI Conference for Developers"));
    QAbstractItemModel *model = window->programmeView()->model();
    QCOMPARE(model->rowCount(), 7);
    // Tracks by name, each open, its sessions by time.
    QStringList tracks;
    for (int row = 0; row < model->rowCount(); ++row)
        tracks.append(model->index(row, 0).data().toString());
    QCOMPARE(tracks.first(), QStringLiteral("Business / Executive (1 session)"));
    QVERIFY(tracks.contains(QStringLiteral("Keynote (1 session)")));
    QStringList sorted = tracks;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(tracks, sorted);
    const QModelIndex keynoteTrack = shownSession(*window, keynote).parent();
    QCOMPARE(keynoteTrack.data().toString(), QStringLiteral("Keynote (1 session)"));
    QVERIFY(window->programmeView()->isExpanded(keynoteTrack));
    QVERIFY(window->detailsPane()->text().contains(QStringLiteral("San Jose")));
    QVERIFY(window->scheduleView()->isShowingEmptyState());
    QStringList menus;
    for (QAction *action : window->menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus,
        (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
            QStringLiteral("&Go"), QStringLiteral("&Help") }));
}

void TestMainWindow::typingChineseFindsQuantumSession()
{
    auto window = openWindow();
    QVERIFY(window);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window->searchField()->hasFocus());
    typeText(window->searchField(), QStringLiteral("量子"));
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()), QStringList { quantum });
    window->searchField()->clear();
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()).size(), 7);
}

void TestMainWindow::searchIgnoresLatinCaseAndFindsNotes()
{
    auto window = openWindow();
    QVERIFY(window);
    typeText(window->searchField(), QStringLiteral("BLACKWELL"));
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()), QStringList { keynote });
    window->searchField()->clear();
    QVERIFY(window->userData()
                ->setNote(gtc, QStringLiteral("S72890"), QStringLiteral("ask about kumquats"))
                .ok());
    typeText(window->searchField(), QStringLiteral("Kumquat"));
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()),
        QStringList { QStringLiteral("S72890") });
    QCOMPARE(window->statusText(), QStringLiteral("1 of 7 sessions shown · 0 bookmarked"));
    typeText(window->searchField(), QStringLiteral("zz"));
    QVERIFY(window->statusText().startsWith(QStringLiteral("No session matches. Press Esc")));
    QTest::keyClick(window->searchField(), Qt::Key_Escape);
    QCOMPARE(window->searchField()->text(), QString());
    QCOMPARE(window->statusText(), QStringLiteral("7 sessions · 0 bookmarked"));
}

// The field's clear button comes with the focus (Ctrl+F) or with text set, and
// clears the search.
void TestMainWindow::searchFieldClearsWithItsButton()
{
    auto window = openWindow();
    QVERIFY(window);
    QLineEdit *field = window->searchField();
    QVERIFY(!field->isClearButtonEnabled()); // not looked up at start
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QVERIFY(field->isClearButtonEnabled());
    typeText(field, QStringLiteral("blackwell"));
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()), QStringList { keynote });
    // The button the style puts at the field's end, shown over text.
    const QList<QToolButton *> buttons = field->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 1);
    QTRY_VERIFY(buttons.first()->isVisible());
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(field->text(), QString());
    QCOMPARE(window->statusText(), QStringLiteral("7 sessions · 0 bookmarked"));

    window.reset();
    auto second = openWindow();
    QVERIFY(second);
    second->searchField()->setText(QStringLiteral("blackwell")); // without the focus
    QVERIFY(second->searchField()->isClearButtonEnabled());
}

// A track closed while searching opens again at the next keystroke, even when
// that keystroke shows the same sessions.
void TestMainWindow::searchOpensEveryTrackItShows()
{
    auto window = openWindow();
    QVERIFY(window);
    QTreeView *tree = window->programmeView();
    QAbstractItemModel *model = tree->model();
    typeText(window->searchField(), QStringLiteral("blackwel"));
    QCOMPARE(shownSessionKeys(*model), QStringList { keynote });
    const QModelIndex track = model->index(0, 0);
    QVERIFY(tree->isExpanded(track));
    tree->collapse(track);
    typeText(window->searchField(), QStringLiteral("l"));
    QCOMPARE(window->searchField()->text(), QStringLiteral("blackwell"));
    QCOMPARE(shownSessionKeys(*model), QStringList { keynote });
    QVERIFY(tree->isExpanded(model->index(0, 0)));
    // Cleared, then searched for again: every track shown is open.
    window->searchField()->clear();
    tree->collapseAll();
    typeText(window->searchField(), QStringLiteral("a"));
    QVERIFY(model->rowCount() > 1);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(tree->isExpanded(model->index(row, 0)));
}

void TestMainWindow::topicChipSearchesProgramme()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(quantum);
    emit window->detailsPane()->topicActivated(QStringLiteral("量子計算"));
    QCOMPARE(window->searchField()->text(), QStringLiteral("量子計算"));
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()), QStringList { quantum });
}

void TestMainWindow::ctrlDBookmarksAndScheduleFollows()
{
    auto window = openWindow();
    QVERIFY(window);
    QSignalSpy resets(window->scheduleView()->tree()->model(), &QAbstractItemModel::modelReset);
    window->selectSession(quantum);
    window->programmeView()->setFocus();
    QTest::keyClick(window->programmeView(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(UserDataStore(*m_db).isBookmarked(gtc, quantum));
    QVERIFY(!window->scheduleView()->isShowingEmptyState());
    QCOMPARE(scheduleKeys(window->scheduleView()->tree()->model()), QStringList { quantum });
    const QModelIndex track
        = window->programmeModel()->indexOfTrack(QStringLiteral("quantum-computing"));
    QCOMPARE(
        track.data().toString(), QStringLiteral("Quantum Computing (1 session, 1 bookmarked)"));
    QVERIFY(window->detailsPane()->bookmarkButton()->isChecked());
    QTest::keyClick(window->programmeView(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!UserDataStore(*m_db).isBookmarked(gtc, quantum));
    QVERIFY(window->scheduleView()->isShowingEmptyState());
    // A slip is one Ctrl+Z away.
    QTest::keyClick(window->programmeView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(UserDataStore(*m_db).isBookmarked(gtc, quantum));
    QCOMPARE(scheduleKeys(window->scheduleView()->tree()->model()), QStringList { quantum });
    QCOMPARE(resets.size(), 0); // one bookmark never resets the schedule
}

void TestMainWindow::starColumnClickTogglesBookmark()
{
    auto window = openWindow();
    QVERIFY(window);
    QTreeView *tree = window->programmeView();
    const QModelIndex star = shownSession(*window, keynote, TrackTreeModel::BookmarkColumn);
    QCOMPARE(star.data().toString(), QStringLiteral("☆"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(star).center());
    QCOMPARE(star.data().toString(), QStringLiteral("★"));
    QVERIFY(UserDataStore(*m_db).isBookmarked(gtc, keynote));
}

void TestMainWindow::bookmarkedOnlyFilter()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->userData()->setBookmarked(gtc, keynote, true).ok());
    window->bookmarkedOnlyAction()->trigger();
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()), QStringList { keynote });
    QVERIFY(window->userData()->setBookmarked(gtc, keynote, false).ok());
    QVERIFY(shownSessionKeys(*window->programmeView()->model()).isEmpty());
    window->bookmarkedOnlyAction()->trigger();
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()).size(), 7);
}

void TestMainWindow::notesAutosaveAfterTypingStops()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(quantum);
    QPlainTextEdit *editor = window->detailsPane()->notesEditor()->editor();
    editor->setFocus();
    typeText(editor, QStringLiteral("錯誤校正 matters"));
    QCOMPARE(UserDataStore(*m_db).note(gtc, quantum), QString()); // not yet: still typing
    QTRY_COMPARE_WITH_TIMEOUT(
        UserDataStore(*m_db).note(gtc, quantum), QStringLiteral("錯誤校正 matters"), 3000);
}

void TestMainWindow::switchingSessionSavesNoteAtOnce()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(quantum);
    typeText(window->detailsPane()->notesEditor()->editor(), QStringLiteral("first thought"));
    window->selectSession(keynote);
    QCOMPARE(UserDataStore(*m_db).note(gtc, quantum), QStringLiteral("first thought"));
    QCOMPARE(window->detailsPane()->notesEditor()->text(), QString());
    window->selectSession(quantum);
    QCOMPARE(window->detailsPane()->notesEditor()->text(), QStringLiteral("first thought"));
}

void TestMainWindow::keyPointsStarAndCommentFromKeyboard()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(quantum);
    QTableView *points = window->detailsPane()->keyPointView();
    QCOMPARE(points->model()->rowCount(), 4);
    points->setFocus();
    points->setCurrentIndex(points->model()->index(1, KeyPointModel::StarColumn));
    QTest::keyClick(points, Qt::Key_Space);
    QCOMPARE(points->model()->index(1, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    points->setCurrentIndex(points->model()->index(1, KeyPointModel::CommentColumn));
    QTest::keyClick(points, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    typeText(editor, QStringLiteral("問：何時可用？"));
    QCOMPARE(qobject_cast<QLineEdit *>(editor)->text(), QStringLiteral("問：何時可用？"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits from the event loop.
    QTRY_COMPARE(UserDataStore(*m_db).annotations(gtc, quantum).value(0).comment,
        QStringLiteral("問：何時可用？"));
    const QList<Annotation> annotations = UserDataStore(*m_db).annotations(gtc, quantum);
    QCOMPARE(annotations.size(), 1);
    QVERIFY(annotations.first().starred);
    QCOMPARE(annotations.first().comment, QStringLiteral("問：何時可用？"));
}

void TestMainWindow::plannedTimeClashFlaggedOnBothRows()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString edge = QStringLiteral("S72890");
    QVERIFY(window->userData()->setBookmarked(gtc, keynote, true).ok());
    QVERIFY(window->userData()->setBookmarked(gtc, edge, true).ok());
    // Planned to watch during the keynote (10:00-12:00 PDT = 17:00-19:00 UTC).
    const QDateTime start(QDate(2025, 3, 18), QTime(18, 0), Qt::UTC);
    QVERIFY(window->userData()->setPlannedTime(gtc, edge, start, start.addSecs(1800)).ok());
    QAbstractItemModel *schedule = window->scheduleView()->tree()->model();
    QCOMPARE(schedule->rowCount(), 1); // Tuesday only
    const QModelIndex tuesday = schedule->index(0, 0);
    QCOMPARE(schedule->rowCount(tuesday), 2);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex item = schedule->index(row, ScheduleModel::TitleColumn, tuesday);
        QVERIFY(item.data(ScheduleModel::ClashRole).toBool());
        QVERIFY(item.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Clashes with: ")));
    }
    QVERIFY(schedule->index(0, 0, tuesday)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Edge Computing 101")));
    QVERIFY(schedule->index(1, 0, tuesday)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Keynote")));
}

void TestMainWindow::nextAndPreviousWalkTheProgramme()
{
    auto window = openWindow();
    QVERIFY(window);
    // The programme in the order shown, sessions only, across tracks.
    QStringList order;
    QAbstractItemModel *model = window->programmeView()->model();
    for (int t = 0; t < model->rowCount(); ++t) {
        for (int s = 0; s < model->rowCount(model->index(t, 0)); ++s)
            order.append(model->index(s, 0, model->index(t, 0))
                             .data(TrackTreeModel::SessionKeyRole)
                             .toString());
    }
    QCOMPARE(order.size(), 7);
    const int start = int(order.indexOf(keynote));
    QVERIFY(start >= 0 && start + 2 < order.size()); // the keynote is not last
    window->selectSession(keynote);
    QWidget *tree = window->programmeView();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(window->currentSessionKey(), order.at(start + 1)); // into the next track
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(window->currentSessionKey(), order.at(start + 2));
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(window->currentSessionKey(), order.at(start + 1));
    QCOMPARE(window->detailsPane()->sessionKey(), order.at(start + 1));
}

void TestMainWindow::scheduleActivationSelectsSessionInTree()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->userData()->setBookmarked(gtc, quantum, true).ok());
    window->selectSession(keynote);
    QTreeView *schedule = window->scheduleView()->tree();
    const QModelIndex row
        = window->scheduleView()->tree()->model()->index(0, 0, schedule->model()->index(0, 0));
    schedule->setFocus();
    schedule->setCurrentIndex(row);
    QTest::keyClick(schedule, Qt::Key_Return);
    QCOMPARE(window->currentSessionKey(), quantum);
}

void TestMainWindow::wholePlanSurvivesRestart()
{
    {
        auto window = openWindow();
        QVERIFY(window);
        typeText(window->searchField(), QStringLiteral("量子"));
        QTreeView *tree = window->programmeView();
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        QCOMPARE(window->currentSessionKey(), quantum);
        QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier);
        window->searchField()->clear();
        window->selectSession(keynote);
        QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier);
        QAbstractItemModel *points = window->detailsPane()->keyPointModel();
        for (int row : { 0, 2 }) {
            points->setData(
                points->index(row, KeyPointModel::StarColumn), Qt::Checked, Qt::CheckStateRole);
            points->setData(points->index(row, KeyPointModel::CommentColumn),
                QStringLiteral("comment %1").arg(row));
        }
        typeText(window->detailsPane()->notesEditor()->editor(), QStringLiteral("Arrive early"));
        window->resize(760, 500); // within the test screen
        window->close(); // saves the note without waiting for the autosave
    }
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(760, 500));
    QCOMPARE(window->currentSessionKey(), keynote);
    QCOMPARE(window->detailsPane()->notesEditor()->text(), QStringLiteral("Arrive early"));
    // The keynote (Tuesday) before the quantum panel (Thursday, time to be announced).
    QCOMPARE(
        scheduleKeys(window->scheduleView()->tree()->model()), (QStringList { keynote, quantum }));
    QAbstractItemModel *points = window->detailsPane()->keyPointModel();
    int starred = 0;
    for (int row = 0; row < points->rowCount(); ++row)
        starred += points->index(row, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt()
            == Qt::Checked;
    QCOMPARE(starred, 2);
    QCOMPARE(points->index(2, KeyPointModel::CommentColumn).data().toString(),
        QStringLiteral("comment 2"));
}

void TestMainWindow::clashIsResolvedFromMySchedule()
{
    // Two talks at once on a morning, and one after lunch.
    ConferenceData data;
    data.conference.key = QStringLiteral("clash-2026");
    data.conference.title = LocalizedText::english(QStringLiteral("Clash"));
    data.conference.timeZone = QStringLiteral("Europe/Berlin");
    data.conference.startDate = data.conference.endDate = QDate(2026, 6, 1);
    data.tracks = { { QStringLiteral("main"), LocalizedText::english(QStringLiteral("Main")) } };
    const QTimeZone berlin("Europe/Berlin");
    const auto talk = [&](const QString &key, const QString &title, QTime start, int minutes) {
        Session session;
        session.key = key;
        session.trackKey = QStringLiteral("main");
        session.title = LocalizedText::english(title);
        const QDateTime from(QDate(2026, 6, 1), start, berlin);
        session.time = SessionTime::timed(from, from.addSecs(minutes * 60), QDate(2026, 6, 1));
        data.sessions.append(session);
    };
    talk(QStringLiteral("a"), QStringLiteral("Alpha"), QTime(10, 0), 60);
    talk(QStringLiteral("b"), QStringLiteral("Beta"), QTime(10, 30), 60);
    talk(QStringLiteral("c"), QStringLiteral("Gamma"), QTime(13, 0), 60);
    QVERIFY(ProgrammeStore(*m_db).importConference(data, QStringLiteral("clash")).ok());
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->openConference(data.conference.key));
    for (const QString &key : { QStringLiteral("a"), QStringLiteral("b") })
        QVERIFY(window->userData()->setBookmarked(data.conference.key, key, true).ok());
    QTreeView *schedule = window->scheduleView()->tree();
    const auto rowOf = [schedule](const QString &key) {
        return static_cast<ScheduleModel *>(schedule->model())->indexOfSession(key);
    };
    QVERIFY(rowOf(QStringLiteral("a")).data(ScheduleModel::ClashRole).toBool());

    // What else runs then: the programme narrowed to 10:00–11:00, Gamma hidden.
    schedule->setCurrentIndex(rowOf(QStringLiteral("a")));
    const QPoint at = schedule->visualRect(rowOf(QStringLiteral("a"))).center();
    QVERIFY(chooseFromContextMenu(schedule->viewport(), at, QStringLiteral("Show Sessions at")));
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()),
        (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    auto *span = window->findChild<QToolButton *>(QStringLiteral("timeSpanFilter"));
    QVERIFY(span->isVisible());
    QVERIFY2(span->text().contains(QStringLiteral("10:00")), qPrintable(span->text()));
    span->click();
    QVERIFY(!span->isVisible());
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()).size(), 3);

    // Keep Alpha: Beta's bookmark goes, in one step Ctrl+Z takes back.
    schedule->setCurrentIndex(rowOf(QStringLiteral("a")));
    QVERIFY(chooseFromContextMenu(schedule->viewport(), at, QStringLiteral("Keep This One")));
    UserDataStore store(*m_db);
    QVERIFY(store.isBookmarked(data.conference.key, QStringLiteral("a")));
    QVERIFY(!store.isBookmarked(data.conference.key, QStringLiteral("b")));
    QVERIFY(!rowOf(QStringLiteral("a")).data(ScheduleModel::ClashRole).toBool());
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Alpha")));
    QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Keep Alpha"));
    // The menu gone, the desktop gives the window back its activation.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(schedule, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store.isBookmarked(data.conference.key, QStringLiteral("b")));
    QVERIFY(rowOf(QStringLiteral("a")).data(ScheduleModel::ClashRole).toBool());
}

void TestMainWindow::detailsFollowTheFilter()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(keynote);
    QCOMPARE(window->detailsPane()->sessionKey(), keynote);
    // The search hides the keynote: the details no longer show it.
    typeText(window->searchField(), QStringLiteral("quantum"));
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()), QStringList { quantum });
    QVERIFY(window->currentSessionKey().isEmpty());
    QVERIFY(window->detailsPane()->sessionKey().isEmpty());
    // Cleared, the keynote is chosen again.
    QTest::keyClick(window->searchField(), Qt::Key_Escape);
    QVERIFY(window->searchField()->text().isEmpty());
    QCOMPARE(window->currentSessionKey(), keynote);
    QCOMPARE(window->detailsPane()->sessionKey(), keynote);
    // Bookmarked only hides it too.
    window->bookmarkedOnlyAction()->trigger();
    QVERIFY(window->detailsPane()->sessionKey().isEmpty());
    window->bookmarkedOnlyAction()->trigger();
}

void TestMainWindow::clearingTheSearchRestoresOpenTracks()
{
    auto window = openWindow();
    QVERIFY(window);
    QTreeView *tree = window->programmeView();
    tree->collapse(shownSession(*window, keynote).parent());
    // Searching opens every track it shows, the closed one included.
    typeText(window->searchField(), QStringLiteral("nvidia"));
    QVERIFY(tree->isExpanded(shownSession(*window, keynote).parent()));
    window->searchField()->clear();
    QVERIFY(!tree->isExpanded(shownSession(*window, keynote).parent()));
    QVERIFY(tree->isExpanded(shownSession(*window, quantum).parent()));

    // Closed while a search is shown at the end: after a restart the search is
    // back, and clearing it closes the track again.
    typeText(window->searchField(), QStringLiteral("nvidia"));
    window->close();
    window.reset();
    window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->searchField()->text(), QStringLiteral("nvidia"));
    QVERIFY(window->programmeView()->isExpanded(shownSession(*window, keynote).parent()));
    window->searchField()->clear();
    QVERIFY(!window->programmeView()->isExpanded(shownSession(*window, keynote).parent()));
    QVERIFY(window->programmeView()->isExpanded(shownSession(*window, quantum).parent()));
}

void TestMainWindow::opensWithinTheScreen()
{
    {
        auto window = openWindow();
        QVERIFY(window);
        window->setGeometry(-500, 900, 2600, 1900); // as saved on a larger screen
        window->close();
    }
    auto window = openWindow();
    QVERIFY(window);
    const QRect screen = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    QVERIFY2(screen.contains(frame),
        qPrintable(QStringLiteral("%1,%2 %3×%4 on %5×%6")
                       .arg(frame.x())
                       .arg(frame.y())
                       .arg(frame.width())
                       .arg(frame.height())
                       .arg(screen.width())
                       .arg(screen.height())));
    // The status bar, the last line of the window, is on the screen.
    QVERIFY(window->statusBar()->geometry().bottom() < screen.height());
}

void TestMainWindow::titlesTakeTheSpareWidth()
{
    int roomWidth = 0;
    {
        auto window = openWindow();
        QVERIFY(window);
        QTreeView *tree = window->programmeView();
        // The programme's share of a window 800 pixels wide, My Schedule closed.
        window->findChild<QDockWidget *>(QStringLiteral("scheduleDock"))->hide();
        window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({ 600, 200 });
        QCoreApplication::processEvents();
        // Every column the bundled programme fills is shown; the title has what the
        // others leave.
        for (const int column : { TrackTreeModel::CodeColumn, TrackTreeModel::TimeColumn,
                 TrackTreeModel::RoomColumn })
            QVERIFY(!tree->isColumnHidden(column));
        int others = 0;
        for (int column = 1; column < TrackTreeModel::ColumnCount; ++column)
            others += tree->columnWidth(column);
        QCOMPARE(tree->columnWidth(TrackTreeModel::TitleColumn) + others,
            tree->header()->length());
        QVERIFY(tree->columnWidth(TrackTreeModel::TitleColumn) > tree->viewport()->width() / 3);
        // A width the user gives a column is kept.
        roomWidth = tree->columnWidth(TrackTreeModel::RoomColumn) + 17;
        tree->setColumnWidth(TrackTreeModel::RoomColumn, roomWidth);
        window->close();
    }
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->programmeView()->columnWidth(TrackTreeModel::RoomColumn), roomWidth);
    QCOMPARE(window->programmeView()->header()->sortIndicatorSection(),
        int(TrackTreeModel::TimeColumn));
}

void TestMainWindow::opensTheConferenceAskedFor()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(!window->openConference(QStringLiteral("no-such-conference")));
    QCOMPARE(window->conferenceKey(), gtc); // still shown
    QVERIFY(window->openConference(gtc));
    QCOMPARE(window->conferenceKey(), gtc);
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(quantum);
    QAction *chinese = window->languageActions().at(1);
    chinese->trigger();
    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("檔案(&F)"));
    QCOMPARE(window->programmeView()->model()->headerData(0, Qt::Horizontal).toString(),
        QStringLiteral("議程"));
    QCOMPARE(window->windowTitle(), QStringLiteral("開發人員人工智慧大會|NVIDIA GTC 2025"));
    QVERIFY(window->detailsPane()->text().contains(QStringLiteral("量子錯誤校正")));
    QVERIFY(window->detailsPane()->text().contains(QStringLiteral("2025年3月20日 星期四")));
    QCOMPARE(window->currentSessionKey(), quantum); // the selection survives
    // The bundled programme's titles and tracks in Traditional Chinese, the
    // English original in the tooltip.
    const QModelIndex keynoteTitle = shownSession(*window, keynote);
    QCOMPARE(keynoteTitle.data().toString(), QStringLiteral("GTC 2025 主題演講：NVIDIA 執行長黃仁勳"));
    QVERIFY(keynoteTitle.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("GTC 2025 Keynote with NVIDIA CEO Jensen Huang")));
    QCOMPARE(keynoteTitle.parent().data().toString(), QStringLiteral("主題演講（1 個議程）"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_TW"));
    QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("大會行程規劃"));
    // Qt's own buttons follow, through the qtbase catalogue.
    QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
        QMessageBox::Save | QMessageBox::Cancel, window.get());
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("取消"));
    window->languageActions().at(0)->trigger();
    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QVERIFY(window->detailsPane()->text().contains(QStringLiteral("quantum error correction")));
    QMessageBox english(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
        QMessageBox::Save | QMessageBox::Cancel, window.get());
    QCOMPARE(english.button(QMessageBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestMainWindow::simplifiedChineseInTraditionalUnlessAsWritten()
{
    ConferenceData data;
    data.conference.key = QStringLiteral("simplified");
    data.conference.title = LocalizedText::chinese(QStringLiteral("开源软件大会"));
    data.conference.timeZone = QStringLiteral("Asia/Shanghai");
    data.tracks = { { QStringLiteral("ai"), LocalizedText::chinese(QStringLiteral("人工智能")) } };
    Session talk;
    talk.key = QStringLiteral("ml");
    talk.trackKey = QStringLiteral("ai");
    talk.title = LocalizedText::chinese(QStringLiteral("机器学习入门"));
    data.sessions = { talk };
    QVERIFY(ProgrammeStore(*m_db).importConference(data, QStringLiteral("s")).ok());
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->openConference(QStringLiteral("simplified")));
    window->languageActions().at(1)->trigger();
    QCOMPARE(shownSession(*window, QStringLiteral("ml")).data().toString(),
        QStringLiteral("機器學習入門"));
    window->selectSession(QStringLiteral("ml"));
    QVERIFY(window->detailsPane()->text().contains(QStringLiteral("機器學習入門")));

    // View ▸ Language ▸ Chinese Text as Written: the programme's own characters, kept.
    QAction *asWritten = window->textAsWrittenAction();
    QVERIFY(!asWritten->isChecked());
    asWritten->trigger();
    QCOMPARE(shownSession(*window, QStringLiteral("ml")).data().toString(),
        QStringLiteral("机器学习入门"));
    QVERIFY(window->detailsPane()->text().contains(QStringLiteral("机器学习入门")));
    QCOMPARE(window->currentSessionKey(), QStringLiteral("ml"));
    QVERIFY(Preferences().textAsWritten());
    asWritten->trigger();
    QCOMPARE(shownSession(*window, QStringLiteral("ml")).data().toString(),
        QStringLiteral("機器學習入門"));
    window->languageActions().at(0)->trigger();
}

void TestMainWindow::importAddsConferenceAndSwitcher()
{
    auto window = openWindow();
    QVERIFY(window);
    auto *switcher = window->findChild<QComboBox *>(QStringLiteral("conferenceSwitcher"));
    QCOMPARE(switcher->count(), 1);
    QString summary;
    answerNextMessageBox(QMessageBox::Ok, &summary);
    QVERIFY(window->conferenceFiles()->importFile(
        QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/import-pentabarf-classic.xml")));
    QVERIFY(summary.startsWith(QStringLiteral("Imported ")));
    QVERIFY(window->conferenceKey() != gtc);
    QCOMPARE(switcher->count(), 2);
    QVERIFY(window->programmeView()->model()->rowCount() > 0);
    // Back to GTC through the switcher, as a user would.
    switcher->setFocus();
    const int gtcRow = switcher->findData(gtc);
    QTest::keyClick(switcher, gtcRow < switcher->currentIndex() ? Qt::Key_Up : Qt::Key_Down);
    QCOMPARE(window->conferenceKey(), gtc);
    QCOMPARE(window->programmeView()->model()->rowCount(), 7);
}

void TestMainWindow::importsRealProgrammesFromWindow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sessions");
    QTest::newRow("FOSDEM 2020") << QStringLiteral("fosdem-2020-schedule.xml") << 872;
    QTest::newRow("31C3") << QStringLiteral("31c3-frab-schedule.xml") << 138;
    QTest::newRow("39C3") << QStringLiteral("39c3-everything.schedule.json") << 895;
    QTest::newRow("camp2019") << QStringLiteral("camp2019-frab-example.schedule.json") << 79;
    QTest::newRow("linux.conf.au 2020") << QStringLiteral("lca2020-conference.ics") << 262;
    QTest::newRow("Kieler Linuxtage") << QStringLiteral("kielux-kolt20.ics") << 24;
}

void TestMainWindow::importsRealProgrammesFromWindow()
{
    QFETCH(QString, file);
    QFETCH(int, sessions);
    const QString path = QStringLiteral(PLANNER_SOURCE_DIR "/../shared/data/") + file;
    if (!QFile::exists(path))
        QSKIP("the real schedules (../shared/data) are not present next to this checkout");
    auto window = openWindow();
    QVERIFY(window);
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(window->conferenceFiles()->importFile(path));
    QVERIFY(window->conferenceKey() != gtc);
    QCOMPARE(shownSessionKeys(*window->programmeView()->model()).size(), sessions);
    QCOMPARE(window->findChild<QComboBox *>(QStringLiteral("conferenceSwitcher"))->count(), 2);
}

void TestMainWindow::failedImportExplainsAndKeepsEverything()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->userData()->setNote(gtc, quantum, QStringLiteral("keep")).ok());
    const QString bad = m_dir->filePath(QStringLiteral("bad.md"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Conference\n\n## A session before any track\n");
    file.close();
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QVERIFY(!window->conferenceFiles()->importFile(bad));
    QVERIFY2(message.contains(bad + QStringLiteral(":3")), qPrintable(message));
    QCOMPARE(ProgrammeStore(*m_db).conferences().size(), 1);
    QCOMPARE(UserDataStore(*m_db).note(gtc, quantum), QStringLiteral("keep"));
}

void TestMainWindow::importRemovingMostSessionsAsksFirst()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString fixture
        = QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/import-frab-utc-day-dates.xml");
    answerNextMessageBox(QMessageBox::Ok); // the summary
    QVERIFY(window->conferenceFiles()->importFile(fixture));
    const QString conference = QStringLiteral("nightowl25");
    QCOMPARE(ProgrammeStore(*m_db).sessions(conference).size(), 3);
    // The same programme with one of its three sessions left.
    const QString extract = m_dir->filePath(QStringLiteral("extract.xml"));
    QVERIFY(importtest::writeWithoutEvents(fixture, QStringLiteral("102|103"), extract));

    // Asked first; keeping the programme (the default button) changes nothing.
    QString asked;
    whenMessageBoxShows([&asked](QMessageBox *box) {
        if (box->objectName() != QLatin1String("confirmLargeRemoval"))
            return false;
        asked = box->text();
        box->defaultButton()->click();
        return true;
    });
    QVERIFY(!window->conferenceFiles()->importFile(extract));
    QVERIFY2(asked.contains(QStringLiteral("would remove 2 of the 3 sessions")), qPrintable(asked));
    QCOMPARE(ProgrammeStore(*m_db).sessions(conference).size(), 3);

    // Updating anyway stores the file as the programme.
    whenMessageBoxShows([](QMessageBox *box) {
        if (box->objectName() != QLatin1String("confirmLargeRemoval"))
            return false;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        return true;
    });
    whenMessageBoxShows([](QMessageBox *box) {
        if (box->objectName() != QLatin1String("importSummary"))
            return false;
        box->button(QMessageBox::Ok)->click();
        return true;
    });
    QVERIFY(window->conferenceFiles()->importFile(extract));
    QCOMPARE(ProgrammeStore(*m_db).sessions(conference).size(), 1);
}

void TestMainWindow::deletingConferenceAsksAndKeepsNotes()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->userData()->setNote(gtc, quantum, QStringLiteral("keep")).ok());
    answerNextMessageBox(QMessageBox::Cancel);
    window->conferenceFiles()->deleteConference(gtc);
    QCOMPARE(ProgrammeStore(*m_db).conferences().size(), 1);
    answerNextMessageBox(QMessageBox::Yes);
    window->conferenceFiles()->deleteConference(gtc);
    QVERIFY(ProgrammeStore(*m_db).conferences().isEmpty());
    QCOMPARE(window->programmeView()->model()->rowCount(), 0);
    QCOMPARE(UserDataStore(*m_db).note(gtc, quantum), QStringLiteral("keep"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
