#include "graphicalbinary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace planner {

namespace {

constexpr char fileName[] = "conference-planner-gui";

} // namespace

QString GraphicalBinary::path()
{
    // The binary itself, symbolic links followed, rather than argv[0], which a
    // shell may have found through PATH.
    const QDir folder = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).dir();
    const QString beside = folder.filePath(QLatin1String(fileName));
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString installed = QDir::cleanPath(
        folder.filePath(QStringLiteral(PLANNER_GUI_DIR "/") + QLatin1String(fileName)));
    return QFileInfo(installed).isExecutable() ? installed : QString();
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
