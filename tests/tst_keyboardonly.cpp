#include "bundledconference.h"
#include "conferencefiles.h"
#include "database.h"
#include "helpmenu.h"
#include "keypointmodel.h"
#include "mainwindow.h"
#include "noteseditor.h"
#include "programmestore.h"
#include "schedulemodel.h"
#include "scheduleview.h"
#include "sessiondetailspane.h"
#include "shortcutsdialog.h"
#include "interfacelanguage.h"
#include "userdataservice.h"
#include "userdatastore.h"
#include "windowtesthelpers.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>

using namespace planner;

namespace {

const QString gtc = QStringLiteral("gtc-2025");
const QString quantum = QStringLiteral("S74495");

// Every key goes where the focus is, as it does for a user without a mouse.
QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Into whatever has the keyboard: Latin text key by key, Chinese as an input method commits it.
void typeText(const QString &text)
{
    planner::typeText(focused(), text);
}

// Presses Tab until `target` has the focus; false if it never comes within `limit`.
bool tabTo(QWidget *target, int limit = 30)
{
    for (int i = 0; i < limit && focused() != target; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    return focused() == target;
}

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    whenMessageBoxShows([button](QMessageBox *box) {
        box->button(button)->click();
        return true;
    });
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

} // namespace

// The planner used with the keyboard alone, as someone who cannot use a mouse would:
// the main flow, the order Tab takes, and a name for every control a screen reader meets.
class TestKeyboardOnly : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainFlowWithKeysOnly();
    void tabVisitsEveryPaneInLayoutOrder();
    void keyPointsFromAnyCellOfTheRow();
    void ownKeyPointsAddedEditedMovedRemovedAndUndone();
    void everyFocusableControlHasAnAccessibleName();
    void shortcutsListComesFromTheActions();
    void droppedFileIsImported();

private:
    std::unique_ptr<MainWindow> openWindow();

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestKeyboardOnly::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyboardOnly::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("keyboard.sqlite"))).ok());
    QVERIFY(BundledConference::ensureImported(*m_db).ok());
}

void TestKeyboardOnly::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestKeyboardOnly::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_db, m_translations);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

void TestKeyboardOnly::mainFlowWithKeysOnly()
{
    auto window = openWindow();
    QVERIFY(window);
    QTreeView *tree = window->programmeView();
    SessionDetailsPane *details = window->detailsPane();
    QPlainTextEdit *notes = details->notesEditor()->editor();
    QTreeView *schedule = window->scheduleView()->tree();
    QTableView *keyPoints = details->keyPointView();

    // Ctrl+F, type, and Down into the matches: the first one is chosen.
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused(), window->searchField());
    typeText(QStringLiteral("量子"));
    press(Qt::Key_Down);
    QCOMPARE(focused(), tree);
    QCOMPARE(window->currentSessionKey(), quantum);
    QCOMPARE(details->sessionKey(), quantum);

    // Ctrl+D bookmarks it; the schedule shows it.
    press(Qt::Key_D, Qt::ControlModifier);
    QVERIFY(UserDataStore(*m_db).isBookmarked(gtc, quantum));
    QVERIFY(!window->scheduleView()->isShowingEmptyState());

    // Ctrl+2 to the notes, and type.
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(focused(), notes);
    typeText(QStringLiteral("Ask about 錯誤校正"));
    QTRY_COMPARE(UserDataStore(*m_db).note(gtc, quantum), QStringLiteral("Ask about 錯誤校正"));

    // Elsewhere in the programme, then Ctrl+3 to the schedule and Enter to come back.
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focused(), tree);
    press(Qt::Key_Escape); // nothing to clear in the tree: harmless
    press(Qt::Key_F, Qt::ControlModifier);
    press(Qt::Key_Escape); // clears the search: the whole programme again
    QVERIFY(window->searchField()->text().isEmpty());
    press(Qt::Key_Down);
    QCOMPARE(focused(), tree);
    press(Qt::Key_Down, Qt::AltModifier);
    QVERIFY(window->currentSessionKey() != quantum);
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(focused(), schedule);
    QCOMPARE(schedule->currentIndex().data(ScheduleModel::SessionKeyRole).toString(), quantum);
    press(Qt::Key_Return);
    QCOMPARE(window->currentSessionKey(), quantum);
    QCOMPARE(focused(), tree);

    // Tab down the session to its key points; Space stars the first one.
    QVERIFY(tabTo(keyPoints));
    QVERIFY(keyPoints->currentIndex().isValid());
    press(Qt::Key_Home);
    QCOMPARE(keyPoints->currentIndex().column(), int(KeyPointModel::StarColumn));
    press(Qt::Key_Space);
    QTRY_VERIFY(!UserDataStore(*m_db).annotations(gtc, quantum).isEmpty());
    QVERIFY(UserDataStore(*m_db).annotations(gtc, quantum).first().starred);

    // Right to its comment, F2, type, Enter.
    press(Qt::Key_End);
    QCOMPARE(keyPoints->currentIndex().column(), int(KeyPointModel::CommentColumn));
    press(Qt::Key_F2);
    QVERIFY(qobject_cast<QLineEdit *>(focused()));
    typeText(QStringLiteral("demo?"));
    press(Qt::Key_Return);
    QTRY_COMPARE(
        UserDataStore(*m_db).annotations(gtc, quantum).first().comment, QStringLiteral("demo?"));

    // Tab on reaches the notes, which kept what was typed; Ctrl+D again removes the bookmark.
    QVERIFY(tabTo(notes));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Ask about 錯誤校正"));
    press(Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!UserDataStore(*m_db).isBookmarked(gtc, quantum));
    // In the notes Ctrl+Z undoes typing; from the programme it undoes the bookmark.
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(UserDataStore(*m_db).isBookmarked(gtc, quantum));
}

void TestKeyboardOnly::keyPointsFromAnyCellOfTheRow()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(quantum);
    SessionDetailsPane *details = window->detailsPane();
    QTableView *points = details->keyPointView();
    QAbstractItemModel *model = points->model();
    QVERIFY(model->rowCount() >= 2);
    auto *remove = details->findChildren<QPushButton *>().value(0);
    for (QPushButton *button : details->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Remove key point"))
            remove = button;
    }
    points->setFocus();
    // On the point's text, not its star: Space stars it all the same.
    points->setCurrentIndex(model->index(1, KeyPointModel::TextColumn));
    QVERIFY(!remove->isEnabled()); // the programme's own point stays
    press(Qt::Key_Space);
    QCOMPARE(model->index(1, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    // F2 opens the comment, typed and kept with Enter.
    press(Qt::Key_F2);
    QVERIFY(qobject_cast<QLineEdit *>(focused()) || qobject_cast<QPlainTextEdit *>(focused()));
    QVERIFY(points->isAncestorOf(focused()));
    QTest::keyClicks(focused(), QStringLiteral("ask about error rates"));
    press(Qt::Key_Return); // the delegate commits once the editor has had the key
    QTRY_COMPARE(model->index(1, KeyPointModel::CommentColumn).data().toString(),
        QStringLiteral("ask about error rates"));
    QTRY_COMPARE(focused(), points);
    press(Qt::Key_Space); // unstarred again, the comment kept
    QCOMPARE(model->index(1, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));

    // A point of the user's own: starred, removed with Delete, back with Ctrl+Z.
    auto *keyPoints = static_cast<KeyPointModel *>(model);
    QVERIFY(keyPoints->addUserPoint(QStringLiteral("Bring the paper")));
    const int own = model->rowCount() - 1;
    points->setCurrentIndex(model->index(own, KeyPointModel::CommentColumn));
    QVERIFY(remove->isEnabled());
    press(Qt::Key_Space);
    press(Qt::Key_Delete);
    QCOMPARE(model->rowCount(), own);
    QVERIFY(UserDataStore(*m_db).userKeyPoints(gtc, quantum).isEmpty());
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), own + 1);
    QCOMPARE(model->index(own, KeyPointModel::TextColumn).data().toString(),
        QStringLiteral("Bring the paper"));
    QCOMPARE(model->index(own, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
}

void TestKeyboardOnly::ownKeyPointsAddedEditedMovedRemovedAndUndone()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(quantum);
    SessionDetailsPane *details = window->detailsPane();
    QTableView *points = details->keyPointView();
    auto *model = static_cast<KeyPointModel *>(points->model());
    const int builtIn = model->rowCount();
    QPushButton *add = nullptr;
    for (QPushButton *button : details->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == QStringLiteral("Add Key Point…"))
            add = button;
    }
    QVERIFY(add);
    const auto stored = [this] {
        QStringList texts;
        for (const UserKeyPoint &own : UserDataStore(*m_db).userKeyPoints(gtc, quantum))
            texts.append(own.text);
        return texts;
    };
    const auto shown = [model, builtIn] {
        QStringList texts;
        for (int row = builtIn; row < model->rowCount(); ++row)
            texts.append(model->index(row, KeyPointModel::TextColumn).data().toString());
        return texts;
    };
    const auto currentText = [points] {
        return points->currentIndex().siblingAtColumn(KeyPointModel::TextColumn).data().toString();
    };

    // Three points added from the button with the keyboard, each current when added.
    for (const QString &text : { QStringLiteral("Read the paper"), QStringLiteral("Ask about qubits"),
             QStringLiteral("Find the demo") }) {
        QTimer::singleShot(0, this, [text] {
            QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            dialog->setTextValue(text);
            dialog->accept();
        });
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(currentText(), text);
    }
    const QStringList added { QStringLiteral("Read the paper"), QStringLiteral("Ask about qubits"),
        QStringLiteral("Find the demo") };
    QCOMPARE(stored(), added);
    QCOMPARE(shown(), added);

    // Ctrl+Shift+Up moves the current point above the one before it, and it stays current.
    QApplication::setActiveWindow(window.get());
    points->setFocus();
    points->setCurrentIndex(model->index(builtIn + 2, KeyPointModel::CommentColumn));
    press(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    const QStringList moved { QStringLiteral("Read the paper"), QStringLiteral("Find the demo"),
        QStringLiteral("Ask about qubits") };
    QCOMPARE(stored(), moved);
    QCOMPARE(shown(), moved);
    QCOMPARE(currentText(), QStringLiteral("Find the demo"));
    // Not above the programme's own points.
    press(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored().first(), QStringLiteral("Find the demo"));
    QCOMPARE(model->index(builtIn, KeyPointModel::TextColumn).data().toString(),
        QStringLiteral("Find the demo"));
    press(Qt::Key_Z, Qt::ControlModifier); // back to second
    QCOMPARE(stored(), moved);

    // Shift+F2 edits its words in place.
    points->setCurrentIndex(model->index(builtIn + 1, KeyPointModel::StarColumn));
    press(Qt::Key_F2, Qt::ShiftModifier);
    QVERIFY(points->isAncestorOf(focused()));
    auto *editor = qobject_cast<QLineEdit *>(focused());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Find the demo"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Find the demo booth"));
    press(Qt::Key_Return);
    QTRY_COMPARE(stored().value(1), QStringLiteral("Find the demo booth"));
    QTRY_COMPARE(focused(), points);
    // A programme's point keeps its words: Shift+F2 does nothing there.
    points->setCurrentIndex(model->index(0, KeyPointModel::TextColumn));
    press(Qt::Key_F2, Qt::ShiftModifier);
    QCOMPARE(focused(), points);

    // Delete removes the first of them, starred; Ctrl+Z brings it back in its place.
    points->setCurrentIndex(model->index(builtIn, KeyPointModel::TextColumn));
    press(Qt::Key_Space);
    press(Qt::Key_Delete);
    QCOMPARE(stored(),
        QStringList({ QStringLiteral("Find the demo booth"), QStringLiteral("Ask about qubits") }));
    press(Qt::Key_Z, Qt::ControlModifier);
    const QStringList edited { QStringLiteral("Read the paper"), QStringLiteral("Find the demo booth"),
        QStringLiteral("Ask about qubits") };
    QCOMPARE(stored(), edited);
    QCOMPARE(shown(), edited);
    QCOMPARE(model->index(builtIn, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    // Then the edit and the move, undone in turn; and the move done again.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), moved);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), added);
    QCOMPARE(shown(), added);
    const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0];
    press(redo.key(), redo.keyboardModifiers());
    QCOMPARE(stored(), moved);

    // The context menu offers the same on a point of the user's own.
    const QRect last = points->visualRect(model->index(builtIn + 2, KeyPointModel::TextColumn));
    QVERIFY(chooseFromContextMenu(points->viewport(), last.center(), QStringLiteral("Move Up")));
    QCOMPARE(stored(),
        QStringList({ QStringLiteral("Read the paper"), QStringLiteral("Ask about qubits"),
            QStringLiteral("Find the demo") }));
    // Undoing every addition leaves none, and nothing stays behind in the store.
    QApplication::setActiveWindow(window.get()); // the menu had it
    points->setFocus();
    for (int i = 0; i < 20 && window->findChild<QUndoStack *>()->canUndo(); ++i)
        press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(stored().isEmpty());
    QCOMPARE(model->rowCount(), builtIn);
}

void TestKeyboardOnly::tabVisitsEveryPaneInLayoutOrder()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(quantum);
    SessionDetailsPane *details = window->detailsPane();
    auto *dayFilter = window->findChild<QComboBox *>(QStringLiteral("dayFilter"));
    auto *trackFilter = window->findChild<QComboBox *>(QStringLiteral("trackFilter"));
    auto *roomFilter = window->findChild<QComboBox *>(QStringLiteral("roomFilter"));
    auto *browser = window->findChild<QTextBrowser *>(QStringLiteral("sessionDetails"));
    QVERIFY(window->userData()->setBookmarked(gtc, quantum, true).ok());
    press(Qt::Key_F, Qt::ControlModifier);
    // One lap of Tab, each widget once (the details' topic links keep the focus a while).
    QList<QWidget *> visited { focused() };
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        if (focused() == window->searchField())
            break;
        if (visited.last() != focused())
            visited.append(focused());
    }
    // Remove is skipped while no point of the user's own is chosen.
    QWidget *views = window->findChild<QTabWidget *>(QStringLiteral("programmeViews"))->tabBar();
    const QList<QWidget *> expected { window->searchField(), views, dayFilter, trackFilter, roomFilter,
        window->programmeView(), details->bookmarkButton(), browser, details->keyPointView(),
        nullptr, details->notesEditor()->editor(), window->scheduleView()->tree() };
    QCOMPARE(visited.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        if (expected.at(i)) // the key point button is checked by name below
            QCOMPARE(visited.at(i), expected.at(i));
    }
    QCOMPARE(accessibleName(visited.at(9)), QStringLiteral("Add Key Point…"));
}

void TestKeyboardOnly::everyFocusableControlHasAnAccessibleName()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(quantum);
    QVERIFY(window->userData()->setBookmarked(gtc, quantum, true).ok());
    int checked = 0;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window.get()) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        ++checked;
        QVERIFY2(!accessibleName(widget).isEmpty(),
            qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                               widget->objectName())));
    }
    QVERIFY(checked >= 9);
}

void TestKeyboardOnly::shortcutsListComesFromTheActions()
{
    auto window = openWindow();
    QVERIFY(window);
    // Help ▸ Keyboard Shortcuts, by its own shortcut.
    window->helpMenu()->shortcutsAction()->trigger();
    auto *dialog = window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QStringList entries = dialog->entries();
    const auto has = [&entries](const QString &line) { return entries.contains(line); };
    QVERIFY(has(QStringLiteral("Toggle Bookmark\tCtrl+D")));
    QVERIFY(has(QStringLiteral("Find…\tCtrl+F")));
    QVERIFY(has(QStringLiteral("Go to Notes\tCtrl+2")));
    QVERIFY(has(QStringLiteral("Keyboard Shortcuts\tCtrl+?")));
    // Every action with a shortcut in a menu is listed: none can be forgotten.
    int inMenus = 0;
    for (QAction *action : window->findChildren<QAction *>()) {
        const QList<QObject *> owners = action->associatedObjects();
        const bool inMenu = std::any_of(owners.cbegin(), owners.cend(),
            [](QObject *owner) { return qobject_cast<QMenu *>(owner); });
        if (!inMenu || action->shortcut().isEmpty())
            continue;
        ++inMenus;
        const QString line = QString(action->text()).remove(u'&') + u'\t'
            + action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(has(line), qPrintable(line));
    }
    QVERIFY(inMenus >= 15);
    // Renamed with the language.
    QVERIFY(m_translations.install(Language::Chinese));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(window.get(), &change);
    QTRY_VERIFY(!dialog->entries().contains(QStringLiteral("Toggle Bookmark\tCtrl+D")));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void TestKeyboardOnly::droppedFileIsImported()
{
    auto window = openWindow();
    QVERIFY(window);
    const int before = ProgrammeStore(*m_db).conferences().size();
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(
        QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/import-pentabarf-classic.xml")) });
    const QPoint centre = window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    answerNextMessageBox(QMessageBox::Ok);
    QApplication::sendEvent(window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(ProgrammeStore(*m_db).conferences().size(), before + 1);
    QTRY_VERIFY(window->conferenceKey() != gtc);
    // Text that is no file is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

QTEST_MAIN(TestKeyboardOnly)
#include "tst_keyboardonly.moc"
