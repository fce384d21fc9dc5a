#pragma once

#include "language.h"
#include "remindernotifier.h"

#include <QObject>

class QWidget;

namespace planner {

class Database;
class ProgrammeFilterBar;
class ProgrammeFilterModel;
class UnseenChanges;
struct Conference;
struct ImportImpact;

// What the window does with the changes programme updates bring: the unseen
// changes the views badge (UnseenChanges), the Changes filter and Mark All as
// Seen in the filter bar, a session marked seen when the user chooses it, and a
// desktop notification when an update moved or cancelled bookmarked sessions.
class ChangesFlow : public QObject
{
    Q_OBJECT

public:
    ChangesFlow(Database &database, QWidget *window);

    UnseenChanges &changes() const { return *m_changes; }
    // The filter bar's Changes and Mark All as Seen, over `filter`.
    void attach(ProgrammeFilterBar *bar, ProgrammeFilterModel *filter);
    void setLanguage(Language language) { m_language = language; }

    // Before the views show the conference: its changes are read again.
    void setConference(const QString &conferenceKey);
    // While the window puts back what was shown (a restart, a reload), the
    // session it chooses is not one the user chose to look at.
    void setSeenHeld(bool held) { m_seenHeld = held; }
    // The user chose this session: its badge goes, for good.
    void sessionShown(const QString &sessionKey);
    void markAllSeen();
    void showChangesOnly(bool on);

    // After an update from the web: one notification for the bookmarked sessions
    // it moved or cancelled, none when there are none.
    void programmeUpdated(const Conference &conference, const ImportImpact &impact);
    // What that notification says; the session's key when there is one alone.
    static ReminderNotifier::Message message(
        const Conference &conference, const ImportImpact &impact, Language language);
    // Where notifications go; by default the desktop's (ReminderNotifier::forDesktop),
    // found with the first one. The flow takes it.
    void setNotifier(ReminderNotifier *notifier);

signals:
    // The notification was clicked: its one session, or (empty) the list of changes.
    void sessionRequested(const QString &conference, const QString &session);
    void changesRequested(const QString &conference);

private:
    ReminderNotifier *notifier();
    void updateBar();

    Database &m_database;
    QWidget *m_window;
    UnseenChanges *m_changes;
    ProgrammeFilterBar *m_bar = nullptr;
    ProgrammeFilterModel *m_filter = nullptr;
    Language m_language = Language::English;
    bool m_seenHeld = false;
    ReminderNotifier *m_notifier = nullptr;
    bool m_notifierChosen = false;
};

} // namespace planner
