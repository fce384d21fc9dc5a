#include "caldavsyncstore.h"
#include "commandrunner.h"
#include "icswriter.h"
#include "publishfixture.h"
#include "radicaleserver.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace planner;
using publishfixture::conference;
using publishfixture::sessionKey;

// `conference-planner publish` against a real CalDAV server (Radicale, started by
// the test): the first run makes the calendar, later ones send the changes.
class TestPublishCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void publishesThenFollowsAnUnbookmark();
    void readsThePasswordFromStandardInput();
    void wrongPasswordFails();
    void needsTheServerTheFirstTime();
    void helpNamesTheCommand();
    void onlyTheGraphicalBinaryLoadsTheKeyring();

private:
    Outcome publish(const QStringList &extra = {});
    QSet<QString> serverUids();

    std::unique_ptr<RadicaleServer> m_server;
    std::unique_ptr<publishfixture::Fixture> m_fixture;
    QString m_passwordFile;
    QString m_databasePath;
};

void TestPublishCommand::initTestCase()
{
    if (!RadicaleServer::available())
        QSKIP(
            "radicale is not installed (Debian package radicale): no CalDAV server to publish to");
}

void TestPublishCommand::init()
{
    m_server = std::make_unique<RadicaleServer>();
    const QString error = m_server->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_fixture = std::make_unique<publishfixture::Fixture>();
    QVERIFY(m_fixture->setUp(10));
    QVERIFY(m_fixture->bookmarkFirst(3));
    m_databasePath = m_fixture->database().path();
    m_passwordFile = m_fixture->filePath(QStringLiteral("password"));
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server->password.toUtf8() + "\n");
}

void TestPublishCommand::cleanup()
{
    m_fixture.reset();
    m_server.reset();
}

Outcome TestPublishCommand::publish(const QStringList &extra)
{
    return runCommand(m_databasePath,
        QStringList { QStringLiteral("publish"), QStringLiteral("--conference"), conference }
            + extra);
}

QSet<QString> TestPublishCommand::serverUids()
{
    const std::optional<CalDavAccount> account
        = CalDavSyncStore(m_fixture->database()).account(conference);
    QSet<QString> uids;
    if (!account)
        return uids;
    for (const QJsonValue &event : m_server->events(account->calendar))
        uids.insert(event[QStringLiteral("uid")].toString());
    return uids;
}

void TestPublishCommand::publishesThenFollowsAnUnbookmark()
{
    const Outcome first
        = publish({ QStringLiteral("--url"), m_server->url().toString(), QStringLiteral("--user"),
            m_server->user, QStringLiteral("--password-file"), m_passwordFile });
    QVERIFY2(first.exitCode == CommandLine::Success, qPrintable(first.err));
    QVERIFY2(first.out.startsWith(QStringLiteral("Published 3 session")), qPrintable(first.out));
    QVERIFY(first.out.contains(publishfixture::conferenceTitle));
    // A calendar named after the conference, made for it.
    const std::optional<CalDavAccount> account
        = CalDavSyncStore(m_fixture->database()).account(conference);
    QVERIFY(account);
    QCOMPARE(account->calendarName, publishfixture::conferenceTitle);
    const QJsonArray calendars
        = QJsonDocument::fromJson(m_server->peek({ QStringLiteral("calendars") })).array();
    QCOMPARE(calendars.size(), 1);
    QCOMPARE(calendars.first()[QStringLiteral("name")].toString(), publishfixture::conferenceTitle);
    QCOMPARE(serverUids(),
        (QSet<QString> { IcsWriter::uid(conference, sessionKey(0)),
            IcsWriter::uid(conference, sessionKey(1)),
            IcsWriter::uid(conference, sessionKey(2)) }));

    const Outcome removed = runCommand(m_databasePath,
        { QStringLiteral("bookmark"), QStringLiteral("remove"), sessionKey(1),
            QStringLiteral("--conference"), conference });
    QCOMPARE(removed.exitCode, int(CommandLine::Success));
    // The account is remembered: no --url or --user the second time.
    const Outcome second = publish({ QStringLiteral("--password-file"), m_passwordFile });
    QVERIFY2(second.exitCode == CommandLine::Success, qPrintable(second.err));
    QVERIFY2(second.out.startsWith(QStringLiteral("Published 2 session")), qPrintable(second.out));
    QCOMPARE(serverUids(),
        (QSet<QString> { IcsWriter::uid(conference, sessionKey(0)),
            IcsWriter::uid(conference, sessionKey(2)) }));
}

void TestPublishCommand::readsThePasswordFromStandardInput()
{
    // The real binary, as a script runs it: conference-planner hands `publish` to the
    // graphical binary, which links the keyring.
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_fixture->filePath(QString()));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keyring: standard input
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("PLANNER_BINARY"),
        { QStringLiteral("publish"), QStringLiteral("--conference"), conference,
            QStringLiteral("--url"),
            m_server->url().toString() + QStringLiteral(".well-known/caldav"),
            QStringLiteral("--user"), m_server->user, QStringLiteral("--database"),
            m_databasePath });
    process.write(m_server->password.toUtf8() + "\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                .startsWith(QStringLiteral("Published 3 session")));
    QCOMPARE(serverUids().size(), 3);
}

void TestPublishCommand::wrongPasswordFails()
{
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not it\n");
    file.close();
    const Outcome outcome
        = publish({ QStringLiteral("--url"), m_server->url().toString(), QStringLiteral("--user"),
            m_server->user, QStringLiteral("--password-file"), m_passwordFile });
    QCOMPARE(outcome.exitCode, int(CommandLine::Failure));
    QVERIFY2(outcome.err.contains(QStringLiteral("did not accept the user name or password (401)")),
        qPrintable(outcome.err));
    QVERIFY(outcome.out.isEmpty());
    QVERIFY(!CalDavSyncStore(m_fixture->database()).account(conference));
}

void TestPublishCommand::needsTheServerTheFirstTime()
{
    const Outcome outcome = publish({ QStringLiteral("--password-file"), m_passwordFile });
    QCOMPARE(outcome.exitCode, int(CommandLine::UsageError));
    QVERIFY2(
        outcome.err.contains(QStringLiteral("--url URL --user NAME")), qPrintable(outcome.err));
    const Outcome stray = publish({ QStringLiteral("extra"), QStringLiteral("--url"),
        m_server->url().toString(), QStringLiteral("--user"), m_server->user,
        QStringLiteral("--password-file"), m_passwordFile });
    QCOMPARE(stray.exitCode, int(CommandLine::UsageError));
}

void TestPublishCommand::helpNamesTheCommand()
{
    const Outcome help = runCommand(m_databasePath, { QStringLiteral("--help") });
    QCOMPARE(help.exitCode, int(CommandLine::Success));
    QVERIFY(help.out.contains(QStringLiteral("publish [--url URL --user NAME]")));
    QVERIFY(help.out.contains(QStringLiteral("--password-file F")));
}

void TestPublishCommand::onlyTheGraphicalBinaryLoadsTheKeyring()
{
    // Every other command starts without DBus, the keyring's library and QtGui (Qt
    // Network the commands need, to download programmes); `publish` is handed to the
    // graphical binary, as readsThePasswordFromStandardInput shows.
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    const QDir folder = QFileInfo(qEnvironmentVariable("PLANNER_BINARY")).dir();
    const auto needed = [&](const QString &binary) {
        QProcess readelf;
        readelf.start(QStringLiteral("readelf"), { QStringLiteral("-d"), folder.filePath(binary) });
        readelf.waitForFinished(30000);
        return QString::fromUtf8(readelf.readAllStandardOutput());
    };
    const QString commands = needed(QStringLiteral("conference-planner"));
    const QString graphical = needed(QStringLiteral("conference-planner-gui"));
    QVERIFY2(commands.contains(QStringLiteral("libQt6Sql")), qPrintable(commands));
    QVERIFY(commands.contains(QStringLiteral("libQt6Network")));
    QVERIFY(!commands.contains(QStringLiteral("keychain")));
    QVERIFY(!commands.contains(QStringLiteral("libQt6DBus")));
    QVERIFY(!commands.contains(QStringLiteral("libQt6Gui")));
    QVERIFY(!commands.contains(QStringLiteral("libQt6Widgets")));
    QVERIFY2(graphical.contains(QStringLiteral("libqt6keychain")), qPrintable(graphical));
    QVERIFY(graphical.contains(QStringLiteral("libQt6Widgets")));
}

QTEST_GUILESS_MAIN(TestPublishCommand)
#include "tst_publishcommand.moc"
