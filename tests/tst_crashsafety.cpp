// Processes really killed (SIGKILL) at moments spread over their work, then the
// database reopened: a note being typed loses at most the autosave interval, an
// import leaves the database exactly as before it or exactly as after it.
#include "bundledconference.h"
#include "database.h"
#include "noteseditor.h"
#include "programmestore.h"
#include "userdatastore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace planner;

namespace {

const QString keynote = QStringLiteral("S72484");

// Grace beyond the autosave interval for a loaded machine: timers fire late and
// the pipe that reports each word adds its own delay.
constexpr qint64 schedulingSlackMs = 500;

QProcessEnvironment childEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home); // the child's settings stay in the test's folder
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    return env;
}

// Everything a kill could damage, in one comparable value: the conferences, every
// session row of every conference, and the user's data on them.
QByteArray stateOf(const QString &path, QString *problem)
{
    Database database;
    StoreStatus status = database.open(path);
    if (status.ok())
        status = database.checkIntegrity();
    if (!status.ok()) {
        *problem = status.error;
        return {};
    }
    ProgrammeStore programme(database);
    UserDataStore userData(database);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ConferenceSummary &conference : programme.conferences()) {
        hash.addData(conference.key.toUtf8());
        for (const SessionRow &row : programme.sessionRows(conference.key)) {
            hash.addData(row.key.toUtf8());
            hash.addData(row.title.text(Language::English).toUtf8());
            hash.addData(row.removed ? "r" : "-");
        }
        hash.addData(userData.bookmarks(conference.key).join(u',').toUtf8());
        hash.addData(userData.note(conference.key, keynote).toUtf8());
    }
    return hash.result();
}

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(180000))
        return false;
    if (output)
        *output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWhileTypingLosesAtMostTheAutosaveInterval();
    void killedDuringImportLeavesBeforeOrAfter_data();
    void killedDuringImportLeavesBeforeOrAfter();

private:
    QString m_planner;
    QString m_typist;
    QString m_generator;
    QTemporaryDir m_dir;
};

void TestCrashSafety::initTestCase()
{
    m_planner = qEnvironmentVariable("PLANNER_BINARY");
    m_typist = qEnvironmentVariable("NOTE_TYPIST");
    m_generator = qEnvironmentVariable("PROGRAMME_GENERATOR");
    if (m_planner.isEmpty() || m_typist.isEmpty() || m_generator.isEmpty())
        QSKIP("run through ctest, which names the programs to kill");
    QVERIFY(m_dir.isValid());
}

void TestCrashSafety::killedWhileTypingLosesAtMostTheAutosaveInterval()
{
    qint64 worstLossMs = 0;
    for (int round = 0; round < 5; ++round) {
        const QString folder = m_dir.filePath(QStringLiteral("typing-%1").arg(round));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/planner.sqlite");
        QProcess typist;
        typist.setProcessEnvironment(childEnvironment(folder));
        typist.start(
            m_typist, { QStringLiteral("--database"), path, QStringLiteral("--key"), keynote });
        QVERIFY(typist.waitForStarted());
        QByteArray pending;
        while (!pending.contains("ready\n") && typist.waitForReadyRead(60000))
            pending += typist.readAllStandardOutput();
        QVERIFY2(pending.contains("ready\n"), typist.readAllStandardError().constData());
        pending.clear();

        // Words as they arrive, with the time each was known to be in the editor.
        QElapsedTimer clock;
        clock.start();
        QList<std::pair<qint64, QString>> words;
        const qint64 killAfterMs = 700 + round * 450;
        auto collect = [&](qint64 at) {
            pending += typist.readAllStandardOutput();
            for (int end; (end = int(pending.indexOf('\n'))) >= 0; pending.remove(0, end + 1)) {
                const QByteArray line = pending.left(end);
                if (line.startsWith("typed:"))
                    words.append({ at, QString::fromUtf8(line.mid(6)) });
            }
        };
        while (clock.elapsed() < killAfterMs) {
            typist.waitForReadyRead(5);
            collect(clock.elapsed());
        }
        ::kill(pid_t(typist.processId()), SIGKILL);
        const qint64 killedAt = clock.elapsed();
        QVERIFY(typist.waitForFinished(10000));
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);
        collect(killedAt); // typed before the kill, seen only now

        QString problem;
        QVERIFY2(!stateOf(path, &problem).isEmpty(), qPrintable(problem));
        Database database;
        QVERIFY(database.open(path).ok());
        const QString saved = UserDataStore(database).note(BundledConference::key(), keynote);
        QString typed;
        QString required;
        qint64 firstUnsavedAt = killedAt;
        for (const auto &[at, word] : words) {
            typed += word;
            if (at <= killedAt - NotesEditor::autosaveDelayMs - schedulingSlackMs)
                required = typed;
            if (typed.size() > saved.size() && firstUnsavedAt == killedAt)
                firstUnsavedAt = at;
        }
        QVERIFY2(words.size() > 5, "the typist typed too little to test anything");
        QVERIFY2(typed.startsWith(saved), qPrintable(saved.right(40)));
        QVERIFY2(saved.size() >= required.size(),
            qPrintable(QStringLiteral("round %1: %2 of %3 characters saved, %4 required")
                           .arg(round)
                           .arg(saved.size())
                           .arg(typed.size())
                           .arg(required.size())));
        worstLossMs = qMax(worstLossMs, killedAt - firstUnsavedAt);
    }
    qInfo("5 kills while typing: at most the last %lld ms of typing lost (autosave every %d ms)",
        worstLossMs, NotesEditor::autosaveDelayMs);
}

void TestCrashSafety::killedDuringImportLeavesBeforeOrAfter_data()
{
    QTest::addColumn<bool>("update");
    QTest::newRow("first import") << false;
    QTest::newRow("update of a stored programme") << true;
}

void TestCrashSafety::killedDuringImportLeavesBeforeOrAfter()
{
    QFETCH(bool, update);
    const QString folder
        = m_dir.filePath(update ? QStringLiteral("update") : QStringLiteral("new"));
    QVERIFY(QDir().mkpath(folder));
    const QString first = folder + QStringLiteral("/first.xml");
    const QString second = folder + QStringLiteral("/second.xml");
    const QString events = QStringLiteral("10000");
    QVERIFY(run(m_generator,
        { QStringLiteral("--events"), events, QStringLiteral("--seed"), QStringLiteral("1"),
            QStringLiteral("-o"), first }));
    QVERIFY(run(m_generator,
        { QStringLiteral("--events"), events, QStringLiteral("--seed"), QStringLiteral("2"),
            QStringLiteral("-o"), second }));

    // The database before: the bundled programme, a note, a bookmark, and for an
    // update the first version of the programme that the kill interrupts replacing.
    const QString base = folder + QStringLiteral("/base.sqlite");
    const QStringList db { QStringLiteral("--database"), base };
    QString output;
    QVERIFY2(run(m_planner,
                 QStringList { QStringLiteral("note"), QStringLiteral("set"), keynote,
                     QStringLiteral("written before the import") }
                     + db,
                 &output),
        qPrintable(output));
    QVERIFY(run(m_planner,
        QStringList { QStringLiteral("bookmark"), QStringLiteral("add"), QStringLiteral("S74495") }
            + db));
    if (update)
        QVERIFY(run(m_planner, QStringList { QStringLiteral("import"), first } + db));
    QString problem;
    const QByteArray before = stateOf(base, &problem);
    QVERIFY2(!before.isEmpty(), qPrintable(problem));

    // The state after, and how long the import takes here.
    const QString whole = folder + QStringLiteral("/whole.sqlite");
    QVERIFY(QFile::copy(base, whole));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(
        run(m_planner, { QStringLiteral("import"), second, QStringLiteral("--database"), whole }));
    const qint64 importMs = clock.elapsed();
    const QByteArray after = stateOf(whole, &problem);
    QVERIFY2(!after.isEmpty(), qPrintable(problem));
    QVERIFY(after != before);

    int killed = 0;
    int asBefore = 0;
    for (const double fraction : { 0.05, 0.15, 0.3, 0.45, 0.6, 0.8 }) {
        const QString path = folder + QStringLiteral("/kill-%1.sqlite").arg(int(fraction * 100));
        QVERIFY(QFile::copy(base, path));
        QProcess import;
        import.start(
            m_planner, { QStringLiteral("import"), second, QStringLiteral("--database"), path });
        QVERIFY(import.waitForStarted());
        if (!import.waitForFinished(int(fraction * importMs))) {
            ::kill(pid_t(import.processId()), SIGKILL);
            QVERIFY(import.waitForFinished(10000));
            ++killed;
        }
        const QByteArray state = stateOf(path, &problem);
        QVERIFY2(!state.isEmpty(), qPrintable(problem));
        QVERIFY2(state == before || state == after,
            qPrintable(QStringLiteral("killed at %1%: neither the old nor the new programme")
                           .arg(int(fraction * 100))));
        asBefore += state == before;
    }
    QVERIFY2(killed >= 3, "the imports finished before they could be killed");
    qInfo("import of %s events (%lld ms): %d kills, %d left the database as before, %d as after",
        qPrintable(events), importMs, killed, asBefore, 6 - asBefore);
}

QTEST_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
