#pragma once

#include <climits>

namespace planner {

// Where the program's other files are, found without Qt: beside the running
// binary (a build folder), else where they are installed (PLANNER_LIBEXEC_DIR,
// relative to the binary's folder). conference-planner looks there for the
// window's binary and the commands' library before any library of Qt is loaded.
class ProgramFolder
{
public:
    static constexpr int pathSize = PATH_MAX;
    // The window's (and exports') binary, and the commands' library with the
    // function it is run by (app/commandsmain.cpp).
    static constexpr char graphicalBinary[] = "conference-planner-gui";
    static constexpr char commandsLibrary[] = "conference-planner-commands.so";
    static constexpr char commandsEntry[] = "planner_commands_main";
    // The commands' library with `publish` too, and Qt Network and QtKeychain
    // for it; run by the same entry.
    static constexpr char publishLibrary[] = "conference-planner-publish.so";

    // The path of `fileName` into `path`, when `access()` grants `mode` (X_OK
    // for a binary, R_OK for a library) there; false when it is in neither place.
    static bool find(const char *fileName, int mode, char (&path)[pathSize]);
};

} // namespace planner
