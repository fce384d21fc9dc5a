// Several processes on one database at once (command lines importing, bookmarking
// and writing notes while a window writes too) wait their turn and lose nothing.
#include "bundledconference.h"
#include "database.h"
#include "programmestore.h"
#include "userdatastore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace planner;

class TestConcurrentAccess : public QObject
{
    Q_OBJECT

private slots:
    void manyWritersAtOnceLoseNothing();
};

void TestConcurrentAccess::manyWritersAtOnceLoseNothing()
{
    const QString planner = qEnvironmentVariable("PLANNER_BINARY");
    if (planner.isEmpty())
        QSKIP("run through ctest, which names the planner binary");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database window; // this process plays the open window
    QVERIFY(window.open(path).ok());
    QVERIFY(BundledConference::ensureImported(window).ok());
    const QString gtc = BundledConference::key();
    QStringList sessions;
    for (const SessionRow &row : ProgrammeStore(window).sessionRows(gtc))
        sessions.append(row.key);
    QCOMPARE(sessions.size(), 7);

    // Everything starts at once: two imports, a bookmark on every session and notes
    // on three of them.
    std::vector<std::unique_ptr<QProcess>> processes;
    auto start = [&](const QStringList &arguments) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(
            planner, arguments + QStringList { QStringLiteral("--database"), path });
    };
    for (const QString &file : { QStringLiteral("import-pentabarf-classic.xml"),
             QStringLiteral("import-schedule-quirks.json") })
        start(
            { QStringLiteral("import"), QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/") + file });
    for (int i = 0; i < 7; ++i) {
        if (i < 3)
            start({ QStringLiteral("note"), QStringLiteral("set"), sessions[i],
                QStringLiteral("from process %1").arg(i), QStringLiteral("--conference"), gtc });
        start({ QStringLiteral("bookmark"), QStringLiteral("add"), sessions[i],
            QStringLiteral("--conference"), gtc });
    }
    // Meanwhile the window writes notes of its own on the other four.
    UserDataStore windowData(window);
    for (int round = 0; round < 20; ++round) {
        const QString session = sessions[3 + round % 4];
        const StoreStatus status
            = windowData.setNote(gtc, session, QStringLiteral("window %1").arg(round));
        QVERIFY2(status.ok(), qPrintable(status.error));
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }

    QVERIFY(window.checkIntegrity().ok());
    QCOMPARE(ProgrammeStore(window).conferences().size(), 3);
    QStringList bookmarks = windowData.bookmarks(gtc);
    bookmarks.sort();
    QStringList expected = sessions;
    expected.sort();
    QCOMPARE(bookmarks, expected);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(windowData.note(gtc, sessions[i]), QStringLiteral("from process %1").arg(i));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(windowData.note(gtc, sessions[3 + i]), QStringLiteral("window %1").arg(16 + i));
}

QTEST_GUILESS_MAIN(TestConcurrentAccess)
#include "tst_concurrentaccess.moc"
