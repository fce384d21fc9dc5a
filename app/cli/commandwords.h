#pragma once

namespace planner {

// What the words of a command line ask for, told apart without Qt:
// conference-planner reads them before it loads any library of Qt, to become
// the window's binary or load the commands (see app/main.cpp). CommandLine
// asks the same of its QStringList.
class CommandWords
{
public:
    // Every command, in the order of the help text.
    static constexpr const char *names[] = { "conferences", "sessions", "bookmark", "note",
        "import", "refresh", "export", "backup", "restore", "publish", "zone", "help" };

    // True when `argv` (program name first) asks for a command, help or the
    // version rather than the window.
    static bool isCommand(int argc, const char *const argv[]);
    // True when `argv` is for conference-planner-gui: the window, or an export
    // (a stray "export" word elsewhere only costs that binary's start-up).
    static bool wantsGraphicalBinary(int argc, const char *const argv[]);
    // True when `argv` is a `publish`, which conference-planner-publish runs (the
    // commands' library with Qt Network; a stray "publish" word elsewhere only
    // costs loading it).
    static bool wantsPublishLibrary(int argc, const char *const argv[]);
};

} // namespace planner
