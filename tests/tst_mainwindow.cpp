#include "bundledconference.h"
#include "database.h"
#include "mainwindow.h"
#include "sessiondetailspane.h"
#include "tracktreemodel.h"
#include "translationloader.h"

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace planner;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnBundledConferenceWithSevenTracks();
    void selectingSessionShowsItsDetails();
    void keyboardMovesThroughTheTree();
    void showsChineseContentInChinese();
    void remembersGeometry();

private:
    TranslationLoader m_translations;
    QTemporaryDir m_dir;
    Database m_db;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_translations.install(Language::English));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("window.sqlite"))).ok());
    QVERIFY(BundledConference::ensureImported(m_db).ok());
}

void TestMainWindow::opensOnBundledConferenceWithSevenTracks()
{
    MainWindow window(m_db, Language::English);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("NVIDIA GTC 2025: AI Conference for Developers"));
    QCOMPARE(window.programmeView()->model()->rowCount(), 7);
    const QModelIndex keynote = window.programmeView()->model()->index(0, 0);
    QCOMPARE(keynote.data().toString(), QStringLiteral("Keynote (1 session)"));
    QVERIFY(window.programmeView()->isExpanded(keynote));
    QVERIFY(window.detailsPane()->text().contains(QStringLiteral("San Jose")));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList { QStringLiteral("&File"), QStringLiteral("&View") }));
}

void TestMainWindow::selectingSessionShowsItsDetails()
{
    MainWindow window(m_db, Language::English);
    window.show();
    QTreeView *tree = window.programmeView();
    const QModelIndex quantum = window.programmeModel()->indexOfSession(QStringLiteral("S74495"));
    tree->setCurrentIndex(quantum);
    const QString text = window.detailsPane()->text();
    QVERIFY(text.contains(QStringLiteral("Quantum Computing Where We Are")));
    QVERIFY(text.contains(QStringLiteral("S74495")));
    QVERIFY(text.contains(QStringLiteral("Time TBA")));
    QVERIFY(text.contains(QStringLiteral("Key points")));
}

void TestMainWindow::keyboardMovesThroughTheTree()
{
    MainWindow window(m_db, Language::English);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *tree = window.programmeView();
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QTest::keyClick(tree, Qt::Key_Down); // into the keynote track
    QCOMPARE(window.detailsPane()->sessionKey(), QStringLiteral("S72484"));
    QVERIFY(window.detailsPane()->text().contains(QStringLiteral("SAP Center")));
    QVERIFY(window.detailsPane()->text().contains(QStringLiteral("Jensen Huang")));
}

void TestMainWindow::showsChineseContentInChinese()
{
    MainWindow window(m_db, Language::Chinese);
    window.show();
    QCOMPARE(window.windowTitle(), QStringLiteral("開發人員人工智慧大會|NVIDIA GTC 2025"));
    const QModelIndex index = window.programmeModel()->indexOfSession(QStringLiteral("S74495"));
    window.programmeView()->setCurrentIndex(index);
    QVERIFY(window.detailsPane()->text().contains(QStringLiteral("量子錯誤校正")));
}

void TestMainWindow::remembersGeometry()
{
    {
        MainWindow window(m_db, Language::English);
        window.show();
        window.resize(900, 640);
        window.close();
    }
    MainWindow again(m_db, Language::English);
    QCOMPARE(again.size(), QSize(900, 640));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
