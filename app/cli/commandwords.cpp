#include "commandwords.h"

#include <cstring>
#include <iterator>
#include <unistd.h>

namespace planner {

namespace {

bool isOneOf(const char *word, const char *const *list, int count)
{
    for (int i = 0; i < count; ++i) {
        if (std::strcmp(word, list[i]) == 0)
            return true;
    }
    return false;
}

} // namespace

bool CommandWords::isCommand(int argc, const char *const argv[])
{
    static constexpr const char *optionsWithValue[]
        = { "--database", "--conference", "--search", "--at", "--file", "--language", "-o",
              "--output", "--format", "--url", "--user", "--password-file" };
    static constexpr const char *versionOrHelp[] = { "--help", "-h", "--version", "-v" };
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (isOneOf(argument, versionOrHelp, int(std::size(versionOrHelp))))
            return true;
        if (isOneOf(argument, optionsWithValue, int(std::size(optionsWithValue)))) {
            ++i; // its value is no command
            continue;
        }
        // A first word that is no command and no file is a mistyped command,
        // which deserves a message rather than a window.
        if (argument[0] != '-')
            return isOneOf(argument, names, int(std::size(names))) || access(argument, F_OK) != 0;
    }
    return false;
}

bool CommandWords::wantsGraphicalBinary(int argc, const char *const argv[])
{
    if (!isCommand(argc, argv))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}

bool CommandWords::wantsPublishLibrary(int argc, const char *const argv[])
{
    if (!isCommand(argc, argv))
        return false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "publish") == 0)
            return true;
    }
    return false;
}

} // namespace planner
