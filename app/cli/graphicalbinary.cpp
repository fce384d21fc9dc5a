#include "graphicalbinary.h"

#include "programfolder.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace planner {

QString GraphicalBinary::path()
{
    char found[ProgramFolder::pathSize];
    if (!ProgramFolder::find(ProgramFolder::graphicalBinary, X_OK, found))
        return {};
    return QDir::cleanPath(QFile::decodeName(found));
}

QString GraphicalBinary::exec(char *argv[])
{
    const QString binary = path();
    if (binary.isEmpty())
        return tr("%1 is missing: reinstall the planner")
            .arg(QLatin1String(ProgramFolder::graphicalBinary));
    execv(QFile::encodeName(binary).constData(), argv);
    return tr("cannot start %1: %2").arg(binary, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace planner
