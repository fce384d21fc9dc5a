#include "applicationinfo.h"
#include "bundledconference.h"
#include "database.h"
#include "gettingstarteddialog.h"
#include "helpmenu.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace planner;

class TestHelpMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aboutNamesVersionsAndLicences();
    void gettingStartedShowsOnceThenFromHelp();
    void menuFollowsTheLanguage();

private:
    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestHelpMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ApplicationInfo::apply();
}

void TestHelpMenu::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("help.sqlite"))).ok());
    QVERIFY(BundledConference::ensureImported(*m_db).ok());
}

void TestHelpMenu::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestHelpMenu::aboutNamesVersionsAndLicences()
{
    const QString text = HelpMenu::aboutText();
    QVERIFY(text.contains(QStringLiteral(PLANNER_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(text.contains(QStringLiteral("LGPL-3.0")));

    MainWindow window(*m_db, m_translations);
    QString shown;
    QTimer::singleShot(0, &window, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->text();
        box->accept();
    });
    window.helpMenu()->aboutAction()->trigger();
    QCOMPARE(shown, text);
}

void TestHelpMenu::gettingStartedShowsOnceThenFromHelp()
{
    MainWindow window(*m_db, m_translations);
    window.show();
    GettingStartedDialog *first = GettingStartedDialog::showOnce(&window);
    QVERIFY(first);
    QVERIFY(first->isVisible());
    for (const char *word : { "Bookmarks", "Notes", "My Schedule" })
        QVERIFY2(first->text().contains(QLatin1String(word)), word);
    first->close();
    QTRY_VERIFY(!window.findChild<GettingStartedDialog *>()); // deleted once closed
    QVERIFY(Preferences().gettingStartedShown());
    QVERIFY(!GettingStartedDialog::showOnce(&window));
    // Always there from Help.
    window.helpMenu()->gettingStartedAction()->trigger();
    auto *again = window.findChild<GettingStartedDialog *>();
    QVERIFY(again);
    QVERIFY(again->isVisible());
}

void TestHelpMenu::menuFollowsTheLanguage()
{
    MainWindow window(*m_db, m_translations);
    QCOMPARE(window.helpMenu()->title(), QStringLiteral("&Help"));
    QCOMPARE(window.helpMenu()->shortcutsAction()->shortcut(),
        QKeySequence(Qt::CTRL | Qt::Key_Question));
    window.setLanguage(Language::Chinese);
    // Translated once the catalogue has it; never left empty.
    QVERIFY(!window.helpMenu()->title().isEmpty());
    window.setLanguage(Language::English);
    QCOMPARE(window.helpMenu()->title(), QStringLiteral("&Help"));
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
