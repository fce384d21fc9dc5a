#include "agendapublishflow.h"

#include "agendafilemirror.h"
#include "caldavclient.h"
#include "passwordkeyring.h"
#include "preferences.h"
#include "publishagendadialog.h"
#include "publishscheduler.h"
#include "slug.h"
#include "userdataservice.h"

#include <QAction>
#include <QInputDialog>
#include <QWidget>

namespace planner {

AgendaPublishFlow::AgendaPublishFlow(Database &database, UserDataService &userData, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_userData(userData)
    , m_window(window)
    , m_action(new QAction(window))
    , m_client(new CalDavClient(this))
    , m_publisher(new AgendaPublisher(database, *m_client, this))
    , m_scheduler(new PublishScheduler(*m_publisher, this))
    , m_keyring(new PasswordKeyring(this))
    , m_store(database)
{
    m_action->setObjectName(QStringLiteral("publishAgenda"));
    connect(m_action, &QAction::triggered, this, &AgendaPublishFlow::openDialog);
    connect(m_scheduler, &PublishScheduler::statusChanged, this, &AgendaPublishFlow::statusMessage);
    connect(m_scheduler, &PublishScheduler::published, this, [this](const PublishOutcome &outcome) {
        if (!outcome.refusedPassword)
            return;
        // Trying the same password again and again would only be refused again.
        m_scheduler->stop();
        m_passwords.clear();
        m_askUser = true;
    });
    connect(m_publisher, &AgendaPublisher::logged, this,
        [](const QString &line) { qInfo().noquote() << line; });
    const auto onChange = [this](const QString &conference) { agendaChanged(conference); };
    connect(&m_userData, &UserDataService::bookmarkChanged, this, onChange);
    connect(&m_userData, &UserDataService::noteChanged, this, onChange);
    connect(&m_userData, &UserDataService::keyPointsChanged, this, onChange);
    connect(&m_userData, &UserDataService::plannedTimeChanged, this, onChange);
    connect(&m_userData, &UserDataService::reminderChanged, this, onChange); // its alarm
    connect(&m_userData, &UserDataService::restored, this, [this](const QStringList &conferences) {
        for (const QString &conference : conferences)
            agendaChanged(conference);
    });
    retranslate();
}

AgendaPublishFlow::~AgendaPublishFlow() = default;

void AgendaPublishFlow::retranslate()
{
    m_action->setText(tr("Publish Agenda to &Calendar…"));
    m_action->setStatusTip(tr("Keep your bookmarked sessions in a CalDAV calendar (Nextcloud, "
                              "Radicale, Fastmail, iCloud, …) and on every device"));
}

void AgendaPublishFlow::setLanguage(Language language)
{
    m_language = language;
    m_publisher->setLanguage(language);
    retranslate();
}

void AgendaPublishFlow::setConference(const QString &conference, const QString &title)
{
    m_title = title;
    if (conference == m_conference)
        return;
    m_conference = conference;
    m_scheduler->setConference(conference);
    m_action->setEnabled(!conference.isEmpty());
    // Whatever changed while the window was closed (another device's bookmarks,
    // the command line) is sent once the password is known.
    if (m_store.account(conference))
        scheduleWithPassword(false);
}

void AgendaPublishFlow::agendaChanged(const QString &conference)
{
    if (conference != m_conference || conference.isEmpty())
        return;
    writeFile();
    if (m_store.account(conference))
        scheduleWithPassword(false);
}

void AgendaPublishFlow::writeFile()
{
    const Preferences preferences;
    const QString path = preferences.agendaFile(m_conference);
    if (path.isEmpty())
        return;
    if (const std::optional<QString> error
        = AgendaFileMirror(m_database)
              .write(m_conference, path, m_language, preferences.agendaFileWithNotes(m_conference)))
        emit statusMessage(*error);
}

void AgendaPublishFlow::scheduleWithPassword(bool now)
{
    const std::optional<CalDavAccount> account = m_store.account(m_conference);
    if (!account)
        return;
    const QString key = PasswordKeyring::entryKey(account->server, account->user);
    const auto go = [this, now, key, account](const QString &password) {
        m_passwords.insert(key, password);
        m_client->setCredentials(account->user, password);
        if (now)
            m_scheduler->publishNow();
        else
            m_scheduler->changed();
    };
    if (m_passwords.contains(key))
        return go(m_passwords.value(key));
    if (m_asking)
        return;
    m_asking = true;
    const auto answer = [this, go, account, key](std::optional<QString> kept) {
        if (!kept) {
            // No keyring, or nothing in it, or a password refused: asked once for
            // this run of the window, and kept in the keyring where there is one.
            kept = m_prompt ? m_prompt(*account) : [&]() -> std::optional<QString> {
                bool ok = false;
                const QString typed
                    = QInputDialog::getText(m_window, tr("Publish Agenda to Calendar"),
                        tr("Password for %1 at %2:").arg(account->user, account->server.host()),
                        QLineEdit::Password, QString(), &ok);
                return ok ? std::optional<QString>(typed) : std::nullopt;
            }();
            if (kept)
                m_keyring->write(key, *kept, [](const QString &) {});
        }
        m_asking = false;
        if (kept)
            go(*kept);
    };
    if (m_askUser) {
        m_askUser = false;
        return answer(std::nullopt);
    }
    m_keyring->read(key, answer);
}

void AgendaPublishFlow::openDialog()
{
    if (m_conference.isEmpty())
        return;
    const std::optional<CalDavAccount> current = m_store.account(m_conference);
    PublishAgendaDialog dialog(*m_client, m_title, current, m_window);
    const Preferences preferences;
    dialog.setFile(
        preferences.agendaFile(m_conference), !preferences.agendaFile(m_conference).isEmpty());
    const int result = m_runDialog ? m_runDialog(dialog) : dialog.exec();
    if (result == QDialog::Accepted)
        applyDialog(dialog);
}

void AgendaPublishFlow::applyDialog(PublishAgendaDialog &dialog)
{
    Preferences().setAgendaFile(m_conference, dialog.file(), dialog.withNotes());
    writeFile();
    if (dialog.stopRequested()) {
        m_scheduler->stop();
        m_store.removeAccount(m_conference);
        emit statusMessage(tr("%1 is no longer published to a calendar").arg(m_title));
        return;
    }
    if (!dialog.calendar().isValid() && dialog.calendarHome().isEmpty())
        return; // the file only
    const QString key = PasswordKeyring::entryKey(dialog.server(), dialog.user());
    const QString password
        = dialog.password().isEmpty() ? m_passwords.value(key) : dialog.password();
    m_passwords.insert(key, password);
    m_client->setCredentials(dialog.user(), password);
    if (!dialog.password().isEmpty()) {
        m_keyring->write(key, password, [this](const QString &error) {
            if (!error.isEmpty()) // asked again at the next start
                emit statusMessage(error);
        });
    }
    CalDavAccount account { m_conference, dialog.server(), dialog.user(), dialog.calendar(),
        dialog.calendarName(), dialog.withNotes() };
    const auto store = [this](const CalDavAccount &chosen) {
        if (const StoreStatus saved = m_store.setAccount(chosen); !saved.ok())
            return emit statusMessage(saved.error);
        emit statusMessage(tr("Publishing to %1…").arg(chosen.calendarName));
        scheduleWithPassword(true);
    };
    if (account.calendar.isValid())
        return store(account);
    // A calendar of its own for the conference, named after it.
    account.calendar = dialog.calendarHome().resolved(QUrl(slugify(m_conference) + u'/'));
    m_client->makeCalendar(
        account.calendar, account.calendarName, [this, account, store](const CalDavReply &reply) {
            if (!reply.ok())
                return emit statusMessage(
                    tr("Cannot make the calendar “%1”: %2").arg(account.calendarName, reply.error));
            store(account);
        });
}

} // namespace planner
