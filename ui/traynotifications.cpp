#include "traynotifications.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace planner {

TrayNotifications::TrayNotifications(QObject *parent)
    : ReminderNotifier(parent)
    , m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
{
    m_icon->setToolTip(QApplication::applicationDisplayName());
    connect(m_icon, &QSystemTrayIcon::messageClicked, this,
        [this] { emit activated(m_last.conference, m_last.session); });
    connect(m_icon, &QSystemTrayIcon::activated, this,
        [this] { emit activated(m_last.conference, m_last.session); });
}

void TrayNotifications::show(const Reminder &reminder, const Message &message)
{
    m_last = reminder;
    m_icon->show();
    m_icon->showMessage(message.summary, message.body, QSystemTrayIcon::Information, 30 * 1000);
}

} // namespace planner
