#pragma once

#include "storestatus.h"

#include <QCoreApplication>
#include <QDateTime>

namespace planner {

// Moves a database that failed its integrity check out of the way, so the app can
// start afresh while the damaged file stays available for recovery. Nothing is
// ever deleted: the file and its journal companions are renamed, side by side.
class DamagedDatabase
{
    Q_DECLARE_TR_FUNCTIONS(planner::DamagedDatabase)

public:
    // Renames `path` (and its -wal and -shm files) to "<path>.damaged-<time>";
    // `backupPath` receives the new name of the database file itself.
    static StoreStatus setAside(const QString &path, QString *backupPath,
        const QDateTime &when = QDateTime::currentDateTime());
};

} // namespace planner
