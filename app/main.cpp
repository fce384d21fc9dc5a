#include "commandwords.h"
#include "programfolder.h"

#include <cstdio>
#include <dlfcn.h>
#include <unistd.h>

// conference-planner loads no library of Qt itself. The window (and exports) is
// conference-planner-gui, which it becomes by exec(); the other commands are in
// conference-planner-commands, a library it loads. Either way the process loads
// and binds Qt once: the window does not wait for a QtCore of this binary's
// own to be bound first, and a command loads the same libraries as before. Only libc: no C++
// library either.
int main(int argc, char *argv[])
{
    using planner::CommandWords;
    using planner::ProgramFolder;
    char path[ProgramFolder::pathSize];
    if (CommandWords::wantsGraphicalBinary(argc, argv)) {
        if (ProgramFolder::find(ProgramFolder::graphicalBinary, X_OK, path))
            execv(path, argv);
        // Not there, or not started: the commands' library tells the user why,
        // in their language.
    }
    using Main = int (*)(int, char *[]);
    Main run = nullptr;
    const char *problem = nullptr; // the loader's, once the library is found
    // Publishing loads Qt Network and the keyring's libraries, which no other
    // command needs: it has a library of its own.
    const char *const library = CommandWords::wantsPublishLibrary(argc, argv)
        ? ProgramFolder::publishLibrary
        : ProgramFolder::commandsLibrary;
    if (ProgramFolder::find(library, R_OK, path)) {
        void *commands = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (commands)
            run = reinterpret_cast<Main>(dlsym(commands, ProgramFolder::commandsEntry));
        if (!run)
            problem = dlerror();
    }
    if (!run) {
        // A broken installation, reported before any translation can be loaded.
        if (problem)
            std::fprintf(stderr, "conference-planner: %s: reinstall the planner\n", problem);
        else
            std::fprintf(
                stderr, "conference-planner: %s is missing: reinstall the planner\n", library);
        return 1;
    }
    return run(argc, argv);
}
