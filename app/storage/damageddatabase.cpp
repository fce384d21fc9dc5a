#include "damageddatabase.h"

#include <QFile>
#include <QFileInfo>

namespace planner {

namespace {

// SQLite keeps a database's recent commits in "-wal" and their index in "-shm";
// the -wal may hold the newest notes, so it travels with the file.
const QStringList companions { QStringLiteral("-wal"), QStringLiteral("-shm") };

QString freeName(const QString &path, const QDateTime &when)
{
    const QString base
        = path + QStringLiteral(".damaged-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    // Two damaged files in one second must not overwrite each other.
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + companions.first()); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

} // namespace

StoreStatus DamagedDatabase::setAside(
    const QString &path, QString *backupPath, const QDateTime &when)
{
    const QString target = freeName(path, when);
    if (!QFile::rename(path, target))
        return StoreStatus::failure(
            tr("cannot move the damaged database %1 aside to %2").arg(path, target));
    for (const QString &suffix : companions) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            return StoreStatus::failure(
                tr("cannot move %1 aside to %2").arg(path + suffix, target + suffix));
    }
    if (backupPath)
        *backupPath = target;
    return StoreStatus::success();
}

} // namespace planner
