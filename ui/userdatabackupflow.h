#pragma once

#include "language.h"
#include "userdatabackup.h"

#include <QObject>
#include <functional>

class QWidget;

namespace planner {

class UserDataService;

// File ▸ Back Up / Restore Notes and Bookmarks: asks for the file, writes or
// merges the backup, asks what to do about notes changed here after the
// backup was made, and shows what was done. The restore goes through the
// UserDataService, whose `restored` signal tells the window to read again.
class UserDataBackupFlow : public QObject
{
    Q_OBJECT

public:
    enum ConflictChoice { KeepMine, UseBackups };
    // Answers the conflict question; the default one asks with a message box.
    using ConflictChooser = std::function<ConflictChoice(const QList<RestoreConflict> &)>;
    // Picks the file to write (`save`) or read; an empty path cancels. The default
    // one shows a file dialog.
    using FileChooser = std::function<QString(bool save)>;

    UserDataBackupFlow(UserDataService &userData, QWidget *window);

    void setLanguage(Language language) { m_language = language; }
    void setConflictChooser(ConflictChooser chooser) { m_chooseConflict = std::move(chooser); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Asks for a file, then backs up to it.
    void backUpInteractively();
    // True when the whole backup was written; the summary or error goes to a message box.
    bool backUpTo(const QString &path);
    // Asks for a file, then restores from it.
    void restoreInteractively();
    // True when the backup was merged; nothing is changed otherwise.
    bool restoreFrom(const QString &path);

private:
    QString askForFile(bool save) const;
    ConflictChoice askAboutConflicts(const QList<RestoreConflict> &conflicts) const;
    void showSummary(const QString &objectName, const QString &title, const QString &text) const;

    UserDataService &m_userData;
    QWidget *m_window;
    Language m_language = Language::English;
    ConflictChooser m_chooseConflict;
    FileChooser m_chooseFile;
};

} // namespace planner
