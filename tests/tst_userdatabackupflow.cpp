#include "bundledconference.h"
#include "database.h"
#include "mainwindow.h"
#include "noteseditor.h"
#include "schedulemodel.h"
#include "scheduleview.h"
#include "sessiondetailspane.h"
#include "tracktreemodel.h"
#include "interfacelanguage.h"
#include "userdatabackupflow.h"
#include "userdataservice.h"
#include "userdatastore.h"
#include "windowtesthelpers.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace planner;

namespace {

const QString gtc = QStringLiteral("gtc-2025");
const QString quantum = QStringLiteral("S74495");
const QString keynote = QStringLiteral("S72484");

// Closes the next message box that has an OK button, keeping its name and text
// (a question before it is left to its own answer).
void acceptNextMessageBox(QString *name, QString *text)
{
    whenMessageBoxShows([name, text](QMessageBox *box) {
        if (!box->button(QMessageBox::Ok))
            return false;
        *name = box->objectName();
        *text = box->text();
        box->button(QMessageBox::Ok)->click();
        return true;
    });
}

QAction *fileMenuAction(MainWindow &window, const QString &text)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *action : menus.first()->menu()->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

// File ▸ Back Up / Restore Notes and Bookmarks, driven through the menu.
class TestUserDataBackupFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuEntriesAreNamedForEveryone();
    void backupFromOneWindowRestoresIntoAnotherWithoutRestart();
    void newerNoteHereIsAskedAboutAndKeptByDefault();
    void usingTheBackupsReplacesTheShownNote();
    void unreadableBackupExplainsAndChangesNothing();

private:
    std::unique_ptr<Database> openDatabase(const QString &name) const;
    std::unique_ptr<MainWindow> openWindow(Database &database);
    QString backUp(MainWindow &window, const QString &name);
    QString restore(MainWindow &window, const QString &file, QString *name = nullptr);

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_here;
    std::unique_ptr<Database> m_there;
};

void TestUserDataBackupFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserDataBackupFlow::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_here = openDatabase(QStringLiteral("here.sqlite"));
    m_there = openDatabase(QStringLiteral("there.sqlite"));
    QVERIFY(m_here && m_there);
}

void TestUserDataBackupFlow::cleanup()
{
    m_here.reset();
    m_there.reset();
    m_dir.reset();
}

std::unique_ptr<Database> TestUserDataBackupFlow::openDatabase(const QString &name) const
{
    auto db = std::make_unique<Database>();
    if (!db->open(m_dir->filePath(name)).ok() || !BundledConference::ensureImported(*db).ok())
        return nullptr;
    return db;
}

std::unique_ptr<MainWindow> TestUserDataBackupFlow::openWindow(Database &database)
{
    return planner::openWindow(database, m_translations);
}

// Backs up through File ▸ Back Up…, the file dialog answered with `name`; the summary.
QString TestUserDataBackupFlow::backUp(MainWindow &window, const QString &name)
{
    const QString file = m_dir->filePath(name);
    window.backupFlow()->setFileChooser([file](bool save) { return save ? file : QString(); });
    QString boxName;
    QString text;
    acceptNextMessageBox(&boxName, &text);
    fileMenuAction(window, QStringLiteral("&Back Up My Notes and Bookmarks…"))->trigger();
    return boxName == QLatin1String("backupSummary") ? text : QString();
}

// Restores through File ▸ Restore…; the text of the message box that ends it.
QString TestUserDataBackupFlow::restore(MainWindow &window, const QString &file, QString *name)
{
    window.backupFlow()->setFileChooser([file](bool save) { return save ? QString() : file; });
    QString boxName;
    QString text;
    acceptNextMessageBox(&boxName, &text);
    fileMenuAction(window, QStringLiteral("&Restore Notes and Bookmarks…"))->trigger();
    if (name)
        *name = boxName;
    return text;
}

void TestUserDataBackupFlow::menuEntriesAreNamedForEveryone()
{
    auto window = openWindow(*m_here);
    QVERIFY(window);
    QMenu *file = window->menuBar()->actions().first()->menu();
    QAccessibleInterface *menu = QAccessible::queryAccessibleInterface(file);
    QVERIFY(menu);
    QStringList names;
    for (int i = 0; i < menu->childCount(); ++i)
        names.append(menu->child(i)->text(QAccessible::Name));
    QVERIFY2(names.contains(QStringLiteral("Back Up My Notes and Bookmarks…")),
        qPrintable(names.join(u'|')));
    QVERIFY(names.contains(QStringLiteral("Restore Notes and Bookmarks…")));
    QVERIFY(!window->backupAction()->toolTip().isEmpty());
    QVERIFY(!window->restoreAction()->toolTip().isEmpty());
}

void TestUserDataBackupFlow::backupFromOneWindowRestoresIntoAnotherWithoutRestart()
{
    QString file;
    {
        auto here = openWindow(*m_here);
        QVERIFY(here);
        here->selectSession(quantum);
        QVERIFY(here->userData()->setBookmarked(gtc, quantum, true).ok());
        // Typed but not yet autosaved: the backup still holds it.
        here->detailsPane()->notesEditor()->editor()->setFocus();
        QTest::keyClicks(
            here->detailsPane()->notesEditor()->editor(), QStringLiteral("bring cards"));
        const QString summary = backUp(*here, QStringLiteral("backup.json"));
        QVERIFY2(summary.contains(QStringLiteral("1 bookmark, 1 note")), qPrintable(summary));
        file = m_dir->filePath(QStringLiteral("backup.json"));
        QVERIFY(QFile::exists(file));
    }
    auto there = openWindow(*m_there);
    QVERIFY(there);
    there->selectSession(quantum);
    QVERIFY(!there->detailsPane()->bookmarkButton()->isChecked());
    QVERIFY(there->scheduleView()->isShowingEmptyState());

    QString name;
    const QString summary = restore(*there, file, &name);
    QCOMPARE(name, QStringLiteral("restoreSummary"));
    QVERIFY2(summary.contains(QStringLiteral("bookmarks: 1 added")), qPrintable(summary));
    // The window shows what was restored, on the session it showed before.
    QCOMPARE(there->currentSessionKey(), quantum);
    QVERIFY(there->detailsPane()->bookmarkButton()->isChecked());
    QCOMPARE(there->detailsPane()->notesEditor()->text(), QStringLiteral("bring cards"));
    QCOMPARE(scheduleKeys(there->scheduleView()->tree()->model()), QStringList { quantum });
    const QModelIndex row = there->programmeModel()->indexOfSession(quantum);
    QVERIFY(row.data(TrackTreeModel::BookmarkedRole).toBool());
    QVERIFY(there->statusText().endsWith(QStringLiteral("1 bookmarked")));
}

void TestUserDataBackupFlow::newerNoteHereIsAskedAboutAndKeptByDefault()
{
    QVERIFY(UserDataStore(*m_here).setNote(gtc, quantum, QStringLiteral("backup's")).ok());
    auto here = openWindow(*m_here);
    QVERIFY(here);
    QVERIFY(!backUp(*here, QStringLiteral("b.json")).isEmpty());
    QTest::qWait(5);
    QVERIFY(UserDataStore(*m_there).setNote(gtc, quantum, QStringLiteral("mine")).ok());
    auto there = openWindow(*m_there);
    QVERIFY(there);
    there->selectSession(quantum);

    // The question the user sees: the session listed, "keep mine" the default.
    QString question;
    QString details;
    bool keepIsDefault = false;
    whenMessageBoxShows([&](QMessageBox *box) {
        question = box->text();
        details = box->informativeText();
        auto *keep = box->findChild<QPushButton *>(QStringLiteral("keepMine"));
        keepIsDefault = keep && box->defaultButton() == keep;
        QTest::keyClick(box, Qt::Key_Escape);
        return true;
    });
    const QString summary = restore(*there, m_dir->filePath(QStringLiteral("b.json")));
    QVERIFY2(summary.contains(QStringLiteral("1 kept")), qPrintable(summary));
    QVERIFY2(question.startsWith(QStringLiteral("1 note or annotation")), qPrintable(question));
    QVERIFY2(details.contains(quantum), qPrintable(details));
    QVERIFY(keepIsDefault);
    QCOMPARE(UserDataStore(*m_there).note(gtc, quantum), QStringLiteral("mine"));
    QCOMPARE(there->detailsPane()->notesEditor()->text(), QStringLiteral("mine"));
}

void TestUserDataBackupFlow::usingTheBackupsReplacesTheShownNote()
{
    QVERIFY(UserDataStore(*m_here).setNote(gtc, quantum, QStringLiteral("backup's")).ok());
    auto here = openWindow(*m_here);
    QVERIFY(here);
    QVERIFY(!backUp(*here, QStringLiteral("b.json")).isEmpty());
    QTest::qWait(5);
    auto there = openWindow(*m_there);
    QVERIFY(there);
    there->selectSession(quantum);
    QTest::keyClicks(there->detailsPane()->notesEditor()->editor(), QStringLiteral("mine"));
    QList<RestoreConflict> asked;
    there->backupFlow()->setConflictChooser([&asked](const QList<RestoreConflict> &conflicts) {
        asked = conflicts;
        return UserDataBackupFlow::UseBackups;
    });
    const QString summary = restore(*there, m_dir->filePath(QStringLiteral("b.json")));
    // The typed note was saved first, so it counted as newer and was asked about.
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().session, quantum);
    QVERIFY2(
        summary.contains(QStringLiteral("replaced by the backup's version")), qPrintable(summary));
    QCOMPARE(UserDataStore(*m_there).note(gtc, quantum), QStringLiteral("backup's"));
    QCOMPARE(there->detailsPane()->notesEditor()->text(), QStringLiteral("backup's"));
}

void TestUserDataBackupFlow::unreadableBackupExplainsAndChangesNothing()
{
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\"format\": \"conference-planner-userdata\",\n \"version\": 1,\n \"conferences\": [}");
    file.close();
    auto there = openWindow(*m_there);
    QVERIFY(there);
    QString name;
    const QString message = restore(*there, bad, &name);
    QVERIFY2(message.contains(bad + QStringLiteral(":3:")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Nothing was changed")));
    QVERIFY(UserDataStore(*m_there).bookmarks(gtc).isEmpty());
}

QTEST_MAIN(TestUserDataBackupFlow)
#include "tst_userdatabackupflow.moc"
