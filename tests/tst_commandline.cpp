#include "applicationinfo.h"
#include "commandline.h"
#include "commandrunner.h"
#include "graphicalbinary.h"
#include "importtesthelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <memory>

using namespace planner;

namespace {

const QString keynote = QStringLiteral("S72484");
const QString quantum = QStringLiteral("S74495");
const QString startup = QStringLiteral("S73541");
const QString driving = QStringLiteral("nvidia-全面赋能端到端自动驾驶");
const QString digestKey = QStringLiteral("nvidia-gtc-2025");

// The session digest the project was seeded with; it lives beside the repository.
QString seedDigestPath()
{
    return QStringLiteral(PLANNER_SOURCE_DIR "/../shared/seeds/000_f2c6de7c0709f0ff.txt");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fileDigest(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

QJsonArray parseArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return document.array();
}

QStringList keysOf(const QJsonArray &array)
{
    QStringList keys;
    for (const QJsonValue &value : array)
        keys.append(value.toObject().value(QLatin1String("key")).toString());
    return keys;
}

QJsonObject entry(const QJsonArray &array, const QString &key)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QLatin1String("key")).toString() == key)
            return value.toObject();
    }
    return {};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsBundledConferenceAsText();
    void listsBundledConferenceAsJson();
    void listsSessionsAsJsonWithTimesInConferenceZone();
    void listsSessionsAsTabSeparatedText();
    void languageChoosesTitles();
    void searchFindsSessions_data();
    void searchFindsSessions();
    void searchMatchesNoteText();
    void searchPrintsTheBestFirst();

    void bookmarksByKeyOrCodeIgnoringCase();
    void removesBookmark();
    void unknownSessionBookmarksNothing();
    void bookmarkWithoutActionIsUsageError();

    void noteRoundTripsChineseAndNewlines();
    void noteSetReadsFile();
    void noteSetFromMissingFileFails();
    void emptyNoteRemovesIt();

    void importsDigestAsNewConference();
    void reimportReportsUnchangedSessions();
    void malformedImportNamesFileAndLine();
    void failedReimportLeavesConferenceAsItWas();
    void importOfMissingFileFails();
    void importsProgrammeJsonAsUpdate();
    void userDataSurvivesReimport();
    void noteOnSessionDroppedFromProgrammeIsKept();
    void importSummarizesImpactOnBookmarks();
    void importRemovingMostSessionsNeedsForce();
    void importOfHostileFileFailsWithPosition();
    void exportedAgendaImportedAgainMergesBookmarks();
    void renamedPentabarfFileUpdatesItsConference();

    void helpPrintsUsage();
    void versionPrintsVersion();
    void missingCommandIsUsageError();
    void unknownCommandIsUsageError();
    void unknownOptionIsUsageError();
    void unsupportedLanguageIsUsageError();
    void unknownConferenceFails();
    void refusesNewerDatabaseAndLeavesItUntouched();
    void unusableDatabasePathFails();
    void isCommandTellsCommandsFromWindow_data();
    void isCommandTellsCommandsFromWindow();
    void graphicalBinaryRunsTheWindowExportsAndPublish_data();
    void graphicalBinaryRunsTheWindowExportsAndPublish();

    void processWritesDataToStdoutOnly();
    void processWritesDiagnosticsToStderrOnly();
    void processPassesChineseArgumentsThrough();
    void processMistypedCommandIsUsageErrorNotWindow();
    void processOptionBeforeCommandRunsCommand();
    void processExportsThroughTheGraphicalBinary();
    void commandLineWithoutExporterRefusesExport();

private:
    Outcome run(const QStringList &arguments) const;
    QJsonArray runJson(const QStringList &arguments) const;
    Outcome runProcess(const QStringList &arguments, int timeoutMs = 30000) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString seedVariant(const QString &name, const QString &from, const QString &to) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCommandLine::initTestCase()
{
    ApplicationInfo::apply();
    // Without --language the command line follows the locale; pin it to English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(QStringLiteral("planner.sqlite"));
}

void TestCommandLine::cleanup()
{
    m_dir.reset();
}

Outcome TestCommandLine::run(const QStringList &arguments) const
{
    return runCommand(m_database, arguments);
}

// Runs a listing that must succeed quietly and returns its JSON.
QJsonArray TestCommandLine::runJson(const QStringList &arguments) const
{
    const Outcome outcome = run(arguments + QStringList { QStringLiteral("--json") });
    if (outcome.exitCode != CommandLine::Success || !outcome.err.isEmpty())
        qWarning("%d: %s", outcome.exitCode, qPrintable(outcome.err));
    return parseArray(outcome.out);
}

Outcome TestCommandLine::runProcess(const QStringList &arguments, int timeoutMs) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Nothing may reach the real user's data folders.
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(qEnvironmentVariable("PLANNER_BINARY"), arguments);
    Outcome outcome;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return outcome; // exit code -1: did not finish on its own
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

QString TestCommandLine::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

// The seed digest with `from` replaced by `to`, written into the test's folder.
QString TestCommandLine::seedVariant(
    const QString &name, const QString &from, const QString &to) const
{
    QString text = QString::fromUtf8(readAll(seedDigestPath()));
    if (!text.contains(from))
        qWarning("the seed digest no longer contains %s", qPrintable(from));
    text.replace(from, to);
    return writeFile(name, text.toUtf8());
}

void TestCommandLine::listsBundledConferenceAsText()
{
    const Outcome r = run({ QStringLiteral("conferences") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out,
        QStringLiteral("gtc-2025\tNVIDIA GTC 2025: AI Conference for Developers\t2025-03-17\t"
                       "2025-03-21\tAmerica/Los_Angeles\t7\n"));
}

void TestCommandLine::listsBundledConferenceAsJson()
{
    const QJsonArray english = runJson({ QStringLiteral("conferences") });
    QCOMPARE(english.size(), 1);
    const QJsonObject c = english.first().toObject();
    QCOMPARE(c.value(QLatin1String("key")).toString(), QStringLiteral("gtc-2025"));
    QCOMPARE(c.value(QLatin1String("title")).toString(),
        QStringLiteral("NVIDIA GTC 2025: AI Conference for Developers"));
    QCOMPARE(c.value(QLatin1String("start")).toString(), QStringLiteral("2025-03-17"));
    QCOMPARE(c.value(QLatin1String("end")).toString(), QStringLiteral("2025-03-21"));
    QCOMPARE(c.value(QLatin1String("timeZone")).toString(), QStringLiteral("America/Los_Angeles"));
    QCOMPARE(c.value(QLatin1String("sessions")).toInt(), 7);

    const QJsonArray chinese = runJson(
        { QStringLiteral("conferences"), QStringLiteral("--language"), QStringLiteral("zh_TW") });
    QCOMPARE(chinese.first().toObject().value(QLatin1String("title")).toString(),
        QStringLiteral("開發人員人工智慧大會|NVIDIA GTC 2025"));
}

void TestCommandLine::listsSessionsAsJsonWithTimesInConferenceZone()
{
    const QJsonArray sessions = runJson({ QStringLiteral("sessions") });
    QCOMPARE(keysOf(sessions),
        QStringList({ keynote, quantum, startup, QStringLiteral("S72890"),
            QStringLiteral("advance-surgical-imaging-explore-software-defined-"
                           "video-pipelines-for-ai"),
            QStringLiteral("使用投机采样和计算通信-overlap-提升-llm-推理效率"), driving }));
    QCOMPARE(sorted(sessions.first().toObject().keys()),
        sorted({ QStringLiteral("key"), QStringLiteral("code"), QStringLiteral("title"),
            QStringLiteral("track"), QStringLiteral("trackKey"), QStringLiteral("day"),
            QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("room"),
            QStringLiteral("removed") }));

    const QJsonObject timed = entry(sessions, keynote);
    QCOMPARE(timed.value(QLatin1String("code")).toString(), keynote);
    QCOMPARE(timed.value(QLatin1String("track")).toString(), QStringLiteral("Keynote"));
    QCOMPARE(timed.value(QLatin1String("trackKey")).toString(), QStringLiteral("keynote"));
    QCOMPARE(timed.value(QLatin1String("day")).toString(), QStringLiteral("2025-03-18"));
    QCOMPARE(timed.value(QLatin1String("start")).toString(),
        QStringLiteral("2025-03-18T10:00:00-07:00"));
    QCOMPARE(
        timed.value(QLatin1String("end")).toString(), QStringLiteral("2025-03-18T12:00:00-07:00"));
    QCOMPARE(timed.value(QLatin1String("room")).toString(), QStringLiteral("SAP Center"));

    const QJsonObject dayOnly = entry(sessions, quantum);
    QCOMPARE(dayOnly.value(QLatin1String("day")).toString(), QStringLiteral("2025-03-20"));
    QVERIFY(dayOnly.value(QLatin1String("start")).isNull());
    QVERIFY(dayOnly.value(QLatin1String("end")).isNull());

    const QJsonObject onDemand = entry(sessions, driving);
    QVERIFY(onDemand.value(QLatin1String("code")).isNull());
    QVERIFY(onDemand.value(QLatin1String("day")).isNull());
    QVERIFY(onDemand.value(QLatin1String("start")).isNull());
    QCOMPARE(entry(sessions, startup).value(QLatin1String("code")).toString(), startup);
    QVERIFY(entry(sessions, startup).value(QLatin1String("day")).isNull());
}

void TestCommandLine::listsSessionsAsTabSeparatedText()
{
    const Outcome r = run({ QStringLiteral("sessions") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0),
        QStringLiteral("S72484\tS72484\tGTC 2025 Keynote with NVIDIA CEO Jensen Huang\t"
                       "Keynote\t2025-03-18T10:00:00-07:00"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("S74495\tS74495\t")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("\tQuantum Computing\t2025-03-20")),
        qPrintable(lines.at(1)));
    QCOMPARE(lines.at(6),
        QStringLiteral("nvidia-全面赋能端到端自动驾驶\t-\tNVIDIA: Comprehensive Support for "
                       "End-to-End Autonomous Driving\tTechnical - Advanced\t-"));
}

void TestCommandLine::languageChoosesTitles()
{
    const QStringList sessions = { QStringLiteral("sessions"), QStringLiteral("--language") };
    const QJsonArray chinese = runJson(sessions + QStringList { QStringLiteral("zh_TW") });
    const QJsonArray english = runJson(sessions + QStringList { QStringLiteral("en") });
    QCOMPARE(entry(chinese, driving).value(QLatin1String("title")).toString(),
        QStringLiteral("NVIDIA 全面賦能端到端自動駕駛"));
    QCOMPARE(entry(english, driving).value(QLatin1String("title")).toString(),
        QStringLiteral("NVIDIA: Comprehensive Support for End-to-End Autonomous Driving"));
}

void TestCommandLine::searchFindsSessions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("chinese overview") << QStringLiteral("量子") << QStringList { quantum };
    QTest::newRow("latin upper case") << QStringLiteral("QUANTUM") << QStringList { quantum };
    QTest::newRow("latin mixed case") << QStringLiteral("qUaNtUm") << QStringList { quantum };
    QTest::newRow("code lower case") << QStringLiteral("s72484") << QStringList { keynote };
    QTest::newRow("room") << QStringLiteral("sap center") << QStringList { keynote };
    QTest::newRow("nothing") << QStringLiteral("no such words anywhere") << QStringList();
    QTest::newRow("inside a word") << QStringLiteral("uantum") << QStringList();
    // "*": every session, in programme order.
    QTest::newRow("signs alone: every session") << QStringLiteral("%")
                                                << QStringList { QStringLiteral("*") };
}

void TestCommandLine::searchFindsSessions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    if (keys == QStringList { QStringLiteral("*") })
        keys = keysOf(runJson({ QStringLiteral("sessions") }));
    QCOMPARE(
        keysOf(runJson({ QStringLiteral("sessions"), QStringLiteral("--search"), text })), keys);
}

void TestCommandLine::searchPrintsTheBestFirst()
{
    // A title starting with the word, then a title holding it, then sessions
    // that have it in their texts alone.
    const QStringList found
        = keysOf(runJson({ QStringLiteral("sessions"), QStringLiteral("--search"),
            QStringLiteral("nvidia") }));
    QVERIFY(found.size() > 2);
    QCOMPARE(found.mid(0, 2), (QStringList { driving, keynote }));
    // The text listing is in the same order.
    const Outcome text
        = run({ QStringLiteral("sessions"), QStringLiteral("--search"), QStringLiteral("nvidia") });
    QStringList listed;
    for (const QString &line : text.out.split(u'\n', Qt::SkipEmptyParts))
        listed.append(line.section(u'\t', 0, 0));
    QCOMPARE(listed, found);
}

void TestCommandLine::searchMatchesNoteText()
{
    const QString search = QStringLiteral("--search");
    QCOMPARE(keysOf(runJson({ QStringLiteral("sessions"), search, QStringLiteral("zebrafish") })),
        QStringList());
    QCOMPARE(run({ QStringLiteral("note"), QStringLiteral("set"), startup,
                     QStringLiteral("Ask them about Zebrafish funding") })
                 .exitCode,
        int(CommandLine::Success));
    QCOMPARE(keysOf(runJson({ QStringLiteral("sessions"), search, QStringLiteral("ZEBRAFISH") })),
        QStringList { startup });
}

void TestCommandLine::bookmarksByKeyOrCodeIgnoringCase()
{
    const Outcome added = run(
        { QStringLiteral("bookmark"), QStringLiteral("add"), quantum, QStringLiteral("s72484") });
    QCOMPARE(added.exitCode, int(CommandLine::Success));
    QCOMPARE(added.err, QString());
    QCOMPARE(run({ QStringLiteral("bookmark"), QStringLiteral("add"), driving }).exitCode,
        int(CommandLine::Success));
    const QJsonArray list = runJson({ QStringLiteral("bookmark"), QStringLiteral("list") });
    QCOMPARE(sorted(keysOf(list)), sorted({ keynote, quantum, driving }));
    QCOMPARE(entry(list, keynote).value(QLatin1String("start")).toString(),
        QStringLiteral("2025-03-18T10:00:00-07:00"));
}

void TestCommandLine::removesBookmark()
{
    QCOMPARE(run({ QStringLiteral("bookmark"), QStringLiteral("add"), quantum, keynote }).exitCode,
        int(CommandLine::Success));
    QCOMPARE(run({ QStringLiteral("bookmark"), QStringLiteral("remove"), QStringLiteral("s74495") })
                 .exitCode,
        int(CommandLine::Success));
    QCOMPARE(keysOf(runJson({ QStringLiteral("bookmark"), QStringLiteral("list") })),
        QStringList { keynote });
    const Outcome text = run({ QStringLiteral("bookmark"), QStringLiteral("list") });
    QVERIFY2(text.out.startsWith(keynote + u'\t'), qPrintable(text.out));
    QCOMPARE(text.out.count(u'\n'), 1);
}

void TestCommandLine::unknownSessionBookmarksNothing()
{
    const Outcome r = run(
        { QStringLiteral("bookmark"), QStringLiteral("add"), quantum, QStringLiteral("NOPE") });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QVERIFY2(r.err.contains(QLatin1String("\"NOPE\"")), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QCOMPARE(
        keysOf(runJson({ QStringLiteral("bookmark"), QStringLiteral("list") })), QStringList());
}

void TestCommandLine::bookmarkWithoutActionIsUsageError()
{
    QCOMPARE(run({ QStringLiteral("bookmark"), QStringLiteral("toggle"), quantum }).exitCode,
        int(CommandLine::UsageError));
    QCOMPARE(run({ QStringLiteral("bookmark"), QStringLiteral("add") }).exitCode,
        int(CommandLine::UsageError));
}

void TestCommandLine::noteRoundTripsChineseAndNewlines()
{
    const QString text
        = QStringLiteral("第一行：量子錯誤校正很重要\n第二行 second line\n\n  indented 三");
    const Outcome set = run({ QStringLiteral("note"), QStringLiteral("set"), quantum, text });
    QCOMPARE(set.exitCode, int(CommandLine::Success));
    QCOMPARE(set.out, QString());
    QCOMPARE(set.err, QString());
    const Outcome get
        = run({ QStringLiteral("note"), QStringLiteral("get"), QStringLiteral("s74495") });
    QCOMPARE(get.exitCode, int(CommandLine::Success));
    QCOMPARE(get.out, text);
}

void TestCommandLine::noteSetReadsFile()
{
    const QString text = QStringLiteral("從檔案讀入的筆記\nline two from a file\n");
    const QString path = writeFile(QStringLiteral("note.txt"), text.toUtf8());
    const Outcome set = run(
        { QStringLiteral("note"), QStringLiteral("set"), driving, QStringLiteral("--file"), path });
    QCOMPARE(set.exitCode, int(CommandLine::Success));
    QCOMPARE(run({ QStringLiteral("note"), QStringLiteral("get"), driving }).out, text);
    // Text and --file together are ambiguous: refused, the note left as it was.
    const Outcome both = run({ QStringLiteral("note"), QStringLiteral("set"), driving,
        QStringLiteral("other"), QStringLiteral("--file"), path });
    QCOMPARE(both.exitCode, int(CommandLine::UsageError));
    QCOMPARE(run({ QStringLiteral("note"), QStringLiteral("get"), driving }).out, text);
}

void TestCommandLine::noteSetFromMissingFileFails()
{
    const QString path = m_dir->filePath(QStringLiteral("absent.txt"));
    const Outcome r = run(
        { QStringLiteral("note"), QStringLiteral("set"), quantum, QStringLiteral("--file"), path });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QCOMPARE(run({ QStringLiteral("note"), QStringLiteral("get"), quantum }).out, QString());
}

void TestCommandLine::emptyNoteRemovesIt()
{
    const QStringList set = { QStringLiteral("note"), QStringLiteral("set"), keynote };
    QCOMPARE(run(set + QStringList { QStringLiteral("remember the kumquat") }).exitCode,
        int(CommandLine::Success));
    QCOMPARE(run(set + QStringList { QString() }).exitCode, int(CommandLine::Success));
    QCOMPARE(run({ QStringLiteral("note"), QStringLiteral("get"), keynote }).out, QString());
    QCOMPARE(keysOf(runJson({ QStringLiteral("sessions"), QStringLiteral("--search"),
                 QStringLiteral("kumquat") })),
        QStringList());
}

void TestCommandLine::importsDigestAsNewConference()
{
    if (!QFile::exists(seedDigestPath()))
        QSKIP("the seed digest is not available");
    const Outcome r = run({ QStringLiteral("import"), seedDigestPath() });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(QStringLiteral("(nvidia-gtc-2025)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("7 session")), qPrintable(r.out));

    const QJsonArray conferences = runJson({ QStringLiteral("conferences") });
    QCOMPARE(sorted(keysOf(conferences)), sorted({ QStringLiteral("gtc-2025"), digestKey }));
    const QJsonObject imported = entry(conferences, digestKey);
    QCOMPARE(imported.value(QLatin1String("sessions")).toInt(), 7);
    QCOMPARE(imported.value(QLatin1String("start")).toString(), QStringLiteral("2025-03-17"));
    QCOMPARE(imported.value(QLatin1String("end")).toString(), QStringLiteral("2025-03-21"));
    const QJsonArray sessions
        = runJson({ QStringLiteral("sessions"), QStringLiteral("--conference"), digestKey });
    QCOMPARE(sessions.size(), 7);
    QCOMPARE(entry(sessions, quantum).value(QLatin1String("code")).toString(), quantum);
}

void TestCommandLine::reimportReportsUnchangedSessions()
{
    if (!QFile::exists(seedDigestPath()))
        QSKIP("the seed digest is not available");
    QCOMPARE(
        run({ QStringLiteral("import"), seedDigestPath() }).exitCode, int(CommandLine::Success));
    const Outcome again = run({ QStringLiteral("import"), seedDigestPath() });
    QCOMPARE(again.exitCode, int(CommandLine::Success));
    QVERIFY2(again.out.contains(QStringLiteral("7 unchanged")), qPrintable(again.out));
    QVERIFY2(again.out.contains(QStringLiteral("0 updated")), qPrintable(again.out));
    QCOMPARE(runJson({ QStringLiteral("conferences") }).size(), 2);
}

void TestCommandLine::malformedImportNamesFileAndLine()
{
    const QByteArray before
        = run({ QStringLiteral("conferences"), QStringLiteral("--json") }).out.toUtf8();
    // A session needs a track heading between the conference title and itself.
    const QString path = writeFile(
        QStringLiteral("broken.md"), "# Broken Conference 2030\n\n## Orphan session [X1]\n");
    const Outcome r = run({ QStringLiteral("import"), path });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(path + QStringLiteral(":3:")), qPrintable(r.err));
    QCOMPARE(run({ QStringLiteral("conferences"), QStringLiteral("--json") }).out.toUtf8(), before);
}

void TestCommandLine::failedReimportLeavesConferenceAsItWas()
{
    if (!QFile::exists(seedDigestPath()))
        QSKIP("the seed digest is not available");
    QCOMPARE(
        run({ QStringLiteral("import"), seedDigestPath() }).exitCode, int(CommandLine::Success));
    const QStringList sessions = { QStringLiteral("sessions"), QStringLiteral("--conference"),
        digestKey, QStringLiteral("--json") };
    const QString before = run(sessions).out;
    // An edited copy whose last line repeats a session code: the whole file is refused.
    QByteArray bytes = readAll(seedDigestPath());
    const qsizetype duplicateLine = bytes.count('\n') + 3;
    bytes += "\n# Quantum Computing\n## Duplicate [S74495]\n";
    const QString path = writeFile(QStringLiteral("duplicate.md"), bytes);
    const Outcome r = run({ QStringLiteral("import"), path });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QVERIFY2(
        r.err.contains(path + u':' + QString::number(duplicateLine) + u':'), qPrintable(r.err));
    QVERIFY2(r.err.contains(quantum), qPrintable(r.err));
    QCOMPARE(run(sessions).out, before);
}

void TestCommandLine::importOfMissingFileFails()
{
    const QString path = m_dir->filePath(QStringLiteral("no-such-programme.md"));
    const Outcome r = run({ QStringLiteral("import"), path });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QCOMPARE(runJson({ QStringLiteral("conferences") }).size(), 1);
}

void TestCommandLine::importsProgrammeJsonAsUpdate()
{
    // The bundled programme is already in every new database, so importing its
    // file again finds nothing to change.
    const Outcome r = run({ QStringLiteral("import"),
        QStringLiteral(PLANNER_SOURCE_DIR "/resources/conferences/gtc-2025.json") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(QStringLiteral("(gtc-2025)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("7 unchanged")), qPrintable(r.out));
    QCOMPARE(runJson({ QStringLiteral("conferences") }).size(), 1);
}

void TestCommandLine::userDataSurvivesReimport()
{
    if (!QFile::exists(seedDigestPath()))
        QSKIP("the seed digest is not available");
    const QStringList conference = { QStringLiteral("--conference"), digestKey };
    const QString note = QStringLiteral("記得問錯誤校正\nask about error correction");
    QCOMPARE(
        run({ QStringLiteral("import"), seedDigestPath() }).exitCode, int(CommandLine::Success));
    QCOMPARE(
        run(QStringList { QStringLiteral("bookmark"), QStringLiteral("add"), quantum } + conference)
            .exitCode,
        int(CommandLine::Success));
    QCOMPARE(run(QStringList { QStringLiteral("note"), QStringLiteral("set"), quantum, note }
                 + conference)
                 .exitCode,
        int(CommandLine::Success));

    // The same file again, then a copy in which that very session's overview changed.
    QCOMPARE(
        run({ QStringLiteral("import"), seedDigestPath() }).exitCode, int(CommandLine::Success));
    const QString edited = seedVariant(QStringLiteral("edited.md"),
        QStringLiteral("本次會議匯集了"), QStringLiteral("本次會議集合了"));
    const Outcome update = run({ QStringLiteral("import"), edited });
    QCOMPARE(update.exitCode, int(CommandLine::Success));
    QVERIFY2(update.out.contains(QStringLiteral("1 updated")), qPrintable(update.out));

    QCOMPARE(keysOf(runJson(
                 QStringList { QStringLiteral("bookmark"), QStringLiteral("list") } + conference)),
        QStringList { quantum });
    QCOMPARE(
        run(QStringList { QStringLiteral("note"), QStringLiteral("get"), quantum } + conference)
            .out,
        note);
}

void TestCommandLine::noteOnSessionDroppedFromProgrammeIsKept()
{
    if (!QFile::exists(seedDigestPath()))
        QSKIP("the seed digest is not available");
    const QStringList conference = { QStringLiteral("--conference"), digestKey };
    QCOMPARE(
        run({ QStringLiteral("import"), seedDigestPath() }).exitCode, int(CommandLine::Success));
    QCOMPARE(run(QStringList { QStringLiteral("note"), QStringLiteral("set"), quantum,
                     QStringLiteral("keep me") }
                 + conference)
                 .exitCode,
        int(CommandLine::Success));
    QCOMPARE(
        run(QStringList { QStringLiteral("bookmark"), QStringLiteral("add"), quantum } + conference)
            .exitCode,
        int(CommandLine::Success));
    const QString dropped = seedVariant(
        QStringLiteral("dropped.md"), QStringLiteral("[S74495]"), QStringLiteral("[S99999]"));
    const Outcome r = run({ QStringLiteral("import"), dropped });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY2(r.out.contains(QStringLiteral("(S74495)")), qPrintable(r.out));
    QCOMPARE(
        run(QStringList { QStringLiteral("note"), QStringLiteral("get"), quantum } + conference)
            .out,
        QStringLiteral("keep me"));
    const QJsonArray sessions = runJson(QStringList { QStringLiteral("sessions") } + conference);
    QVERIFY(keysOf(sessions).contains(QStringLiteral("S99999")));
    QVERIFY(!keysOf(sessions).contains(quantum));
    // The user's bookmark on it is still listed, marked as removed.
    const QJsonArray bookmarks
        = runJson(QStringList { QStringLiteral("bookmark"), QStringLiteral("list") } + conference);
    QCOMPARE(keysOf(bookmarks), QStringList { quantum });
    QCOMPARE(bookmarks.first().toObject().value(QLatin1String("removed")).toBool(), true);
}

void TestCommandLine::importRemovingMostSessionsNeedsForce()
{
    const QString fixture
        = QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/import-frab-utc-day-dates.xml");
    QCOMPARE(run({ QStringLiteral("import"), fixture }).exitCode, int(CommandLine::Success));
    // The same programme with one of its three sessions left.
    const QString extract = m_dir->filePath(QStringLiteral("extract.xml"));
    QVERIFY(importtest::writeWithoutEvents(fixture, QStringLiteral("102|103"), extract));
    const QStringList conference = { QStringLiteral("--conference"), QStringLiteral("nightowl25") };

    const Outcome refused = run({ QStringLiteral("import"), extract });
    QCOMPARE(refused.exitCode, int(CommandLine::Failure));
    QVERIFY2(refused.err.contains(QStringLiteral("extract.xml would remove 2 of the 3 sessions")),
        qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
    QCOMPARE(runJson(QStringList { QStringLiteral("sessions") } + conference).size(), 3);

    const Outcome forced = run({ QStringLiteral("import"), extract, QStringLiteral("--force") });
    QCOMPARE(forced.exitCode, int(CommandLine::Success));
    QCOMPARE(runJson(QStringList { QStringLiteral("sessions") } + conference).size(), 1);
}

void TestCommandLine::importSummarizesImpactOnBookmarks()
{
    const QString fixture
        = QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/import-pentabarf-classic.xml");
    const QString conference = QStringLiteral("tiny-dev-room-days-2021");
    const QString opening = QStringLiteral("tiny-dev-room-days-2021-101");
    const QString night = QStringLiteral("tiny-dev-room-days-2021-103");
    const Outcome first = run({ QStringLiteral("import"), fixture });
    QCOMPARE(first.exitCode, int(CommandLine::Success));
    QVERIFY2(!first.out.contains(QLatin1String("bookmarked")), qPrintable(first.out));
    QCOMPARE(run({ QStringLiteral("bookmark"), QStringLiteral("add"), opening, night,
                     QStringLiteral("--conference"), conference })
                 .exitCode,
        int(CommandLine::Success));

    QString xml = QString::fromUtf8(readAll(fixture));
    xml.replace(QStringLiteral("<start>9:30</start>"), QStringLiteral("<start>11:00</start>"));
    const qsizetype from = xml.indexOf(QLatin1String("<event id=\"103\">"));
    xml.remove(from, xml.indexOf(QLatin1String("</event>"), from) + 8 - from);
    xml.replace(QStringLiteral("</room>\n  </day>\n  <day index=\"2\""),
        QStringLiteral("<event id=\"104\"><start>15:00</start><duration>0:20</duration>"
                       "<title>Surprise</title><track>Keynotes</track></event>"
                       "</room>\n  </day>\n  <day index=\"2\""));
    const Outcome update
        = run({ QStringLiteral("import"), writeFile(QStringLiteral("update.xml"), xml.toUtf8()) });
    QCOMPARE(update.exitCode, int(CommandLine::Success));
    QCOMPARE(update.err, QString());
    const QStringList lines = update.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
        QStringLiteral("Updated Tiny Dev Room Days 2021 (tiny-dev-room-days-2021)."));
    QVERIFY2(lines.value(1).contains(QLatin1String("2 unchanged")), qPrintable(update.out));
    QVERIFY2(lines.contains(QStringLiteral("Your bookmarked sessions:")), qPrintable(update.out));
    QVERIFY2(
        lines.contains(QStringLiteral("  moved: Opening talk (tiny-dev-room-days-2021-101), from "
                                      "2021-02-06T09:30:00+01:00 in Janson to "
                                      "2021-02-06T11:00:00+01:00 in Janson")),
        qPrintable(update.out));
    QVERIFY2(
        lines.contains(QStringLiteral("  cancelled: After midnight (tiny-dev-room-days-2021-103); "
                                      "your notes and bookmark on it are kept")),
        qPrintable(update.out));
    QVERIFY2(
        lines.contains(QStringLiteral("  new in a track you follow: Surprise "
                                      "(tiny-dev-room-days-2021-104), 2021-02-06T15:00:00+01:00 "
                                      "in Janson")),
        qPrintable(update.out));
}

// An agenda exported with `export --format ics` and imported again is merged as
// bookmarks: the programme keeps all its sessions.
void TestCommandLine::renamedPentabarfFileUpdatesItsConference()
{
    // A schedule.xml naming no conference is keyed after its file; `import` stores
    // its sessions while it reads them, before the name can be weighed.
    const auto schedule = [](const QByteArray &lastTitle) {
        QByteArray xml = "<?xml version=\"1.0\"?><schedule><conference><start>2025-03-01</start>"
                         "<end>2025-03-01</end></conference><day index=\"1\" date=\"2025-03-01\">"
                         "<room name=\"Main\">";
        const QList<QByteArray> titles = { "Opening", "Rust in space", lastTitle };
        for (int i = 0; i < titles.size(); ++i)
            xml += "<event id=\"" + QByteArray::number(i + 1) + "\" guid=\"devroom-talk-"
                + QByteArray::number(i) + "\"><start>1" + QByteArray::number(i)
                + ":00</start><duration>0:45</duration><room>Main</room><title>" + titles.at(i)
                + "</title></event>";
        return xml + "</room></day></schedule>";
    };
    const Outcome first = run({ QStringLiteral("import"),
        writeFile(QStringLiteral("devroom_2025-talks.xml"), schedule("Closing")) });
    QVERIFY2(first.exitCode == CommandLine::Success, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("devroom-2025-talks")), qPrintable(first.out));
    const int conferences = int(runJson({ QStringLiteral("conferences") }).size());

    const Outcome renamed = run({ QStringLiteral("import"),
        writeFile(QStringLiteral("talks (1).xml"), schedule("Farewell")) });
    QVERIFY2(renamed.exitCode == CommandLine::Success, qPrintable(renamed.err));
    QVERIFY2(renamed.out.contains(QLatin1String("Updated")), qPrintable(renamed.out));
    QVERIFY2(renamed.out.contains(QLatin1String("1 updated, 2 unchanged")), qPrintable(renamed.out));
    const QJsonArray after = runJson({ QStringLiteral("conferences") });
    QCOMPARE(int(after.size()), conferences);
    QVERIFY(!keysOf(after).contains(QStringLiteral("talks-1")));
    const QJsonArray sessions = runJson({ QStringLiteral("sessions"), QStringLiteral("--conference"),
        QStringLiteral("devroom-2025-talks") });
    QCOMPARE(entry(sessions, QStringLiteral("devroom-talk-2")).value(QLatin1String("title")).toString(),
        QStringLiteral("Farewell"));
}

void TestCommandLine::exportedAgendaImportedAgainMergesBookmarks()
{
    const QString fixture
        = QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/import-pentabarf-classic.xml");
    const QStringList conference
        = { QStringLiteral("--conference"), QStringLiteral("tiny-dev-room-days-2021") };
    const QString opening = QStringLiteral("tiny-dev-room-days-2021-101");
    const QString night = QStringLiteral("tiny-dev-room-days-2021-103");
    QCOMPARE(run({ QStringLiteral("import"), fixture }).exitCode, int(CommandLine::Success));
    const int sessions = runJson(QStringList { QStringLiteral("sessions") } + conference).size();
    QVERIFY(sessions > 2);
    QCOMPARE(run(QStringList { QStringLiteral("bookmark"), QStringLiteral("add"), opening, night }
                 + conference)
                 .exitCode,
        int(CommandLine::Success));
    const QString agenda = m_dir->filePath(QStringLiteral("agenda.ics"));
    const Outcome exported = run(QStringList { QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("ics"), QStringLiteral("-o"), agenda }
        + conference);
    QCOMPARE(exported.exitCode, int(CommandLine::Success));
    QCOMPARE(run(QStringList { QStringLiteral("bookmark"), QStringLiteral("remove"), opening }
                 + conference)
                 .exitCode,
        int(CommandLine::Success));

    const Outcome merged = run({ QStringLiteral("import"), agenda });
    QCOMPARE(merged.exitCode, int(CommandLine::Success));
    QVERIFY2(merged.out.startsWith(QLatin1String("Merged an agenda exported from Tiny Dev Room "
                                                 "Days 2021 (tiny-dev-room-days-2021)")),
        qPrintable(merged.out));
    static const QRegularExpression counts(
        QStringLiteral("1 session(\\(s\\))? bookmarked, 1 already bookmarked"));
    QVERIFY2(counts.match(merged.out).hasMatch(), qPrintable(merged.out));
    QCOMPARE(runJson(QStringList { QStringLiteral("sessions") } + conference).size(), sessions);
    QStringList keys = keysOf(
        runJson(QStringList { QStringLiteral("bookmark"), QStringLiteral("list") } + conference));
    keys.sort();
    QCOMPARE(keys, QStringList({ opening, night }));
    QCOMPARE(runJson({ QStringLiteral("conferences") }).size(), 2); // the bundled one and this
}

void TestCommandLine::importOfHostileFileFailsWithPosition()
{
    const QString path = writeFile(QStringLiteral("deep.json"),
        "{\"schedule\": " + QByteArray(10000, '[') + QByteArray(10000, ']') + '}');
    const Outcome r = run({ QStringLiteral("import"), path });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(path + QStringLiteral(":1:1038: the JSON is nested too deeply")),
        qPrintable(r.err));
}

void TestCommandLine::helpPrintsUsage()
{
    for (const QString &help :
        { QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help") }) {
        const Outcome r = run({ help });
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        QVERIFY2(r.out.startsWith(QLatin1String("Usage: conference-planner")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("bookmark add|remove")));
        QVERIFY(r.out.contains(QLatin1String("import FILE|URL [--force]")));
        QVERIFY(r.out.contains(QLatin1String("refresh [--force]")));
        QCOMPARE(r.err, QString());
    }
    const Outcome chinese
        = run({ QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("zh_TW") });
    QVERIFY2(chinese.out.startsWith(QStringLiteral("用法：conference-planner")),
        qPrintable(chinese.out));
    QVERIFY(chinese.out.contains(QStringLiteral("bookmark add|remove")));
    QVERIFY(chinese.out.contains(QStringLiteral("refresh [--force]")));
}

void TestCommandLine::versionPrintsVersion()
{
    const Outcome r = run({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.out, QStringLiteral("conference-planner " PLANNER_VERSION "\n"));
    QCOMPARE(r.err, QString());
}

void TestCommandLine::missingCommandIsUsageError()
{
    const Outcome r = run({});
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err));
}

void TestCommandLine::unknownCommandIsUsageError()
{
    const Outcome r = run({ QStringLiteral("sesions") });
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("\"sesions\"")), qPrintable(r.err));
    // Misuse is caught before the database is touched.
    QVERIFY(!QFile::exists(m_database));
}

void TestCommandLine::unknownOptionIsUsageError()
{
    const Outcome r = run({ QStringLiteral("conferences"), QStringLiteral("--frobnicate") });
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("frobnicate")), qPrintable(r.err));
}

void TestCommandLine::unsupportedLanguageIsUsageError()
{
    const Outcome r
        = run({ QStringLiteral("sessions"), QStringLiteral("--language"), QStringLiteral("fr") });
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("\"fr\"")), qPrintable(r.err));
}

void TestCommandLine::unknownConferenceFails()
{
    const Outcome r = run(
        { QStringLiteral("sessions"), QStringLiteral("--conference"), QStringLiteral("nope") });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("\"nope\"")), qPrintable(r.err));
}

void TestCommandLine::refusesNewerDatabaseAndLeavesItUntouched()
{
    const QString connection = QStringLiteral("tst_commandline-newer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x TEXT)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    const QByteArray before = fileDigest(m_database);

    const Outcome r = run({ QStringLiteral("conferences") });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("newer version")), qPrintable(r.err));
    QVERIFY2(r.err.contains(m_database), qPrintable(r.err));
    QCOMPARE(fileDigest(m_database), before);
    QVERIFY(!QFile::exists(m_database + QStringLiteral("-wal")));
}

void TestCommandLine::unusableDatabasePathFails()
{
    const QString file = writeFile(QStringLiteral("plain-file"), "not a folder");
    m_database = file + QStringLiteral("/planner.sqlite");
    const Outcome r = run({ QStringLiteral("conferences") });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
}

void TestCommandLine::isCommandTellsCommandsFromWindow_data()
{
    // "<existing>" stands for a database file that exists, "<new>" for one that does not yet.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("command");
    const QString database = QStringLiteral("--database");
    QTest::newRow("nothing") << QStringList() << false;
    QTest::newRow("command") << QStringList { QStringLiteral("conferences") } << true;
    QTest::newRow("mistyped command") << QStringList { QStringLiteral("sesions") } << true;
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << true;
    QTest::newRow("version") << QStringList { QStringLiteral("-v") } << true;
    QTest::newRow("flag, command")
        << QStringList { QStringLiteral("--json"), QStringLiteral("sessions") } << true;
    QTest::newRow("command, database") << QStringList { QStringLiteral("conferences"), database,
        QStringLiteral("<existing>") } << true;
    QTest::newRow("window on database")
        << QStringList { database, QStringLiteral("<existing>") } << false;
    QTest::newRow("database, command") << QStringList { database, QStringLiteral("<existing>"),
        QStringLiteral("conferences") } << true;
    QTest::newRow("window on new database")
        << QStringList { database, QStringLiteral("<new>") } << false;
    QTest::newRow("window in Chinese")
        << QStringList { QStringLiteral("--language"), QStringLiteral("zh_TW") } << false;
}

void TestCommandLine::isCommandTellsCommandsFromWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, command);
    const QString existing = writeFile(QStringLiteral("existing.sqlite"), QByteArray());
    arguments.replaceInStrings(QStringLiteral("<existing>"), existing);
    arguments.replaceInStrings(QStringLiteral("<new>"), m_database);
    arguments.prepend(QStringLiteral("conference-planner"));
    QCOMPARE(CommandLine::isCommand(arguments), command);
}

void TestCommandLine::graphicalBinaryRunsTheWindowExportsAndPublish_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("graphical");
    const auto words = [](const char *line) {
        return QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
    };
    QTest::newRow("window") << QStringList() << true;
    QTest::newRow("window in Chinese") << words("--language zh_TW") << true;
    QTest::newRow("export") << words("export --format pdf -o agenda.pdf") << true;
    QTest::newRow("option, export") << words("--conference gtc-2025 export -o a.ics") << true;
    QTest::newRow("publish") << words("publish --url https://example.org/") << true;
    QTest::newRow("import") << words("import schedule.xml") << false;
    QTest::newRow("conferences") << words("conferences --json") << false;
    // A word given as an option's value is no command.
    QTest::newRow("searching for export") << words("sessions --search export") << false;
    QTest::newRow("note that says publish") << words("note set A1 publish") << false;
    QTest::newRow("help") << words("--help") << false;
    QTest::newRow("mistyped") << words("exprot") << false;
}

void TestCommandLine::graphicalBinaryRunsTheWindowExportsAndPublish()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, graphical);
    arguments.prepend(QStringLiteral("conference-planner"));
    QCOMPARE(GraphicalBinary::runs(arguments), graphical);
}

void TestCommandLine::processWritesDataToStdoutOnly()
{
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    const Outcome r = runProcess({ QStringLiteral("conferences"), QStringLiteral("--json"),
        QStringLiteral("--database"), m_database });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(r.err, QString());
    const QJsonArray conferences = parseArray(r.out);
    QCOMPARE(keysOf(conferences), QStringList { QStringLiteral("gtc-2025") });
    QCOMPARE(conferences.first().toObject().value(QLatin1String("sessions")).toInt(), 7);
}

void TestCommandLine::processWritesDiagnosticsToStderrOnly()
{
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    const Outcome r = runProcess({ QStringLiteral("bookmark"), QStringLiteral("add"),
        QStringLiteral("NOPE"), QStringLiteral("--database"), m_database });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("NOPE")), qPrintable(r.err));
}

void TestCommandLine::processPassesChineseArgumentsThrough()
{
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    const QString note = QStringLiteral("量子錯誤校正\n第二行");
    const QStringList database = { QStringLiteral("--database"), m_database };
    QCOMPARE(runProcess(QStringList { QStringLiteral("note"), QStringLiteral("set"), driving, note }
                 + database)
                 .exitCode,
        int(CommandLine::Success));
    const Outcome get = runProcess(
        QStringList { QStringLiteral("note"), QStringLiteral("get"), driving } + database);
    QCOMPARE(get.exitCode, int(CommandLine::Success));
    QCOMPARE(get.out, note);
}

void TestCommandLine::processMistypedCommandIsUsageErrorNotWindow()
{
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    const Outcome r = runProcess(
        { QStringLiteral("sesions"), QStringLiteral("--database"), m_database }, 15000);
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("sesions")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err));
}

void TestCommandLine::processOptionBeforeCommandRunsCommand()
{
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    // An existing database path is the case that could be mistaken for a file to open.
    QCOMPARE(run({ QStringLiteral("conferences") }).exitCode, int(CommandLine::Success));
    QVERIFY(QFile::exists(m_database));
    const Outcome r = runProcess(
        { QStringLiteral("--database"), m_database, QStringLiteral("conferences") }, 8000);
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY2(r.out.startsWith(QLatin1String("gtc-2025\t")), qPrintable(r.out));
}

void TestCommandLine::processExportsThroughTheGraphicalBinary()
{
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    // conference-planner hands exports over to conference-planner-gui, which lays
    // out the PDF: the same process, the same arguments, the same output.
    for (const QString &format : { QStringLiteral("pdf"), QStringLiteral("md") }) {
        const QString file = m_dir->filePath(QStringLiteral("agenda.") + format);
        const Outcome r
            = runProcess({ QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                             file, QStringLiteral("--database"), m_database },
                15000);
        QCOMPARE(r.exitCode, int(CommandLine::Success));
        QVERIFY2(r.out.contains(file), qPrintable(r.out));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray start = written.read(5);
        QCOMPARE(start == "%PDF-", format == QLatin1String("pdf"));
    }
}

void TestCommandLine::commandLineWithoutExporterRefusesExport()
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QString file = m_dir->filePath(QStringLiteral("agenda.md"));
    const int exitCode = CommandLine(outStream, errStream)
                             .run({ QStringLiteral("conference-planner"), QStringLiteral("export"),
                                 QStringLiteral("--all"), QStringLiteral("-o"), file,
                                 QStringLiteral("--database"), m_database });
    errStream.flush();
    QCOMPARE(exitCode, int(CommandLine::Failure));
    QVERIFY2(err.contains(QLatin1String("cannot export")), qPrintable(err));
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
