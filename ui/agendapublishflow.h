#pragma once

#include "agendapublisher.h"
#include "caldavsyncstore.h"
#include "language.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace planner {

class CalDavClient;
class Database;
class PasswordKeyring;
class PublishScheduler;
class UserDataService;

// Keeps the shown conference's agenda published: File ▸ Publish Agenda to
// Calendar… (PublishAgendaDialog) sets the calendar up; every later bookmark,
// note, planned time or programme change publishes again (PublishScheduler), and
// rewrites the .ics file when one is kept. The password comes from the keyring,
// else it is asked once per run of the window. What happened goes to the status bar.
class AgendaPublishFlow : public QObject
{
    Q_OBJECT

public:
    AgendaPublishFlow(Database &database, UserDataService &userData, QWidget *window);
    ~AgendaPublishFlow() override;

    QAction *action() const { return m_action; }
    PublishScheduler *scheduler() const { return m_scheduler; }
    CalDavClient *client() const { return m_client; }

    void setConference(const QString &conference, const QString &title);
    void setLanguage(Language language);
    void retranslate();
    // Something the agenda shows changed in `conference` (an import, a restore).
    void agendaChanged(const QString &conference);

    // Asks for a password that the keyring does not have; nullopt cancels. The
    // default one asks with an input dialog.
    using PasswordPrompt = std::function<std::optional<QString>(const CalDavAccount &)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    // Runs the dialog; the default one shows it modal. For tests, a function that
    // fills it and returns QDialog::Accepted or Rejected.
    using DialogRunner = std::function<int(class PublishAgendaDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    // File ▸ Publish Agenda to Calendar…
    void openDialog();

signals:
    void statusMessage(const QString &message);

private:
    // Publishes soon, once the password is known (asked for when needed).
    void scheduleWithPassword(bool now);
    void writeFile();
    void applyDialog(class PublishAgendaDialog &dialog);

    Database &m_database;
    UserDataService &m_userData;
    QWidget *m_window;
    QAction *m_action;
    CalDavClient *m_client;
    AgendaPublisher *m_publisher;
    PublishScheduler *m_scheduler;
    PasswordKeyring *m_keyring;
    CalDavSyncStore m_store;
    Language m_language = Language::English;
    QString m_conference;
    QString m_title;
    // Passwords known in this run, by keyring entry: asked once, not at every change.
    QHash<QString, QString> m_passwords;
    bool m_asking = false;
    // The server refused the password: ask the user, not the keyring, next time.
    bool m_askUser = false;
    PasswordPrompt m_prompt;
    DialogRunner m_runDialog;
};

} // namespace planner
