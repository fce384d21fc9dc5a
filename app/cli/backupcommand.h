#pragma once

#include "language.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace planner {

class Database;

// `conference-planner backup` and `restore`: the user's notes, bookmarks,
// annotations and planned times to a JSON file and back, merged into
// whatever the database holds.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::BackupCommand)

public:
    BackupCommand(Database &database, Language language, QTextStream &out, QTextStream &err);

    // Writes to `output`, or the document to stdout when it is empty. One of
    // CommandLine::ExitCode.
    int backUp(const QString &output, const QStringList &extra);
    // `arguments` holds the one file to restore.
    int restore(const QStringList &arguments, bool overwriteNewer);

private:
    Database &m_database;
    Language m_language;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace planner
