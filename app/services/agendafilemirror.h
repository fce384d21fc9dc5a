#pragma once

#include "language.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace planner {

class Database;

// Keeps an .ics file up to date with a conference's agenda, for calendars that
// subscribe to a file in a synced folder: the ICS export, written whole again
// (QSaveFile) after each change, so a reader never finds half a file.
class AgendaFileMirror
{
    Q_DECLARE_TR_FUNCTIONS(planner::AgendaFileMirror)

public:
    explicit AgendaFileMirror(Database &database);

    // The bookmarked sessions of `conference` to `path`; a message naming the
    // file when it could not be written.
    std::optional<QString> write(
        const QString &conference, const QString &path, Language language, bool withNotes) const;

private:
    Database &m_database;
};

} // namespace planner
