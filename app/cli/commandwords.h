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
        "import", "export", "backup", "restore", "help" };

    // True when `argv` (program name first) asks for a command, help or the
    // version rather than the window.
    static bool isCommand(int argc, const char *const argv[]);
    // True when one of the words after the program name is `word`.
    static bool contains(int argc, const char *const argv[], const char *word);
};

} // namespace planner
