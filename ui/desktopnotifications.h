#pragma once

#include "remindernotifier.h"

#include <QDBusConnection>
#include <QHash>

namespace planner {

// Reminders as desktop notifications, through the freedesktop.org Notifications
// service on the session bus (what GNOME, KDE, Xfce and notification daemons
// such as dunst provide). Clicking one, or its Open button, opens the session.
class DesktopNotifications : public ReminderNotifier
{
    Q_OBJECT

public:
    static const QString service;
    static const QString path;

    DesktopNotifications(const QDBusConnection &bus, QObject *parent = nullptr);

    // Whether `bus` has the service running, or can start it on demand.
    static bool isAvailable(const QDBusConnection &bus);

    void show(const Reminder &reminder, const Message &message) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    struct Shown
    {
        QString conference;
        QString session;
    };

    QDBusConnection m_bus;
    QHash<uint, Shown> m_shown; // by the id the service gave each notification
};

} // namespace planner
