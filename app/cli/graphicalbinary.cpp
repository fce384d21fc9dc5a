#include "graphicalbinary.h"

#include "commandline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace planner {

bool GraphicalBinary::runs(const QStringList &arguments)
{
    const QString command = CommandLine::commandWord(arguments);
    return command.isEmpty() || command == QLatin1String("export")
        || command == QLatin1String("publish");
}

QString GraphicalBinary::path()
{
    // The binary itself, symbolic links followed, rather than argv[0], which a
    // shell may have found through PATH.
    const QString binary = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (binary.isEmpty())
        return {};
    const QDir folder = QFileInfo(binary).dir();
    for (const QString &candidate : { folder.filePath(QLatin1String(fileName)),
             folder.filePath(QStringLiteral(PLANNER_LIBEXEC_DIR "/") + QLatin1String(fileName)) }) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

QString GraphicalBinary::exec(char *argv[])
{
    const QString binary = path();
    if (binary.isEmpty())
        return tr("%1 is missing: reinstall the planner").arg(QLatin1String(fileName));
    execv(QFile::encodeName(binary).constData(), argv);
    return tr("cannot start %1: %2").arg(binary, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace planner
