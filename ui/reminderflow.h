#pragma once

#include "language.h"
#include "reminder.h"

#include <QObject>
#include <memory>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace planner {

class Clock;
class Database;
class ReminderNotifier;
class ReminderScheduler;
class ReminderStore;
class UserDataService;

// Reminders in the window: the Reminders menu (the usual lead time, kept in
// Preferences), the scheduler that finds what is due, and the notifier that
// shows it on the desktop. A reminder clicked asks for its session.
class ReminderFlow : public QObject
{
    Q_OBJECT

public:
    ReminderFlow(Database &database, UserDataService &userData, QWidget *window);
    ~ReminderFlow() override;

    QMenu *menu() const { return m_menu; }
    ReminderScheduler &scheduler() const { return *m_scheduler; }
    // The user's usual lead time in minutes; 0: none.
    int usualMinutes() const;
    void setUsualMinutes(int minutes);
    void setClock(const Clock &clock);
    void setLanguage(Language language);
    // Where reminders are shown; by default the desktop's (ReminderNotifier::forDesktop),
    // found with the first reminder. The flow takes it.
    void setNotifier(ReminderNotifier *notifier);
    // Starts watching the time.
    void start();
    void retranslate();

signals:
    void sessionRequested(const QString &conference, const QString &session);
    // What the status bar says of a reminder just shown.
    void announced(const QString &message);
    void usualMinutesChanged(int minutes);

private:
    void show(const Reminder &reminder);
    ReminderNotifier *notifier();

    QWidget *m_window;
    std::unique_ptr<ReminderStore> m_store;
    ReminderScheduler *m_scheduler;
    const Clock *m_clock;
    Language m_language = Language::English;
    ReminderNotifier *m_notifier = nullptr;
    bool m_notifierChosen = false;
    QMenu *m_menu;
    QActionGroup *m_choices;
    QAction *m_note;
};

} // namespace planner
