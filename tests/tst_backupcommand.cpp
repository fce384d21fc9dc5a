#include "applicationinfo.h"
#include "commandline.h"
#include "commandrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace planner;

namespace {

const QString quantum = QStringLiteral("S74495");
const QString keynote = QStringLiteral("S72484");

} // namespace

// `conference-planner backup` and `restore`, run as a script would.
class TestBackupCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void backupThenRestoreMovesThePlanToAnotherDatabase();
    void backupWithoutFileWritesTheDocumentToStdout();
    void newerLocalNoteIsKeptAndListed();
    void overwriteNewerTakesTheBackups();
    void badBackupFailsNamingFileAndPlace();
    void misuseIsUsageError_data();
    void misuseIsUsageError();
    void unwritableBackupFails();
    void helpListsBackupAndRestore();

private:
    Outcome run(const QString &database, const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_here;
    QString m_there;
};

void TestBackupCommand::initTestCase()
{
    ApplicationInfo::apply();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBackupCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_here = path(QStringLiteral("here.sqlite"));
    m_there = path(QStringLiteral("there.sqlite"));
}

Outcome TestBackupCommand::run(const QString &database, const QStringList &arguments) const
{
    return runCommand(database, arguments);
}

void TestBackupCommand::backupThenRestoreMovesThePlanToAnotherDatabase()
{
    QCOMPARE(run(m_here, { QStringLiteral("bookmark"), QStringLiteral("add"), quantum, keynote })
                 .exitCode,
        0);
    QCOMPARE(run(m_here,
                 { QStringLiteral("note"), QStringLiteral("set"), quantum,
                     QStringLiteral("量子 notes") })
                 .exitCode,
        0);
    const QString file = path(QStringLiteral("backup.json"));
    const Outcome backup = run(m_here, { QStringLiteral("backup"), QStringLiteral("-o"), file });
    QCOMPARE(backup.exitCode, 0);
    QCOMPARE(backup.err, QString());
    QVERIFY2(backup.out.startsWith(QStringLiteral("Backed up your data on 2 sessions to ")),
        qPrintable(backup.out));
    QVERIFY(backup.out.contains(QStringLiteral("2 bookmarks, 1 note")));

    const Outcome restore = run(m_there, { QStringLiteral("restore"), file });
    QCOMPARE(restore.exitCode, 0);
    QCOMPARE(restore.err, QString());
    QVERIFY2(restore.out.contains(QStringLiteral("bookmarks: 2 added")), qPrintable(restore.out));
    QVERIFY2(restore.out.contains(QStringLiteral("notes: 1 added, 0 updated, 0 kept")),
        qPrintable(restore.out));
    QCOMPARE(run(m_there, { QStringLiteral("note"), QStringLiteral("get"), quantum }).out,
        QStringLiteral("量子 notes"));
    const Outcome list = run(m_there, { QStringLiteral("bookmark"), QStringLiteral("list") });
    QVERIFY(list.out.contains(quantum));
    QVERIFY(list.out.contains(keynote));

    const Outcome again = run(m_there, { QStringLiteral("restore"), file });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(QStringLiteral("Nothing to restore")), qPrintable(again.out));
}

void TestBackupCommand::backupWithoutFileWritesTheDocumentToStdout()
{
    QCOMPARE(
        run(m_here, { QStringLiteral("bookmark"), QStringLiteral("add"), quantum }).exitCode, 0);
    const Outcome backup = run(m_here, { QStringLiteral("backup") });
    QCOMPARE(backup.exitCode, 0);
    QCOMPARE(backup.err, QString());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(backup.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("format")).toString(),
        QStringLiteral("conference-planner-userdata"));
    const QJsonObject session
        = root.value(QLatin1String("conferences"))[0][QLatin1String("sessions")][0].toObject();
    QCOMPARE(session.value(QLatin1String("key")).toString(), quantum);
    QVERIFY(session.value(QLatin1String("bookmarked")).toBool());
}

void TestBackupCommand::newerLocalNoteIsKeptAndListed()
{
    QCOMPARE(run(m_here,
                 { QStringLiteral("note"), QStringLiteral("set"), quantum,
                     QStringLiteral("from the backup") })
                 .exitCode,
        0);
    const QString file = path(QStringLiteral("backup.json"));
    QCOMPARE(run(m_here, { QStringLiteral("backup"), QStringLiteral("-o"), file }).exitCode, 0);
    QTest::qWait(5); // written after the backup's note
    QCOMPARE(run(m_there,
                 { QStringLiteral("note"), QStringLiteral("set"), quantum,
                     QStringLiteral("newer here") })
                 .exitCode,
        0);
    const Outcome restore = run(m_there, { QStringLiteral("restore"), file });
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(restore.out.contains(QStringLiteral("notes: 0 added, 0 updated, 1 kept")),
        qPrintable(restore.out));
    QVERIFY2(restore.out.contains(QStringLiteral("kept as they are")), qPrintable(restore.out));
    QVERIFY2(restore.out.contains(QStringLiteral("restore again with --overwrite-newer")),
        qPrintable(restore.out));
    QVERIFY2(restore.out.contains(QStringLiteral("  note on ")) && restore.out.contains(quantum),
        qPrintable(restore.out));
    QCOMPARE(run(m_there, { QStringLiteral("note"), QStringLiteral("get"), quantum }).out,
        QStringLiteral("newer here"));
}

void TestBackupCommand::overwriteNewerTakesTheBackups()
{
    QCOMPARE(run(m_here,
                 { QStringLiteral("note"), QStringLiteral("set"), quantum,
                     QStringLiteral("from the backup") })
                 .exitCode,
        0);
    const QString file = path(QStringLiteral("backup.json"));
    QCOMPARE(run(m_here, { QStringLiteral("backup"), QStringLiteral("-o"), file }).exitCode, 0);
    QTest::qWait(5);
    QCOMPARE(run(m_there,
                 { QStringLiteral("note"), QStringLiteral("set"), quantum,
                     QStringLiteral("newer here") })
                 .exitCode,
        0);
    const Outcome restore
        = run(m_there, { QStringLiteral("restore"), file, QStringLiteral("--overwrite-newer") });
    QCOMPARE(restore.exitCode, 0);
    QVERIFY2(restore.out.contains(QStringLiteral("replaced by the backup's version")),
        qPrintable(restore.out));
    QCOMPARE(run(m_there, { QStringLiteral("note"), QStringLiteral("get"), quantum }).out,
        QStringLiteral("from the backup"));
}

void TestBackupCommand::badBackupFailsNamingFileAndPlace()
{
    const QString file = path(QStringLiteral("bad.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"conference-planner-userdata\", \"version\": 1, \"conferences\":"
            " [{\"key\": \"gtc-2025\", \"sessions\": [{\"key\": \"S74495\", \"bookmarked\": true},"
            " {\"key\": \"x\", \"note\": {\"text\": \"t\", \"updated\": \"soon\"}}]}]}");
    f.close();
    const Outcome restore = run(m_there, { QStringLiteral("restore"), file });
    QCOMPARE(restore.exitCode, int(CommandLine::Failure));
    QCOMPARE(restore.out, QString());
    QVERIFY2(restore.err.startsWith(QStringLiteral("conference-planner: ") + file
                 + QStringLiteral(": conferences[0].sessions[1].note: \"updated\"")),
        qPrintable(restore.err));
    // Nothing of the file was taken, not even the valid bookmark before the error.
    QVERIFY(!run(m_there, { QStringLiteral("bookmark"), QStringLiteral("list") })
                 .out.contains(quantum));
}

void TestBackupCommand::misuseIsUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("restore without file") << QStringList { QStringLiteral("restore") };
    QTest::newRow("restore two files")
        << QStringList { QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("backup with argument")
        << QStringList { QStringLiteral("backup"), QStringLiteral("file.json") };
}

void TestBackupCommand::misuseIsUsageError()
{
    QFETCH(QStringList, arguments);
    const Outcome outcome = run(m_here, arguments);
    QCOMPARE(outcome.exitCode, int(CommandLine::UsageError));
    QVERIFY(outcome.err.contains(QStringLiteral("Try 'conference-planner --help'.")));
}

void TestBackupCommand::unwritableBackupFails()
{
    const QString file = path(QStringLiteral("no/such/folder/backup.json"));
    const Outcome backup = run(m_here, { QStringLiteral("backup"), QStringLiteral("-o"), file });
    QCOMPARE(backup.exitCode, int(CommandLine::Failure));
    QVERIFY2(backup.err.contains(QStringLiteral("does not exist")), qPrintable(backup.err));
    QVERIFY(!QFile::exists(file));
}

void TestBackupCommand::helpListsBackupAndRestore()
{
    const Outcome help = run(m_here, { QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("  backup [-o FILE]")));
    QVERIFY(help.out.contains(QStringLiteral("  restore FILE [--overwrite-newer]")));
    QVERIFY(CommandLine::isCommand(
        { QStringLiteral("conference-planner"), QStringLiteral("restore"), QStringLiteral("x") }));
}

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "tst_backupcommand.moc"
