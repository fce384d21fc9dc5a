#include "terminalpassword.h"

#include "commandline.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace planner {

namespace {

// A line of standard input; from a terminal, without echoing what is typed.
QString readLine(bool terminal)
{
    termios before {};
    const bool hidden = terminal && tcgetattr(STDIN_FILENO, &before) == 0;
    if (hidden) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (hidden) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
        std::fputc('\n', stderr); // the Enter that was not echoed
    }
    return line;
}

} // namespace

std::optional<QString> TerminalPassword::read(
    const QString &passwordFile, const QString &prompt, QTextStream &err)
{
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            CommandLine::failure(
                err, tr("cannot read %1: %2").arg(passwordFile, file.errorString()));
            return std::nullopt;
        }
        return QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    }
    const bool terminal = isatty(STDIN_FILENO);
    if (terminal) {
        err << prompt;
        err.flush();
    }
    const QString line = readLine(terminal);
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

} // namespace planner
