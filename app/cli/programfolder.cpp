#include "programfolder.h"

#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <unistd.h>

namespace planner {

bool ProgramFolder::find(const char *fileName, int mode, char (&path)[pathSize])
{
    // The binary itself, symbolic links followed, rather than argv[0], which a
    // shell may have found through PATH.
    char binary[pathSize];
    const ssize_t size = readlink("/proc/self/exe", binary, sizeof binary - 1);
    if (size <= 0)
        return false;
    binary[size] = '\0';
    char *slash = std::strrchr(binary, '/');
    if (!slash)
        return false;
    *slash = '\0';
    for (const char *folder : { "", "/" PLANNER_LIBEXEC_DIR }) {
        const int length = std::snprintf(path, sizeof path, "%s%s/%s", binary, folder, fileName);
        if (length > 0 && length < pathSize && access(path, mode) == 0)
            return true;
    }
    return false;
}

} // namespace planner
