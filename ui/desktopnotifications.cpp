#include "desktopnotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

namespace planner {

const QString DesktopNotifications::service = QStringLiteral("org.freedesktop.Notifications");
const QString DesktopNotifications::path = QStringLiteral("/org/freedesktop/Notifications");

namespace {

// The action a server invokes when the notification itself is clicked.
const QString defaultAction = QStringLiteral("default");

} // namespace

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : ReminderNotifier(parent)
    , m_bus(bus)
{
    m_bus.connect(service, path, service, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, service, QStringLiteral("NotificationClosed"), this,
        SLOT(onClosed(uint, uint)));
}

bool DesktopNotifications::isAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    if (bus.interface()->isServiceRegistered(service))
        return true;
    const QDBusReply<QStringList> activatable = bus.call(QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListActivatableNames")));
    return activatable.isValid() && activatable.value().contains(service);
}

void DesktopNotifications::show(const Reminder &reminder, const Message &message)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    const QVariantMap hints {
        // Lets the desktop show the program's name and icon, and group its notifications.
        { QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName() },
        { QStringLiteral("urgency"), QVariant::fromValue(uchar(1)) },
    };
    call << QGuiApplication::applicationDisplayName() << uint(0)
         << QGuiApplication::desktopFileName() // the icon installed under that name
         << message.summary << message.body
         << QStringList { defaultAction, tr("Open Session") } << hints
         << int(-1); // the server's usual time on screen
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const Shown shown { reminder.conference, reminder.session };
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, shown](QDBusPendingCallWatcher *call) {
            const QDBusPendingReply<uint> reply = *call;
            if (reply.isValid())
                m_shown.insert(reply.value(), shown);
            call->deleteLater();
        });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action); // "Open Session" and a click on the notification both open it
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend())
        return; // another program's notification
    emit activated(it->conference, it->session);
}

void DesktopNotifications::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_shown.remove(id);
}

} // namespace planner
