#pragma once

namespace planner {

// Runs the planner window: the QApplication, the database, the main window.
int guiMain(int argc, char *argv[]);

} // namespace planner
