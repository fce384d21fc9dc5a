#include "preferences.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

// What outlives a start of the window, read back as written and with sensible
// defaults where nothing was written.
class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fileDialogsOpenInDocumentsOrHome();
    void appearanceIsKept();
};

void TestPreferences::fileDialogsOpenInDocumentsOrHome()
{
    Preferences preferences;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString home = QDir(documents).exists() ? documents : QDir::homePath();
    QTemporaryDir used;
    QVERIFY(used.isValid());
    preferences.setFolder(Preferences::Folder::Import, used.path());
    QCOMPARE(preferences.folder(Preferences::Folder::Import), used.path());
    // Never the working directory: nothing kept, or a folder since deleted.
    preferences.setFolder(Preferences::Folder::Import, used.path() + QStringLiteral("/gone"));
    QCOMPARE(preferences.folder(Preferences::Folder::Import), home);
    QCOMPARE(preferences.folder(Preferences::Folder::Import, used.path()), used.path());
}

void TestPreferences::appearanceIsKept()
{
    Preferences preferences;
    for (const auto appearance : { Preferences::Appearance::Dark, Preferences::Appearance::Light,
             Preferences::Appearance::System }) {
        preferences.setAppearance(appearance);
        QCOMPARE(Preferences().appearance(), appearance);
    }
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
