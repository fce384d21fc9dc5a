#pragma once

#include <QStringList>

namespace planner {

// The schema as a numbered, forward-only list of steps. Step N takes a database
// at PRAGMA user_version N-1 to N. Published steps are never edited: a change is
// a new step at the end.
class Migrations
{
public:
    static int latestVersion();
    // The SQL statements of step `version` (1-based), one statement per entry.
    static QStringList step(int version);
};

} // namespace planner
