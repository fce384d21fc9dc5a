#pragma once

#include "language.h"
#include "programmedownload.h"
#include "programmepasswords.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;
class QActionGroup;
class QMenu;
class QProgressDialog;
class QTimer;
class QWidget;

namespace planner {

class ChangesDialog;
class ConferenceFiles;
class Database;
class ProgrammeFetch;
struct ProgrammeLink;
struct Conference;

// The window's programmes from the web: File ▸ Open URL… (an address, then the
// programme or, from a conference's page, the one chosen) and View ▸ Refresh
// (the current conference's address again, asking the server whether it changed).
// Downloads go on while the window does, with progress and Cancel; what was
// downloaded is imported as a file is (ConferenceFiles::importSource).
class OpenUrlFlow : public QObject
{
    Q_OBJECT

public:
    OpenUrlFlow(Database &database, ConferenceFiles *files, QWidget *window);

    QAction *openAction() const { return m_open; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *changesAction() const { return m_changes; }
    // View ▸ Refresh Automatically: on start, and every so many minutes while the
    // conference runs (Preferences).
    QMenu *automaticMenu() const { return m_automaticMenu; }
    // The conference View ▸ Refresh refreshes.
    // The first one shown is refreshed at once when it came from the web and the
    // user has not turned that off.
    void setConferenceKey(const QString &key);
    void setLanguage(Language language) { m_language = language; }

    void openInteractively();
    void open(const QUrl &url);
    // Quietly: no dialog; what happened goes to the status bar (an automatic refresh).
    enum class Mode { Asking, Quietly };
    void refresh(const QString &conferenceKey, Mode mode = Mode::Asking);
    // What the timer runs: the current conference, if it came from the web and
    // runs at `now`.
    void refreshIfRunning(const QDateTime &now);
    // From the day before the conference's first day to its last, in its zone.
    static bool isRunning(const Conference &conference, const QDateTime &now);
    // What updates changed since the user last looked (ChangesDialog).
    void showChanges(const QString &conferenceKey);
    bool isBusy() const;
    // For tests: the progress of the download in hand, if shown.
    QProgressDialog *progressDialog() const;
    // For tests: the list of changes, while shown.
    ChangesDialog *changesDialog() const;
    // The user names and passwords of programmes behind one.
    ProgrammePasswords *passwords() const { return m_passwords; }

    void retranslate();

signals:
    // A download and its import ended, whatever the outcome.
    void done();
    // Chosen in the list of changes, to be shown.
    void sessionChosen(const QString &sessionKey);
    // Mark All as Seen, in the list of changes.
    void changesSeen();

private:
    void startFetch(
        const QUrl &url, const DownloadValidators &validators, Mode mode, bool refreshing);
    void createAutomaticMenu(QWidget *window);
    void applyAutomaticChoice();
    void showProgress(qint64 received, qint64 total);
    void choose(const QList<ProgrammeLink> &links);
    void fetched(const DownloadResult &result);
    // HTTP 401: the download again with a user name and password, from the
    // keyring or (asking) the user; false when there are none.
    void askPassword(const DownloadResult &result);
    void failed(const DownloadResult &result);
    void showStatus(const QString &message);
    // After an update: how many sessions changed since the user last looked.
    void tellChanges();
    void closeProgress();

    Database &m_database;
    ConferenceFiles *m_files;
    QWidget *m_window;
    ProgrammeFetch *m_fetch;
    QPointer<QProgressDialog> m_progress;
    QPointer<ChangesDialog> m_changesDialog;
    QAction *m_open;
    QAction *m_refresh;
    QAction *m_changes;
    QString m_conferenceKey;
    Mode m_mode = Mode::Asking;
    bool m_startRefreshDone = false;
    QMenu *m_automaticMenu = nullptr;
    QAction *m_onStart = nullptr;
    QActionGroup *m_intervals = nullptr; // data: minutes, 0 for never
    QTimer *m_timer;
    Language m_language = Language::English;
    QUrl m_asked; // as the user gave it, for messages
    ProgrammePasswords *m_passwords;
    // What the download in hand asked, to ask it again with a password.
    QUrl m_fetched;
    DownloadValidators m_validators;
    bool m_refreshing = false;
    bool m_askingPassword = false;
    // Given for the download in hand: kept once the server accepts them.
    std::optional<ProgrammePasswords::Credentials> m_given;
};

} // namespace planner
