#include "remindernotifier.h"

#include "desktopnotifications.h"
#include "timeformatter.h"
#include "traynotifications.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QSystemTrayIcon>

namespace planner {

ReminderNotifier::Message ReminderNotifier::message(
    const Reminder &reminder, Language language, const QDateTime &now)
{
    const TimeFormatter times(localeOf(language), reminder.zone);
    // Rounded up: "in 1 minute" until it starts, never "in 0 minutes".
    const qint64 seconds = now.secsTo(reminder.start);
    const int minutes = int(qMax<qint64>(1, (seconds + 59) / 60));
    const QString when = reminder.end.isValid() ? times.clockRange(reminder.start, reminder.end)
                                                : times.clock(reminder.start);
    const QString body = reminder.room.isEmpty()
        ? QCoreApplication::translate(
              "planner::ReminderNotifier", "Starts in %n minute(s), %1.", nullptr, minutes)
              .arg(when)
        : QCoreApplication::translate(
              "planner::ReminderNotifier", "Starts in %n minute(s), %1, in %2.", nullptr, minutes)
              .arg(when, reminder.room);
    return { reminder.title.text(language), body };
}

ReminderNotifier *ReminderNotifier::forDesktop(QObject *parent)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (DesktopNotifications::isAvailable(bus))
        return new DesktopNotifications(bus, parent);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        return new TrayNotifications(parent);
    return nullptr;
}

} // namespace planner
