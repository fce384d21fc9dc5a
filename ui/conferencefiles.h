#pragma once

#include "backgroundimport.h"
#include "language.h"

#include <QObject>

class QWidget;

namespace planner {

class Database;

// The window's dealings with files and whole conferences: importing a programme
// (with progress and a summary of what changed for the user), exporting the
// agenda, deleting a conference. Each asks and reports through dialogs parented
// to the window.
class ConferenceFiles : public QObject
{
    Q_OBJECT

public:
    ConferenceFiles(Database &database, QWidget *window);

    void setLanguage(Language language) { m_language = language; }

    // Asks for a file, then imports it.
    void importInteractively();
    // Imports `path`; true on success. Errors and the summary go to message boxes;
    // an update that would remove most of a conference's sessions asks first.
    bool importFile(const QString &path);
    // Asking: progress with Cancel, questions and the summary in dialogs.
    // Quietly (an automatic refresh): no dialog; the outcome in the status bar,
    // and an update that would remove most of the programme is not made.
    enum class Interaction { Asking, Quietly };
    // Imports a file or a programme downloaded from the web (OpenUrlFlow), on
    // another thread while the window goes on; the one way the window imports.
    // True on success.
    bool importSource(const ImportSource &source, Interaction interaction = Interaction::Asking);
    // Imports each file in turn (from the command line or a drop); how many succeeded.
    int importFiles(const QStringList &paths);
    void exportAgenda(const QString &conferenceKey);
    // Asks first; the user's notes and bookmarks are kept unless they say otherwise.
    void deleteConference(const QString &conferenceKey);

signals:
    void conferenceImported(const QString &conferenceKey);
    // Before conferenceImported, with what the import did (to the bookmarks, too).
    void programmeImported(const planner::ImportSource &source, const planner::ImportOutcome &outcome);
    void conferenceDeleted(const QString &conferenceKey);

private:
    ImportOutcome runImport(
        const ImportSource &source, bool allowLargeRemovals, Interaction interaction);
    void showStatus(const QString &message);
    bool confirmLargeRemoval(const QString &path, const ImportOutcome &outcome);

    Database &m_database;
    QWidget *m_window;
    Language m_language = Language::English;
};

} // namespace planner
