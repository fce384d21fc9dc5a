#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace planner {

// conference-planner-gui, the binary with the window, exports and `publish`: they
// need QtGui and QtWidgets (a PDF is laid out with QtGui) or QtKeychain and Qt DBus,
// whose loading would make every other command start about twice as slowly.
// conference-planner runs the other commands itself and hands these over by
// replacing its process with that binary: same process, same arguments.
class GraphicalBinary
{
    Q_DECLARE_TR_FUNCTIONS(planner::GraphicalBinary)

public:
    static constexpr char fileName[] = "conference-planner-gui";

    // True when `arguments` (argv, program name first) are for that binary.
    static bool runs(const QStringList &arguments);
    // Beside the running binary (a build folder), else where it is installed
    // (PLANNER_LIBEXEC_DIR, relative to the running binary's folder); empty
    // when it is in neither place.
    static QString path();
    // Returns only on failure, with the message to show.
    static QString exec(char *argv[]);
};

} // namespace planner
