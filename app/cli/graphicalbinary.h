#pragma once

#include <QCoreApplication>
#include <QString>

namespace planner {

// conference-planner-gui, the binary with the window and exports: they need QtGui
// and QtWidgets, whose loading (some fifty libraries, every symbol bound at once)
// would make every other command start about twice as slowly. `conference-planner`
// runs the other commands (in conference-planner-commands) and hands these over by
// replacing its process with that binary: same process, same arguments.
class GraphicalBinary
{
    Q_DECLARE_TR_FUNCTIONS(planner::GraphicalBinary)

public:
    // Where ProgramFolder finds it; empty when it is not there.
    static QString path();
    // Returns only on failure, with the message to show.
    static QString exec(char *argv[]);
};

} // namespace planner
