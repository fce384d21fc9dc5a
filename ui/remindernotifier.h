#pragma once

#include "language.h"
#include "reminder.h"

#include <QObject>

namespace planner {

// Puts a reminder in front of the user, outside the window, and says when the
// user clicks it. The desktop's notification service where there is one
// (DesktopNotifications), else the system tray (TrayNotifications).
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // What a reminder says: the session's title, then when and where it is.
    struct Message
    {
        QString summary;
        QString body;
    };
    static Message message(const Reminder &reminder, Language language, const QDateTime &now);

    virtual void show(const Reminder &reminder, const Message &message) = 0;

    // The desktop's notification service when the session bus has one, else the
    // system tray when there is one, else none: the window shows reminders itself.
    static ReminderNotifier *forDesktop(QObject *parent);

signals:
    // The user clicked the reminder of this session.
    void activated(const QString &conference, const QString &session);
};

} // namespace planner
