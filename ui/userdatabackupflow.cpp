#include "userdatabackupflow.h"

#include "exportfile.h"
#include "preferences.h"
#include "userdatajson.h"
#include "userdataservice.h"
#include "userdatastore.h"
#include "userdatasummary.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace planner {

namespace {

// A busy cursor for the few moments a large backup takes to read and merge.
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

UserDataBackupFlow::UserDataBackupFlow(UserDataService &userData, QWidget *window)
    : QObject(window)
    , m_userData(userData)
    , m_window(window)
{
}

QString UserDataBackupFlow::askForFile(bool save) const
{
    if (m_chooseFile)
        return m_chooseFile(save);
    Preferences preferences;
    const QString folder = preferences.folder(Preferences::Folder::Backup);
    const QString filter = tr("Notes and bookmarks backups (*.json);;All files (*)");
    const QString path = save
        ? QFileDialog::getSaveFileName(m_window, tr("Back Up My Notes and Bookmarks"),
            QDir(folder).filePath(QStringLiteral("conference-planner-backup-%1.json")
                                      .arg(QDate::currentDate().toString(Qt::ISODate))),
            filter)
        : QFileDialog::getOpenFileName(m_window, tr("Restore Notes and Bookmarks"), folder, filter);
    if (!path.isEmpty())
        preferences.setFolder(Preferences::Folder::Backup, QFileInfo(path).absolutePath());
    return path;
}

void UserDataBackupFlow::backUpInteractively()
{
    const QString path = askForFile(true);
    if (!path.isEmpty())
        backUpTo(path);
}

bool UserDataBackupFlow::backUpTo(const QString &path)
{
    std::optional<QString> error;
    UserDataSnapshot snapshot;
    {
        const BusyCursor busy;
        snapshot = UserDataBackup(m_userData.store().database()).collect();
        error = ExportFile::write(path, UserDataJson::write(snapshot));
    }
    if (error) {
        QMessageBox::warning(m_window, tr("Backup Failed"), *error);
        return false;
    }
    showSummary(QStringLiteral("backupSummary"), tr("Backup Finished"),
        UserDataSummary(m_language).backupText(snapshot, path));
    return true;
}

void UserDataBackupFlow::restoreInteractively()
{
    const QString path = askForFile(false);
    if (!path.isEmpty())
        restoreFrom(path);
}

bool UserDataBackupFlow::restoreFrom(const QString &path)
{
    const UserDataReadResult read = UserDataJson().readFile(path);
    if (!read.ok()) {
        QMessageBox::warning(m_window, tr("Restore Failed"),
            tr("The backup could not be read. Nothing was changed.\n\n%1")
                .arg(read.error->toString()));
        return false;
    }
    // Asked before the restore, so no write waits on the user.
    const QList<RestoreConflict> conflicts
        = UserDataBackup(m_userData.store().database()).conflicts(read.data);
    const ConflictChoice choice = conflicts.isEmpty()
        ? KeepMine
        : (m_chooseConflict ? m_chooseConflict(conflicts) : askAboutConflicts(conflicts));
    RestoreReport report;
    StoreStatus status;
    {
        const BusyCursor busy;
        status = m_userData.restore(read.data,
            choice == UseBackups ? UserDataBackup::OverwriteNewerLocal
                                 : UserDataBackup::KeepNewerLocal,
            &report);
    }
    if (!status.ok()) {
        QMessageBox::warning(
            m_window, tr("Restore Failed"), tr("Nothing was changed.\n\n%1").arg(status.error));
        return false;
    }
    showSummary(QStringLiteral("restoreSummary"), tr("Restore Finished"),
        UserDataSummary(m_language).restoreText(report));
    return true;
}

UserDataBackupFlow::ConflictChoice UserDataBackupFlow::askAboutConflicts(
    const QList<RestoreConflict> &conflicts) const
{
    QMessageBox box(QMessageBox::Question, tr("Newer Notes on This Computer"),
        tr("%n note(s) or annotation(s) were changed on this computer after the backup was "
           "made. Keep the versions on this computer, or use the backup's for all of them?",
            "", int(conflicts.size())),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("restoreConflicts"));
    box.setInformativeText(UserDataSummary(m_language).conflictLines(conflicts).trimmed());
    QPushButton *keep = box.addButton(tr("Keep Mine"), QMessageBox::RejectRole);
    QPushButton *useBackups = box.addButton(tr("Use Backup's"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMine"));
    useBackups->setObjectName(QStringLiteral("useBackups"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == useBackups ? UseBackups : KeepMine;
}

void UserDataBackupFlow::showSummary(
    const QString &objectName, const QString &title, const QString &text) const
{
    QMessageBox box(QMessageBox::Information, title, text.trimmed(), QMessageBox::Ok, m_window);
    box.setObjectName(objectName);
    box.exec();
}

} // namespace planner
