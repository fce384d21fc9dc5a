#include "clock.h"
#include "database.h"
#include "desktopnotifications.h"
#include "interfacelanguage.h"
#include "preferences.h"
#include "programmestore.h"
#include "reminderchooser.h"
#include "reminderflow.h"
#include "reminderscheduler.h"
#include "sampleprogramme.h"
#include "sessiondetailspane.h"
#include "userdataservice.h"
#include "userdatastore.h"
#include "windowtesthelpers.h"

#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QMenuBar>
#include <QStatusBar>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

const QString conf = QStringLiteral("sample-2026");

QDateTime taipei(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), QTimeZone("Asia/Taipei"));
}

} // namespace

// A notification server of the test's own on a private session bus: it records
// what it is asked to show, and clicks a notification as a user would.
class RecordingNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id;
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

    explicit RecordingNotificationServer(const QDBusConnection &bus)
        : m_bus(bus)
    {
    }

    void click(uint id, const QString &action = QStringLiteral("default"))
    {
        QDBusMessage signal = QDBusMessage::createSignal(DesktopNotifications::path,
            DesktopNotifications::service, QStringLiteral("ActionInvoked"));
        signal << id << action;
        m_bus.send(signal);
    }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(timeout);
        shown.append({ m_nextId, appName, summary, body, actions, hints });
        return m_nextId++;
    }
    QStringList GetCapabilities() { return { QStringLiteral("actions"), QStringLiteral("body") }; }

private:
    QDBusConnection m_bus;
    uint m_nextId = 7;
};

// Reminders reach the desktop through the freedesktop.org Notifications service,
// here a server the test runs on a bus of its own (dbus-daemon --session).
class TestDesktopNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void availableOnlyWithTheService();
    void showsTitleTimeAndRoom();
    void aClickOpensTheSession();
    void theWindowRemindsAndOpensOnClick();

private:
    InterfaceLanguage m_translations;
    QProcess m_daemon;
    QString m_address;
    QTemporaryDir m_dir;
    std::unique_ptr<RecordingNotificationServer> m_server;
};

void TestDesktopNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qRegisterMetaType<Reminder>();
    QVERIFY(m_translations.install(Language::English));
    m_daemon.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
            QStringLiteral("--print-address=1") });
    QVERIFY2(m_daemon.waitForStarted(), "dbus-daemon (Debian package dbus-daemon) is needed");
    QTRY_VERIFY(m_daemon.canReadLine());
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
    // The program's own connection (QDBusConnection::sessionBus) is to this bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
}

void TestDesktopNotifications::cleanupTestCase()
{
    m_server.reset();
    m_daemon.terminate();
    m_daemon.waitForFinished();
}

void TestDesktopNotifications::availableOnlyWithTheService()
{
    const QDBusConnection client = QDBusConnection::sessionBus();
    QVERIFY(client.isConnected());
    QVERIFY(!DesktopNotifications::isAvailable(client));

    QDBusConnection serverBus = QDBusConnection::connectToBus(m_address, QStringLiteral("server"));
    m_server = std::make_unique<RecordingNotificationServer>(serverBus);
    QVERIFY(serverBus.registerObject(
        DesktopNotifications::path, m_server.get(), QDBusConnection::ExportAllSlots));
    QVERIFY(serverBus.registerService(DesktopNotifications::service));
    QVERIFY(DesktopNotifications::isAvailable(client));
}

void TestDesktopNotifications::showsTitleTimeAndRoom()
{
    QVERIFY(m_server);
    m_server->shown.clear();
    DesktopNotifications notifier(QDBusConnection::sessionBus());
    Reminder reminder;
    reminder.conference = conf;
    reminder.session = QStringLiteral("T1");
    reminder.title = { QStringLiteral("記憶體配置"), QStringLiteral("Memory allocation") };
    reminder.room = QStringLiteral("Hall A");
    reminder.start = taipei(4, 9, 30).toUTC();
    reminder.end = taipei(4, 10, 15).toUTC();
    reminder.zone = QTimeZone("Asia/Taipei");
    reminder.minutes = 10;
    const auto message = ReminderNotifier::message(reminder, Language::English, taipei(4, 9, 20));
    notifier.show(reminder, message);
    QTRY_COMPARE(m_server->shown.size(), 1);
    const RecordingNotificationServer::Shown &shown = m_server->shown.first();
    QCOMPARE(shown.summary, QStringLiteral("Memory allocation"));
    QCOMPARE(shown.body, QStringLiteral("Starts in 10 minutes, 9:30–10:15 AM, in Hall A."));
    QVERIFY(shown.actions.contains(QStringLiteral("default")));
    QVERIFY(shown.hints.contains(QStringLiteral("urgency")));

    // In Chinese, 59 seconds before it starts: still a minute, never zero.
    QVERIFY(m_translations.install(Language::Chinese));
    const auto chinese = ReminderNotifier::message(
        reminder, Language::Chinese, taipei(4, 9, 29).addSecs(1));
    QVERIFY(m_translations.install(Language::English));
    QCOMPARE(chinese.summary, QStringLiteral("記憶體配置"));
    QCOMPARE(chinese.body, QStringLiteral("1 分鐘後開始，09:30–10:15，於 Hall A。"));
}

void TestDesktopNotifications::aClickOpensTheSession()
{
    QVERIFY(m_server);
    m_server->shown.clear();
    DesktopNotifications notifier(QDBusConnection::sessionBus());
    QSignalSpy opened(&notifier, &ReminderNotifier::activated);
    Reminder reminder;
    reminder.conference = conf;
    reminder.session = QStringLiteral("A2");
    reminder.start = taipei(6, 0, 30).toUTC();
    notifier.show(reminder, { QStringLiteral("Inference at the edge"), QStringLiteral("soon") });
    QTRY_COMPARE(m_server->shown.size(), 1);
    // Another program's notification clicked: not ours.
    m_server->click(m_server->shown.first().id + 100);
    m_server->click(m_server->shown.first().id);
    QVERIFY(opened.wait());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), conf);
    QCOMPARE(opened.first().at(1).toString(), QStringLiteral("A2"));
}

void TestDesktopNotifications::theWindowRemindsAndOpensOnClick()
{
    QVERIFY(m_server);
    m_server->shown.clear();
    const QString path = m_dir.filePath(QStringLiteral("window.sqlite"));
    {
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(ProgrammeStore(database).importConference(sampleProgramme(), QStringLiteral("v1")).ok());
        QVERIFY(UserDataStore(database).setBookmarked(conf, QStringLiteral("T1"), true).ok());
        QVERIFY(UserDataStore(database).setBookmarked(conf, QStringLiteral("A2"), true).ok());
    }
    Database database;
    QVERIFY(database.open(path).ok());
    auto window = openWindow(database, m_translations);
    QVERIFY(window);
    window->openConference(conf);
    window->selectSession(QStringLiteral("A2"));

    // The user asks for 30 minutes before the opening talk, from its details.
    window->selectSession(QStringLiteral("T1"));
    ReminderChooser *chooser = window->detailsPane()->reminderChooser();
    QVERIFY(chooser->isVisible());
    QVERIFY(chooser->comboBox()->toolTip().contains(QStringLiteral("while Conference Planner is open")));
    chooser->comboBox()->setFocus();
    QTest::keyClick(chooser->comboBox(), Qt::Key_End); // the last choice: 30 minutes
    QCOMPARE(window->userData()->store().reminderMinutes(conf, QStringLiteral("T1")),
        std::optional<int>(30));

    // The clock reaches 09:00, half an hour before it.
    FixedClock clock(taipei(4, 8, 59));
    window->setClock(clock);
    QTest::qWait(50);
    QCOMPARE(m_server->shown.size(), 0);
    clock.set(taipei(4, 9, 0));
    window->reminders()->scheduler().check();
    QTRY_COMPARE(m_server->shown.size(), 1);
    QCOMPARE(m_server->shown.first().summary, QStringLiteral("Memory allocation"));
    QVERIFY(m_server->shown.first().body.startsWith(QStringLiteral("Starts in 30 minutes")));
    // The window says it too, for a desktop that shows no notifications.
    QVERIFY2(window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Reminder: Memory allocation.")),
        qPrintable(window->statusBar()->currentMessage()));

    // Clicked while another session is shown: the window goes to the opening talk.
    window->selectSession(QStringLiteral("A2"));
    m_server->click(m_server->shown.first().id);
    QTRY_COMPARE(window->currentSessionKey(), QStringLiteral("T1"));

    // No reminders at all, from the menu: A2's (10 minutes before 00:30) never comes.
    QMenu *menu = window->findChild<QMenu *>(QStringLiteral("remindersMenu"));
    QVERIFY(menu);
    menu->actions().first()->trigger();
    QCOMPARE(Preferences().reminderMinutes(), 0);
    QCOMPARE(chooser->comboBox()->itemText(0), QStringLiteral("As usual (no reminder)"));
    clock.set(taipei(6, 0, 20));
    window->reminders()->scheduler().check();
    QTest::qWait(100);
    QCOMPARE(m_server->shown.size(), 1);
}

QTEST_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"
