#include "agendafilemirror.h"

#include "agendabuilder.h"
#include "exportfile.h"
#include "icswriter.h"
#include "preferences.h"

namespace planner {

AgendaFileMirror::AgendaFileMirror(Database &database)
    : m_database(database)
{
}

std::optional<QString> AgendaFileMirror::write(
    const QString &conference, const QString &path, Language language, bool withNotes) const
{
    ExportOptions options;
    options.language = language;
    options.withNotes = withNotes;
    options.reminderMinutes = Preferences().reminderMinutes(); // alarms, as in the export
    return ExportFile::write(
        path, IcsWriter(options).write(AgendaBuilder(m_database).build(conference)));
}

} // namespace planner
