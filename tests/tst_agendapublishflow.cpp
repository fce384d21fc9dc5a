#include "agendapublishflow.h"
#include "caldavsyncstore.h"
#include "icswriter.h"
#include "publishagendadialog.h"
#include "publishfixture.h"
#include "publishscheduler.h"
#include "radicaleserver.h"
#include "userdataservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTest>
#include <QWidget>

using namespace planner;
using publishfixture::conference;
using publishfixture::sessionKey;

// File ▸ Publish Agenda to Calendar… as a person uses it, against a real CalDAV
// server (Radicale): connect, choose a new calendar, publish; then bookmarks and
// unbookmarks appear in and disappear from the calendar and the .ics file kept.
class TestAgendaPublishFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void connectThenKeepInStep();
    void passwordIsAskedOnceWithoutKeyring();
    void refusedPasswordIsAskedAgain();

private:
    // A calendar made and stored as the account of the conference, as a window
    // started later finds it.
    void storeAccount();
    QSet<QString> serverUids();
    bool waitForStatus(const QString &start, int ms = 30000);

    std::unique_ptr<RadicaleServer> m_server;
    std::unique_ptr<publishfixture::Fixture> m_fixture;
    std::unique_ptr<UserDataStore> m_store;
    std::unique_ptr<UserDataService> m_userData;
    std::unique_ptr<QWidget> m_window;
    QStringList m_statuses;
};

void TestAgendaPublishFlow::initTestCase()
{
    if (!RadicaleServer::available())
        QSKIP(
            "radicale is not installed (Debian package radicale): no CalDAV server to publish to");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // The user's own keyring is no place for a test's passwords: without a
    // session bus there is none, as on a machine without a desktop.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestAgendaPublishFlow::init()
{
    m_server = std::make_unique<RadicaleServer>();
    const QString error = m_server->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_fixture = std::make_unique<publishfixture::Fixture>();
    QVERIFY(m_fixture->setUp(10));
    m_store = std::make_unique<UserDataStore>(m_fixture->database());
    m_userData = std::make_unique<UserDataService>(*m_store);
    m_window = std::make_unique<QWidget>();
    m_statuses.clear();
}

void TestAgendaPublishFlow::cleanup()
{
    m_window.reset();
    m_userData.reset();
    m_store.reset();
    m_fixture.reset();
    m_server.reset();
    QSettings().clear();
}

QSet<QString> TestAgendaPublishFlow::serverUids()
{
    const std::optional<CalDavAccount> account
        = CalDavSyncStore(m_fixture->database()).account(conference);
    QSet<QString> uids;
    for (const QJsonValue &event : m_server->events(account ? account->calendar : QUrl()))
        uids.insert(event[QStringLiteral("uid")].toString());
    return uids;
}

bool TestAgendaPublishFlow::waitForStatus(const QString &start, int ms)
{
    return QTest::qWaitFor(
        [&] { return !m_statuses.isEmpty() && m_statuses.last().startsWith(start); }, ms);
}

void TestAgendaPublishFlow::connectThenKeepInStep()
{
    AgendaPublishFlow flow(m_fixture->database(), *m_userData, m_window.get());
    flow.scheduler()->setDelays(50, 500, 2000);
    flow.setPasswordPrompt([](const CalDavAccount &) { return std::nullopt; });
    connect(&flow, &AgendaPublishFlow::statusMessage, this,
        [this](const QString &s) { m_statuses.append(s); });
    flow.setConference(conference, publishfixture::conferenceTitle);
    QVERIFY(flow.action()->isEnabled());
    QCOMPARE(flow.action()->text(), QStringLiteral("Publish Agenda to &Calendar…"));
    QVERIFY(m_userData->setBookmarked(conference, sessionKey(0), true).ok());

    const QString file = m_fixture->filePath(QStringLiteral("synced/agenda.ics"));
    QDir().mkpath(QFileInfo(file).path());
    flow.setDialogRunner([&](PublishAgendaDialog &dialog) {
        QTest::keyClicks(dialog.serverField(), m_server->url().toString());
        QTest::keyClicks(dialog.userField(), m_server->user);
        QTest::keyClicks(dialog.passwordField(), m_server->password);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return dialog.calendarBox()->isEnabled(); }, 20000))
            return int(QDialog::Rejected);
        // A new calendar named after the conference is offered first.
        if (dialog.calendarBox()->currentText()
            != QStringLiteral("New calendar “Publishing Conference 2026”"))
            return int(QDialog::Rejected);
        dialog.fileBox()->setChecked(true);
        dialog.fileField()->setText(file);
        return int(QDialog::Accepted);
    });
    flow.openDialog();
    QVERIFY2(
        waitForStatus(QStringLiteral("Published 1 session")), qPrintable(m_statuses.join(u'\n')));
    QVERIFY(m_statuses.last().endsWith(QStringLiteral("to Publishing Conference 2026")));
    QCOMPARE(serverUids(), QSet<QString> { IcsWriter::uid(conference, sessionKey(0)) });
    QFile ics(file);
    QVERIFY(ics.open(QIODevice::ReadOnly));
    QVERIFY(ics.readAll().contains(IcsWriter::uid(conference, sessionKey(0)).toUtf8()));
    ics.close();

    // Bookmark two more: they appear, in the calendar and the file.
    QVERIFY(m_userData->setBookmarked(conference, sessionKey(4), true).ok());
    QVERIFY(m_userData->setBookmarked(conference, sessionKey(5), true).ok());
    QVERIFY2(
        waitForStatus(QStringLiteral("Published 3 session")), qPrintable(m_statuses.join(u'\n')));
    QCOMPARE(serverUids().size(), 3);
    // Unbookmark one: it disappears.
    QVERIFY(m_userData->setBookmarked(conference, sessionKey(4), false).ok());
    QVERIFY2(
        waitForStatus(QStringLiteral("Published 2 session")), qPrintable(m_statuses.join(u'\n')));
    QCOMPARE(serverUids(),
        (QSet<QString> { IcsWriter::uid(conference, sessionKey(0)),
            IcsWriter::uid(conference, sessionKey(5)) }));
    QVERIFY(ics.open(QIODevice::ReadOnly));
    const QByteArray kept = ics.readAll();
    QVERIFY(!kept.contains(IcsWriter::uid(conference, sessionKey(4)).toUtf8()));
    QVERIFY(kept.contains(IcsWriter::uid(conference, sessionKey(5)).toUtf8()));
    // A note goes only where asked for: not in this calendar.
    QVERIFY(m_userData->setNote(conference, sessionKey(5), QStringLiteral("only mine")).ok());
    QTest::qWait(500);
    for (const QJsonValue &event :
        m_server->events(CalDavSyncStore(m_fixture->database()).account(conference)->calendar))
        QVERIFY(
            !event[QStringLiteral("description")].toString().contains(QStringLiteral("only mine")));

    // Stop Publishing forgets the account; the calendar is left as it is.
    flow.setDialogRunner([](PublishAgendaDialog &dialog) {
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("&Stop Publishing"))
                button->click();
        }
        return dialog.result();
    });
    flow.openDialog();
    QVERIFY(!CalDavSyncStore(m_fixture->database()).account(conference));
    QVERIFY(m_statuses.last().contains(QStringLiteral("no longer published")));
}

void TestAgendaPublishFlow::passwordIsAskedOnceWithoutKeyring()
{
    // A window started later, with the account stored and no keyring to ask.
    storeAccount();
    if (QTest::currentTestFailed())
        return;
    if (QTest::currentTestFailed())
        return;
    AgendaPublishFlow flow(m_fixture->database(), *m_userData, m_window.get());
    flow.scheduler()->setDelays(50, 500, 2000);
    int asked = 0;
    flow.setPasswordPrompt([&](const CalDavAccount &account) -> std::optional<QString> {
        ++asked;
        return account.user == m_server->user ? std::optional<QString>(m_server->password)
                                              : std::nullopt;
    });
    connect(&flow, &AgendaPublishFlow::statusMessage, this,
        [this](const QString &s) { m_statuses.append(s); });
    flow.setConference(conference, publishfixture::conferenceTitle);
    QVERIFY2(
        waitForStatus(QStringLiteral("Published 0 session")), qPrintable(m_statuses.join(u'\n')));
    QVERIFY(m_userData->setBookmarked(conference, sessionKey(1), true).ok());
    QVERIFY2(
        waitForStatus(QStringLiteral("Published 1 session")), qPrintable(m_statuses.join(u'\n')));
    QCOMPARE(asked, 1);
    QCOMPARE(serverUids(), QSet<QString> { IcsWriter::uid(conference, sessionKey(1)) });
}

void TestAgendaPublishFlow::storeAccount()
{
    const QUrl calendar = m_server->url().resolved(QUrl(QStringLiteral("/alice/pubconf/")));
    {
        CalDavClient client;
        client.setCredentials(m_server->user, m_server->password);
        bool made = false;
        client.makeCalendar(calendar, publishfixture::conferenceTitle,
            [&](const CalDavReply &r) { made = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return made; }, 20000));
    }
    QVERIFY(CalDavSyncStore(m_fixture->database())
                .setAccount({ conference, m_server->url(), m_server->user, calendar,
                    publishfixture::conferenceTitle, false })
                .ok());
}

void TestAgendaPublishFlow::refusedPasswordIsAskedAgain()
{
    storeAccount();
    if (QTest::currentTestFailed())
        return;
    AgendaPublishFlow flow(m_fixture->database(), *m_userData, m_window.get());
    flow.scheduler()->setDelays(50, 300, 600);
    QStringList given { QStringLiteral("wrong"), m_server->password };
    int asked = 0;
    flow.setPasswordPrompt(
        [&](const CalDavAccount &) -> std::optional<QString> { return given.value(asked++); });
    connect(&flow, &AgendaPublishFlow::statusMessage, this,
        [this](const QString &s) { m_statuses.append(s); });
    flow.setConference(conference, publishfixture::conferenceTitle);
    QVERIFY2(QTest::qWaitFor([&] { return !m_statuses.isEmpty(); }, 20000),
        qPrintable(m_statuses.join(u'\n')));
    QVERIFY2(m_statuses.last().contains(QStringLiteral("(401)")), qPrintable(m_statuses.last()));
    // No retries with a refused password: it would only be refused again.
    QTest::qWait(1500);
    QCOMPARE(m_statuses.size(), 1);
    QVERIFY(!flow.scheduler()->isRetrying());
    // The next change asks for the password again, and publishes with it.
    QVERIFY(m_userData->setBookmarked(conference, sessionKey(3), true).ok());
    QVERIFY2(
        waitForStatus(QStringLiteral("Published 1 session")), qPrintable(m_statuses.join(u'\n')));
    QCOMPARE(asked, 2);
    QCOMPARE(serverUids(), QSet<QString> { IcsWriter::uid(conference, sessionKey(3)) });
}

QTEST_MAIN(TestAgendaPublishFlow)
#include "tst_agendapublishflow.moc"
