#pragma once

#include "remindernotifier.h"

class QSystemTrayIcon;

namespace planner {

// Reminders as balloon messages of an icon in the system tray, for desktops
// without a notification service. The icon appears with the first reminder.
class TrayNotifications : public ReminderNotifier
{
    Q_OBJECT

public:
    explicit TrayNotifications(QObject *parent = nullptr);

    void show(const Reminder &reminder, const Message &message) override;

private:
    QSystemTrayIcon *m_icon;
    Reminder m_last; // a tray shows one message at a time: a click is on the last
};

} // namespace planner
