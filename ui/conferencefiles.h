#pragma once

#include "language.h"

#include <QObject>

class QWidget;

namespace planner {

class Database;
struct ImportOutcome;

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
    // Imports each file in turn (from the command line or a drop); how many succeeded.
    int importFiles(const QStringList &paths);
    void exportAgenda(const QString &conferenceKey);
    // Asks first; the user's notes and bookmarks are kept unless they say otherwise.
    void deleteConference(const QString &conferenceKey);

signals:
    void conferenceImported(const QString &conferenceKey);
    void conferenceDeleted(const QString &conferenceKey);

private:
    ImportOutcome runImport(const QString &path, bool allowLargeRemovals);
    bool confirmLargeRemoval(const QString &path, const ImportOutcome &outcome);

    Database &m_database;
    QWidget *m_window;
    Language m_language = Language::English;
};

} // namespace planner
