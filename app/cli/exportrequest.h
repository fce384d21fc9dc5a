#pragma once

#include <QString>
#include <QStringList>

namespace planner {

// What `conference-planner export` was asked to write, as the command line read it.
struct ExportRequest
{
    QString conferenceKey; // already checked to exist
    QString format; // "ics", "md"...; empty means from the output's suffix
    QString output;
    bool withNotes = false;
    bool all = false; // the whole programme rather than the bookmarks
    QStringList extra; // stray positional arguments, refused
};

} // namespace planner
