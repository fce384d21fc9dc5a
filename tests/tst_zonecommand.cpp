#include "applicationinfo.h"
#include "commandline.h"
#include "commandrunner.h"
#include "database.h"
#include "importtesthelpers.h"
#include "programmestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;
using namespace importtest;

namespace {

const QString zoneDays = QStringLiteral("zone-days-2025");

} // namespace

// `conference-planner zone`: showing and changing a conference's time zone from
// scripts, as the binary runs it.
class TestZoneCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void printsTheCurrentZone();
    void changesTheZoneAndListingsFollow();
    void refusesAnUnknownZone();
    void tooManyArgumentsIsUsageError();
    void unknownConferenceFails();
    void streamedImportKeepsTheChosenZone();
    void processChangesTheZone();

private:
    Outcome run(const QStringList &arguments) const { return runCommand(m_database, arguments); }
    QString startOf(const QString &sessionKey) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestZoneCommand::initTestCase()
{
    ApplicationInfo::apply();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestZoneCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(QStringLiteral("planner.sqlite"));
    const Outcome imported
        = run({ QStringLiteral("import"), fixture("zone-floating.ics") });
    QVERIFY2(imported.exitCode == CommandLine::Success, qPrintable(imported.err));
}

void TestZoneCommand::cleanup()
{
    m_dir.reset();
}

// The session's start as `sessions --json` prints it.
QString TestZoneCommand::startOf(const QString &sessionKey) const
{
    const Outcome listed = run({ QStringLiteral("sessions"), QStringLiteral("--conference"),
        zoneDays, QStringLiteral("--json") });
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (value.toObject().value(QLatin1String("key")).toString() == sessionKey)
            return value.toObject().value(QLatin1String("start")).toString();
    }
    return {};
}

void TestZoneCommand::printsTheCurrentZone()
{
    const Outcome shown = run({ QStringLiteral("zone"), QStringLiteral("--conference"), zoneDays });
    QCOMPARE(shown.exitCode, int(CommandLine::Success));
    QCOMPARE(shown.out, QStringLiteral("Europe/Brussels\n"));
    QVERIFY2(shown.err.contains(QLatin1String("as the programme gives it")), qPrintable(shown.err));
}

void TestZoneCommand::changesTheZoneAndListingsFollow()
{
    QCOMPARE(startOf(QStringLiteral("utc@zone.example")), QStringLiteral("2025-03-01T15:00:00+01:00"));
    const Outcome changed = run({ QStringLiteral("zone"), QStringLiteral("--conference"), zoneDays,
        QStringLiteral("Asia/Taipei") });
    QVERIFY2(changed.exitCode == CommandLine::Success, qPrintable(changed.err));
    QCOMPARE(changed.out, QStringLiteral("Asia/Taipei\n"));
    // An exact time keeps its moment, shown in the new zone; a floating one its clock.
    QCOMPARE(startOf(QStringLiteral("utc@zone.example")), QStringLiteral("2025-03-01T22:00:00+08:00"));
    QCOMPARE(startOf(QStringLiteral("floating@zone.example")),
        QStringLiteral("2025-03-01T10:00:00+08:00"));
    const Outcome shown = run({ QStringLiteral("zone"), QStringLiteral("--conference"), zoneDays });
    QCOMPARE(shown.out, QStringLiteral("Asia/Taipei\n"));
    QVERIFY2(shown.err.contains(QLatin1String("chosen by you")), qPrintable(shown.err));
}

void TestZoneCommand::refusesAnUnknownZone()
{
    const Outcome refused = run({ QStringLiteral("zone"), QStringLiteral("--conference"), zoneDays,
        QStringLiteral("Europe/Atlantis") });
    QCOMPARE(refused.exitCode, int(CommandLine::Failure));
    QCOMPARE(refused.out, QString());
    QVERIFY2(refused.err.contains(QLatin1String("\"Europe/Atlantis\" is not a time zone")),
        qPrintable(refused.err));
    QCOMPARE(run({ QStringLiteral("zone"), QStringLiteral("--conference"), zoneDays }).out,
        QStringLiteral("Europe/Brussels\n"));
}

void TestZoneCommand::tooManyArgumentsIsUsageError()
{
    const Outcome misused = run({ QStringLiteral("zone"), QStringLiteral("--conference"), zoneDays,
        QStringLiteral("Asia/Taipei"), QStringLiteral("Asia/Tokyo") });
    QCOMPARE(misused.exitCode, int(CommandLine::UsageError));
    QVERIFY2(misused.err.contains(QLatin1String("--help")), qPrintable(misused.err));
}

void TestZoneCommand::unknownConferenceFails()
{
    const Outcome failed = run({ QStringLiteral("zone"), QStringLiteral("--conference"),
        QStringLiteral("nope"), QStringLiteral("Asia/Taipei") });
    QCOMPARE(failed.exitCode, int(CommandLine::Failure));
    QVERIFY2(failed.err.contains(QLatin1String("\"nope\"")), qPrintable(failed.err));
}

void TestZoneCommand::streamedImportKeepsTheChosenZone()
{
    // `import` stores a Pentabarf file's sessions while it reads them, in the
    // file's zone: with a zone chosen, the programme lands in that one instead.
    const QString file = fixture("import-pentabarf-classic.xml");
    const Outcome first = run({ QStringLiteral("import"), file });
    QVERIFY2(first.exitCode == CommandLine::Success, qPrintable(first.err));
    Database database;
    QVERIFY(database.open(m_database).ok());
    QString key;
    for (const ConferenceSummary &c : ProgrammeStore(database).conferences()) {
        if (c.key.startsWith(QLatin1String("tiny")))
            key = c.key;
    }
    QVERIFY(!key.isEmpty());
    const Outcome changed = run({ QStringLiteral("zone"), QStringLiteral("--conference"), key,
        QStringLiteral("Asia/Tokyo") });
    QVERIFY2(changed.exitCode == CommandLine::Success, qPrintable(changed.err));
    const Outcome again = run({ QStringLiteral("import"), file });
    QVERIFY2(again.exitCode == CommandLine::Success, qPrintable(again.err));
    QVERIFY2(again.out.contains(QLatin1String("0 updated")), qPrintable(again.out));
    QCOMPARE(ProgrammeStore(database).conference(key)->timeZone, QStringLiteral("Asia/Tokyo"));
    const Session opening = ProgrammeStore(database).sessions(key).first();
    QCOMPARE(opening.time.start.toTimeZone(QTimeZone("Asia/Tokyo")).time(), QTime(9, 30));
}

void TestZoneCommand::processChangesTheZone()
{
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    const auto runBinary = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("PLANNER_BINARY"),
            arguments + QStringList { QStringLiteral("--database"), m_database });
        process.waitForFinished(60000);
        return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()));
    };
    const auto [refusedCode, refusedOut, refusedErr] = runBinary(
        { QStringLiteral("zone"), QStringLiteral("--conference"), zoneDays, QStringLiteral("Nowhere") });
    QCOMPARE(refusedCode, int(CommandLine::Failure));
    QVERIFY2(refusedErr.contains(QLatin1String("\"Nowhere\"")), qPrintable(refusedErr));
    const auto [code, out, err] = runBinary({ QStringLiteral("zone"), QStringLiteral("--conference"),
        zoneDays, QStringLiteral("America/New_York") });
    QVERIFY2(code == CommandLine::Success, qPrintable(err));
    QCOMPARE(out, QStringLiteral("America/New_York\n"));
    const auto [shownCode, shownOut, shownErr] = runBinary({ QStringLiteral("zone"),
        QStringLiteral("--conference"), zoneDays });
    QCOMPARE(shownCode, int(CommandLine::Success));
    QCOMPARE(shownOut, QStringLiteral("America/New_York\n"));
}

QTEST_GUILESS_MAIN(TestZoneCommand)
#include "tst_zonecommand.moc"
