#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QTextStream;

namespace planner {

// A password for a command: the first line of a file the user names, else typed
// at the terminal without being shown, else a line of standard input (a script's
// pipe). Held in memory only.
class TerminalPassword
{
    Q_DECLARE_TR_FUNCTIONS(planner::TerminalPassword)

public:
    // `prompt` is shown on `err` when standard input is a terminal. nullopt, with
    // the reason on `err`, when the file cannot be read or nothing was given.
    static std::optional<QString> read(
        const QString &passwordFile, const QString &prompt, QTextStream &err);
};

} // namespace planner
