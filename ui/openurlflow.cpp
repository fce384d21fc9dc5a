#include "openurlflow.h"

#include "backgroundimport.h"
#include "changesdialog.h"
#include "conferencefiles.h"
#include "openurldialog.h"
#include "programmefetch.h"
#include "programmesourcestore.h"
#include "programmestore.h"
#include "sessionchangestore.h"

#include "preferences.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

namespace planner {

OpenUrlFlow::OpenUrlFlow(Database &database, ConferenceFiles *files, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_files(files)
    , m_window(window)
    , m_fetch(new ProgrammeFetch(this))
    , m_open(new QAction(window))
    , m_refresh(new QAction(window))
    , m_changes(new QAction(window))
    , m_timer(new QTimer(this))
    , m_passwords(new ProgrammePasswords(window))
{
    createAutomaticMenu(window);
    connect(m_timer, &QTimer::timeout, this,
        [this] { refreshIfRunning(QDateTime::currentDateTimeUtc()); });
    m_open->setObjectName(QStringLiteral("openUrl"));
    m_open->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_refresh->setObjectName(QStringLiteral("refreshProgramme"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_open, &QAction::triggered, this, &OpenUrlFlow::openInteractively);
    connect(m_refresh, &QAction::triggered, this, [this] { refresh(m_conferenceKey); });
    m_changes->setObjectName(QStringLiteral("programmeChanges"));
    connect(m_changes, &QAction::triggered, this, [this] { showChanges(m_conferenceKey); });
    applyAutomaticChoice();
    connect(m_fetch, &ProgrammeFetch::progress, this, &OpenUrlFlow::showProgress);
    connect(m_fetch, &ProgrammeFetch::choiceNeeded, this, &OpenUrlFlow::choose);
    connect(m_fetch, &ProgrammeFetch::finished, this, &OpenUrlFlow::fetched);
    retranslate();
}

void OpenUrlFlow::createAutomaticMenu(QWidget *window)
{
    m_automaticMenu = new QMenu(window);
    m_automaticMenu->setObjectName(QStringLiteral("automaticRefresh"));
    const Preferences preferences;
    m_onStart = m_automaticMenu->addAction(QString());
    m_onStart->setObjectName(QStringLiteral("refreshOnStart"));
    m_onStart->setCheckable(true);
    m_onStart->setChecked(preferences.refreshOnStart());
    connect(
        m_onStart, &QAction::toggled, this, [](bool on) { Preferences().setRefreshOnStart(on); });
    m_automaticMenu->addSeparator();
    m_intervals = new QActionGroup(this);
    const int chosen = preferences.refreshMinutes();
    for (const int minutes : { 0, 15, 30, 60 }) {
        QAction *choice = m_intervals->addAction(QString());
        choice->setCheckable(true);
        choice->setData(minutes);
        choice->setChecked(minutes == chosen);
        m_automaticMenu->addAction(choice);
    }
    connect(m_intervals, &QActionGroup::triggered, this, [this](QAction *choice) {
        Preferences().setRefreshMinutes(choice->data().toInt());
        applyAutomaticChoice();
    });
}

void OpenUrlFlow::applyAutomaticChoice()
{
    const int minutes = Preferences().refreshMinutes();
    if (minutes <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(std::chrono::minutes(minutes));
}

void OpenUrlFlow::setConferenceKey(const QString &key)
{
    m_conferenceKey = key;
    if (m_startRefreshDone || key.isEmpty())
        return;
    m_startRefreshDone = true;
    if (Preferences().refreshOnStart() && ProgrammeSourceStore(m_database).source(key))
        QTimer::singleShot(0, this, [this] { refresh(m_conferenceKey, Mode::Quietly); });
}

bool OpenUrlFlow::isRunning(const Conference &conference, const QDateTime &now)
{
    if (!conference.startDate.isValid())
        return false;
    const QDate today = now.toTimeZone(conference.zone()).date();
    const QDate last = conference.endDate.isValid() ? conference.endDate : conference.startDate;
    return today >= conference.startDate.addDays(-1) && today <= last;
}

void OpenUrlFlow::refreshIfRunning(const QDateTime &now)
{
    const std::optional<Conference> conference
        = ProgrammeStore(m_database).conference(m_conferenceKey);
    if (!conference || !isRunning(*conference, now)
        || !ProgrammeSourceStore(m_database).source(m_conferenceKey))
        return;
    refresh(m_conferenceKey, Mode::Quietly);
}

void OpenUrlFlow::retranslate()
{
    m_open->setText(tr("Open &URL…"));
    m_open->setToolTip(tr("Import a programme from its web address, or from the page of "
                          "the conference that links to it (Ctrl+Shift+O)"));
    m_refresh->setText(tr("&Refresh Programme"));
    m_refresh->setToolTip(tr("Download the programme again from the address it came from; "
                             "your bookmarks and notes are kept (F5)"));
    m_automaticMenu->setTitle(tr("Refresh &Automatically"));
    m_onStart->setText(tr("When the Planner &Opens"));
    const QList<QAction *> intervals = m_intervals->actions();
    intervals.at(0)->setText(tr("&Never While It Runs"));
    intervals.at(1)->setText(tr("Every &15 Minutes While the Conference Runs"));
    intervals.at(2)->setText(tr("Every &30 Minutes While the Conference Runs"));
    intervals.at(3)->setText(tr("Every &Hour While the Conference Runs"));
    m_changes->setText(tr("Programme &Changes…"));
    m_changes->setToolTip(tr("Sessions that are new, moved, changed or cancelled since you "
                             "last looked, with what they were"));
}

bool OpenUrlFlow::isBusy() const
{
    return m_fetch->isRunning() || !m_progress.isNull() || m_askingPassword;
}

ChangesDialog *OpenUrlFlow::changesDialog() const
{
    return m_changesDialog.data();
}

QProgressDialog *OpenUrlFlow::progressDialog() const
{
    return m_progress.data();
}

void OpenUrlFlow::openInteractively()
{
    OpenUrlDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        open(dialog.url());
}

void OpenUrlFlow::open(const QUrl &url)
{
    if (isBusy())
        return;
    m_asked = url;
    m_given.reset();
    startFetch(url, {}, Mode::Asking, false);
}

void OpenUrlFlow::refresh(const QString &conferenceKey, Mode mode)
{
    if (isBusy() || conferenceKey.isEmpty())
        return;
    const std::optional<ProgrammeSource> source
        = ProgrammeSourceStore(m_database).source(conferenceKey);
    if (!source) {
        showStatus(tr("This programme was not opened from a web address; File ▸ Open URL… "
                      "opens one that can be refreshed."));
        return;
    }
    m_asked = source->url;
    m_given.reset();
    startFetch(source->url, { source->etag, source->lastModified }, mode, true);
}

void OpenUrlFlow::startFetch(
    const QUrl &url, const DownloadValidators &validators, Mode mode, bool refreshing)
{
    m_mode = mode;
    m_fetched = url;
    m_validators = validators;
    m_refreshing = refreshing;
    m_open->setEnabled(false);
    m_refresh->setEnabled(false);
    // A refresh's address is a programme's: a page there now is an error.
    const auto pages = refreshing ? ProgrammeFetch::Pages::Refuse : ProgrammeFetch::Pages::Follow;
    if (mode == Mode::Quietly) { // the status bar says when it is done
        m_fetch->start(url, validators, pages);
        return;
    }
    m_progress = new QProgressDialog(
        tr("Downloading %1…").arg(ProgrammeDownload::withoutCredentials(url).toDisplayString()),
        tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_fetch, &ProgrammeFetch::cancel);
    m_fetch->start(url, validators, pages);
}

void OpenUrlFlow::showProgress(qint64 received, qint64 total)
{
    if (!m_progress)
        return;
    // In kilobytes: the bar's range is an int.
    if (total > 0 && m_progress->maximum() != int(total / 1024))
        m_progress->setMaximum(int(total / 1024));
    m_progress->setValue(int(received / 1024));
}

void OpenUrlFlow::choose(const QList<ProgrammeLink> &links)
{
    if (m_progress)
        m_progress->hide();
    QStringList items;
    for (const ProgrammeLink &link : links) {
        const QString address = link.url.toDisplayString();
        items.append(link.title.isEmpty()
                ? address
                : tr("%1 — %2", "a programme's title, then its address").arg(link.title, address));
    }
    bool chosen = false;
    const QString item = QInputDialog::getItem(m_window, tr("Choose a Programme"),
        tr("%1 links to several programmes. Which one do you want?").arg(m_asked.toDisplayString()),
        items, 0, false, &chosen);
    if (!chosen) {
        closeProgress();
        showStatus(tr("Nothing was opened."));
        emit done();
        return;
    }
    if (m_progress)
        m_progress->show();
    m_fetch->choose(links.at(items.indexOf(item)));
}

void OpenUrlFlow::fetched(const DownloadResult &result)
{
    closeProgress();
    switch (result.status) {
    case DownloadResult::Status::Cancelled:
        showStatus(tr("Download cancelled; nothing was changed."));
        break;
    case DownloadResult::Status::NotModified:
        if (m_given)
            m_passwords->accepted(*m_given);
        showStatus(tr("The programme has not changed since it was downloaded."));
        break;
    case DownloadResult::Status::Failed:
        if (result.needsPassword) {
            askPassword(result);
            return; // done() when it is over
        }
        failed(result);
        break;
    case DownloadResult::Status::Downloaded:
        if (m_given)
            m_passwords->accepted(*m_given);
        if (m_files->importSource(ImportSource::downloaded(result, m_fetch->programmeUrl()),
                m_mode == Mode::Quietly ? ConferenceFiles::Interaction::Quietly
                                        : ConferenceFiles::Interaction::Asking))
            tellChanges();
        break;
    }
    emit done();
}

void OpenUrlFlow::failed(const DownloadResult &result)
{
    if (m_mode == Mode::Quietly) {
        showStatus(result.needsPassword
                ? tr("The programme could not be refreshed: %1. View ▸ Refresh Programme (F5) "
                     "asks for them.")
                      .arg(result.error)
                : tr("The programme could not be refreshed; nothing was changed. %1")
                      .arg(result.error));
        return;
    }
    QMessageBox::warning(m_window, tr("Download Failed"),
        tr("The programme could not be downloaded. Nothing stored was changed.\n\n%1")
            .arg(result.error));
}

void OpenUrlFlow::askPassword(const DownloadResult &result)
{
    m_askingPassword = true;
    m_passwords->find(result, m_mode == Mode::Asking,
        [this, result](std::optional<ProgrammePasswords::Credentials> given) {
            m_askingPassword = false;
            if (!given) {
                // Cancelled in the dialog: nothing to say but that; else why.
                if (m_mode == Mode::Asking)
                    showStatus(tr("Nothing was downloaded: %1.").arg(result.error));
                else
                    failed(result);
                emit done();
                return;
            }
            m_given = given;
            m_fetch->setCredentials(given->host, given->user, given->password);
            startFetch(m_fetched, m_validators, m_mode, m_refreshing);
        });
}

void OpenUrlFlow::tellChanges()
{
    const int changed = int(SessionChangeStore(m_database).changes(m_conferenceKey).size());
    if (changed > 0)
        showStatus(tr(
            "%n session(s) changed since you last looked: View ▸ Programme Changes.", "", changed));
}

void OpenUrlFlow::showChanges(const QString &conferenceKey)
{
    if (conferenceKey.isEmpty())
        return;
    ChangesDialog dialog(m_database, conferenceKey, m_language, m_window);
    m_changesDialog = &dialog;
    connect(&dialog, &ChangesDialog::sessionChosen, this, &OpenUrlFlow::sessionChosen);
    connect(&dialog, &ChangesDialog::markedSeen, this, &OpenUrlFlow::changesSeen);
    dialog.exec();
}

void OpenUrlFlow::closeProgress()
{
    if (m_progress)
        m_progress->close();
    m_progress = nullptr;
    m_open->setEnabled(true);
    m_refresh->setEnabled(true);
}

void OpenUrlFlow::showStatus(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(message, 15000);
}

} // namespace planner
