#pragma once

namespace planner {

// Names the application for QSettings and QStandardPaths, the same for the
// window and the command line so both find the same database.
struct ApplicationInfo
{
    static void apply();
};

} // namespace planner
