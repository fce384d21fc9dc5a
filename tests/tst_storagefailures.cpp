// The window over a database that changes, breaks or refuses writes: another
// process's writes appear when the window is activated again; a read-only or full
// database leaves the window usable and the user's typed notes in memory; a
// damaged one is set aside at start with the user told where it went.
#include "bundledconference.h"
#include "database.h"
#include "databasestartup.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "noteseditor.h"
#include "schedulemodel.h"
#include "scheduleview.h"
#include "sessiondetailspane.h"
#include "tracktreemodel.h"
#include "userdatastore.h"
#include "windowtesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace planner;

namespace {

const QString keynote = QStringLiteral("S72484");
const QString dateOnly = QStringLiteral("S74495");

// Another window takes the focus, then the user comes back to the planner.
bool comeBackTo(QWidget *window)
{
    QWidget elsewhere;
    elsewhere.show();
    elsewhere.activateWindow();
    if (!QTest::qWaitForWindowActive(&elsewhere))
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// Answers the next message box with its `role` button and keeps its words.
void answerNextMessageBox(QMessageBox::ButtonRole role, QString *words)
{
    whenMessageBoxShows([role, words](QMessageBox *box) {
        *words = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return true;
            }
        }
        box->reject();
        return true;
    });
}

// Characters of a note longer than a page of the store holds (16 KB for a new
// file): saving it needs new pages, which a full disk refuses.
constexpr int beyondAPage = 20000;

// A long note arrives the way a paste brings it, then one typed key.
void typeInto(QPlainTextEdit *editor, const QString &text)
{
    editor->insertPlainText(text.chopped(1));
    QTest::keyClicks(editor, text.right(1));
}

} // namespace

class TestStorageFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commandLineChangesShowWhenWindowIsActivatedAgain();
    void activationWithoutOutsideChangesReloadsNothing();
    void readOnlyDatabaseCanBeBrowsedButNotChanged();
    void fullDiskKeepsTypedNotesUntilTheyCanBeSaved();
    void closingWithUnsavedNotesAsksFirst();
    void damagedDatabaseIsSetAsideAndUserTold();

private:
    std::unique_ptr<MainWindow> openWindow();
    bool runPlanner(const QStringList &arguments);
    void limitDatabaseToItsSize();

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestStorageFailures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStorageFailures::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("planner.sqlite"));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path).ok());
    QVERIFY(BundledConference::ensureImported(*m_db).ok());
}

void TestStorageFailures::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestStorageFailures::openWindow()
{
    return planner::openWindow(*m_db, m_translations);
}

bool TestStorageFailures::runPlanner(const QStringList &arguments)
{
    const QString planner = qEnvironmentVariable("PLANNER_BINARY");
    if (planner.isEmpty())
        return false;
    QProcess process;
    process.start(planner, arguments + QStringList { QStringLiteral("--database"), m_path });
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

void TestStorageFailures::limitDatabaseToItsSize()
{
    // SQLite fails as on a full disk once the file would grow by another page.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const QString pages = query.value(0).toString();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = ") + pages));
}

void TestStorageFailures::commandLineChangesShowWhenWindowIsActivatedAgain()
{
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("run through ctest, which names the planner binary");
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(keynote);
    QVERIFY(comeBackTo(window.get()));
    QVERIFY(window->scheduleView()->isShowingEmptyState());

    QVERIFY(runPlanner({ QStringLiteral("bookmark"), QStringLiteral("add"), dateOnly }));
    QVERIFY(runPlanner({ QStringLiteral("note"), QStringLiteral("set"), keynote,
        QStringLiteral("written from a script") }));
    QVERIFY(runPlanner({ QStringLiteral("import"),
        QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/import-pentabarf-classic.xml") }));

    QVERIFY(comeBackTo(window.get()));
    QCOMPARE(scheduleKeys(window->scheduleView()->tree()->model()), QStringList { dateOnly });
    QCOMPARE(window->currentSessionKey(), keynote); // the user's place is kept
    QCOMPARE(window->detailsPane()->notesEditor()->text(), QStringLiteral("written from a script"));
    QVERIFY(window->statusText().contains(QStringLiteral("1 bookmarked")));
    auto *switcher = window->findChild<QComboBox *>(QStringLiteral("conferenceSwitcher"));
    QVERIFY(switcher);
    QCOMPARE(switcher->count(), 2);
}

void TestStorageFailures::activationWithoutOutsideChangesReloadsNothing()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(comeBackTo(window.get()));
    // The window's own writes are not outside changes either.
    window->selectSession(keynote);
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QSignalSpy resets(window->programmeModel(), &QAbstractItemModel::modelReset);
    QVERIFY(comeBackTo(window.get()));
    QVERIFY(comeBackTo(window.get()));
    QCOMPARE(resets.count(), 0);
}

void TestStorageFailures::readOnlyDatabaseCanBeBrowsedButNotChanged()
{
    QVERIFY(UserDataStore(*m_db)
                .setNote(BundledConference::key(), keynote, QStringLiteral("from before"))
                .ok());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path, Database::Access::ReadOnly).ok());
    auto window = openWindow();
    QVERIFY(window);
    auto *indicator = window->findChild<QLabel *>(QStringLiteral("readOnlyIndicator"));
    QVERIFY(indicator && indicator->isVisible());
    QVERIFY(indicator->toolTip().contains(m_path));
    window->selectSession(keynote);
    QCOMPARE(window->detailsPane()->notesEditor()->text(), QStringLiteral("from before"));
    QVERIFY(window->detailsPane()->notesEditor()->editor()->isReadOnly());
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(window->scheduleView()->isShowingEmptyState()); // no bookmark was made
    QVERIFY(window->searchField()->isEnabled());
    window->searchField()->setText(QStringLiteral("keynote"));
    QVERIFY(window->statusText().startsWith(QStringLiteral("1 of ")));
}

void TestStorageFailures::fullDiskKeepsTypedNotesUntilTheyCanBeSaved()
{
    auto window = openWindow();
    QVERIFY(window);
    NotesEditor *notes = window->detailsPane()->notesEditor();
    window->selectSession(keynote);
    limitDatabaseToItsSize();
    typeInto(notes->editor(), QString(beyondAPage, u'n'));
    QVERIFY(!notes->flush());
    auto *status = notes->findChild<QLabel *>(QStringLiteral("notesStatus"));
    QVERIFY(status && status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("full")), qPrintable(status->text()));

    // Another session and back: the words are still there, nothing is lost.
    window->selectSession(dateOnly);
    QVERIFY(notes->text().isEmpty());
    typeInto(notes->editor(), QString(beyondAPage, u'm'));
    QVERIFY(!notes->flush());
    window->selectSession(keynote);
    QCOMPARE(notes->text(), QString(beyondAPage, u'n'));
    QCOMPARE(notes->unsavedNotes().size(), 2);
    QVERIFY(status->text().contains(QStringLiteral("1 other note")));

    // Space again: the retry saves both without the user typing.
    QVERIFY(
        QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QTRY_VERIFY_WITH_TIMEOUT(!notes->hasUnsavedChanges(), NotesEditor::retryDelayMs * 3);
    UserDataStore store(*m_db);
    QCOMPARE(store.note(BundledConference::key(), keynote), QString(beyondAPage, u'n'));
    QCOMPARE(store.note(BundledConference::key(), dateOnly), QString(beyondAPage, u'm'));
    QVERIFY(!status->isVisible());
}

void TestStorageFailures::closingWithUnsavedNotesAsksFirst()
{
    auto window = openWindow();
    QVERIFY(window);
    window->selectSession(keynote);
    limitDatabaseToItsSize();
    typeInto(window->detailsPane()->notesEditor()->editor(), QString(beyondAPage, u'k'));
    QString words;
    answerNextMessageBox(QMessageBox::RejectRole, &words); // keep the window open
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QVERIFY2(words.contains(QStringLiteral("1 note could not be saved")), qPrintable(words));
    answerNextMessageBox(QMessageBox::DestructiveRole, &words);
    QVERIFY(window->close());
}

void TestStorageFailures::damagedDatabaseIsSetAsideAndUserTold()
{
    QVERIFY(UserDataStore(*m_db)
                .setNote(BundledConference::key(), keynote, QStringLiteral("old"))
                .ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    const qint64 page = query.value(0).toLongLong();
    query = QSqlQuery();
    m_db.reset();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(page);
    file.write(QByteArray(3 * page, '\xab')); // the first tables' pages
    file.close();

    QString words;
    answerNextMessageBox(QMessageBox::AcceptRole, &words);
    m_db = std::make_unique<Database>();
    QVERIFY(DatabaseStartup::open(*m_db, m_path));
    const QStringList backups
        = QDir(m_dir->path()).entryList({ QStringLiteral("planner.sqlite.damaged-*") });
    QCOMPARE(backups.size(), 1);
    QVERIFY2(words.contains(m_dir->filePath(backups.first())), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("kept, not deleted")));
    // A fresh database with the bundled programme, the damaged one untouched beside it.
    QVERIFY(m_db->checkIntegrity().ok());
    QVERIFY(UserDataStore(*m_db).note(BundledConference::key(), keynote).isEmpty());
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->conferenceKey(), BundledConference::key());
}

QTEST_MAIN(TestStorageFailures)
#include "tst_storagefailures.moc"
