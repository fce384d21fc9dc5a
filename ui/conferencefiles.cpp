#include "conferencefiles.h"

#include "backgroundimport.h"
#include "database.h"
#include "exportdialog.h"
#include "exportnotice.h"
#include "importer.h"
#include "importsummary.h"
#include "preferences.h"
#include "programmestore.h"
#include "searchindexcache.h"

#include <QCheckBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

#include <limits>

namespace planner {

ConferenceFiles::ConferenceFiles(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
}

void ConferenceFiles::importInteractively()
{
    Preferences preferences;
    const QString folder = preferences.folder(Preferences::Folder::Import);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Programme"), folder,
        tr("Conference programmes (*.xml *.json *.ics *.ical *.md *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    preferences.setFolder(Preferences::Folder::Import, QFileInfo(path).absolutePath());
    importFile(path);
}

ImportOutcome ConferenceFiles::runImport(
    const ImportSource &source, bool allowLargeRemovals, Interaction interaction)
{
    const QString name
        = source.isDownload() ? source.name() : QFileInfo(source.path).fileName();
    QProgressDialog progress(tr("Importing %1…").arg(name), tr("Cancel"), 0, 100, m_window);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    if (interaction == Interaction::Quietly)
        progress.setMinimumDuration(std::numeric_limits<int>::max());
    // The import runs on another thread; this one goes on drawing the window.
    BackgroundImport import(m_database.path());
    QEventLoop loop;
    connect(&import, &BackgroundImport::progress, &progress, &QProgressDialog::setValue);
    connect(&progress, &QProgressDialog::canceled, &import, &BackgroundImport::cancel);
    connect(&import, &BackgroundImport::finished, &loop, &QEventLoop::quit);
    import.start(source, allowLargeRemovals);
    loop.exec();
    progress.reset();
    return import.outcome();
}

bool ConferenceFiles::confirmLargeRemoval(const QString &path, const ImportOutcome &outcome)
{
    QMessageBox box(QMessageBox::Warning, tr("Remove Most of the Programme?"),
        ImportSummary(m_language, outcome.conference)
            .heldBackText(path, outcome.heldBackRemovals, outcome.sessionsBefore),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("confirmLargeRemoval"));
    box.setInformativeText(tr("The file may hold only part of the programme, such as an agenda "
                              "someone exported. Your bookmarks and notes are kept either way."));
    QPushButton *keep = box.addButton(tr("Keep the Programme"), QMessageBox::RejectRole);
    box.addButton(tr("Update Anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() != keep;
}

bool ConferenceFiles::importFile(const QString &path)
{
    return importSource(ImportSource::file(path));
}

void ConferenceFiles::showStatus(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(message, 30000);
}

bool ConferenceFiles::importSource(const ImportSource &source, Interaction interaction)
{
    ImportOutcome outcome = runImport(source, false, interaction);
    const bool quietly = interaction == Interaction::Quietly;
    if (outcome.needsConfirmation() && quietly) {
        showStatus(ImportSummary(m_language, outcome.conference)
                       .heldBackText(source.name(), outcome.heldBackRemovals,
                           outcome.sessionsBefore));
        return false;
    }
    if (outcome.needsConfirmation()) {
        if (!confirmLargeRemoval(source.name(), outcome))
            return false;
        outcome = runImport(source, true, interaction);
    }
    if (outcome.cancelled)
        return false;
    if (quietly) {
        if (outcome.ok()) {
            emit programmeImported(source, outcome);
            emit conferenceImported(outcome.conference.key);
        }
        showStatus(outcome.ok()
                ? tr("Programme updated from %1.").arg(source.name())
                : tr("The programme could not be updated; nothing was changed. %1")
                      .arg(outcome.errorMessage()));
        return outcome.ok();
    }
    if (!outcome.ok()) {
        QMessageBox::warning(m_window, tr("Import Failed"),
            tr("The programme could not be imported. Nothing stored was changed.\n\n%1")
                .arg(outcome.errorMessage()));
        return false;
    }
    const QString summary = ImportSummary(m_language, outcome.conference).text(outcome)
        + ImportSummary::warningsText(outcome.warnings);
    QMessageBox box(QMessageBox::Information, tr("Import Finished"), summary.trimmed(),
        QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("importSummary"));
    emit programmeImported(source, outcome);
    emit conferenceImported(outcome.conference.key);
    box.exec();
    return true;
}

int ConferenceFiles::importFiles(const QStringList &paths)
{
    int imported = 0;
    for (const QString &path : paths)
        imported += importFile(path) ? 1 : 0;
    return imported;
}

void ConferenceFiles::exportAgenda(const QString &conferenceKey)
{
    ExportDialog dialog(m_database, conferenceKey, m_language, m_window);
    connect(&dialog, &ExportDialog::exported, this,
        [this](const QString &path, const QString &summary) {
            if (auto *window = qobject_cast<QMainWindow *>(m_window))
                ExportNotice::show(window->statusBar(), path, summary);
        });
    dialog.exec();
}

void ConferenceFiles::deleteConference(const QString &conferenceKey)
{
    ProgrammeStore store(m_database);
    const std::optional<Conference> conference = store.conference(conferenceKey);
    if (!conference)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Conference"),
        tr("Delete “%1” and its programme from this computer?")
            .arg(conference->title.text(m_language)),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.button(QMessageBox::Yes)->setText(tr("Delete Conference")); // says what it does
    box.setDefaultButton(QMessageBox::Cancel);
    auto *forget
        = new QCheckBox(tr("Also delete my bookmarks, notes and annotations for it"), &box);
    box.setCheckBox(forget);
    box.setInformativeText(
        tr("Your notes and bookmarks are kept unless you tick the box: importing "
           "the programme again brings them back."));
    if (box.exec() != QMessageBox::Yes)
        return;
    const StoreStatus status = store.deleteConference(conferenceKey,
        forget->isChecked() ? ProgrammeStore::ForgetUserData : ProgrammeStore::KeepUserData);
    if (!status.ok()) {
        QMessageBox::warning(m_window, tr("Delete Failed"), status.error);
        return;
    }
    SearchIndexCache(conferenceKey).remove(); // what a large programme's search kept of it
    emit conferenceDeleted(conferenceKey);
}

} // namespace planner
