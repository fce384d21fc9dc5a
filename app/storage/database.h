#pragma once

#include "storestatus.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace planner {

// One open SQLite file: its connection, pragmas and schema version. Everything
// else in app/storage runs its statements through here.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(planner::Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file used when the user names none: under the platform's app data folder.
    static QString defaultPath();

    // Opens (creating if needed) and migrates to the latest schema. A file written
    // by a newer version is refused and left byte for byte as it was.
    StoreStatus open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Small facts about the database itself, such as which bundled programme
    // version was imported.
    QString metaValue(const QString &key) const;
    StoreStatus setMetaValue(const QString &key, const QString &value);

    // Runs `work` in one transaction: committed when it returns success, rolled
    // back otherwise, so a failed write leaves nothing behind. Nested calls run
    // in a savepoint of the outer transaction, so a caller can group several
    // store operations (an import and the reads around it) into one.
    template <typename Work> StoreStatus transaction(Work &&work)
    {
        StoreStatus status = begin();
        if (!status.ok())
            return status;
        status = work();
        return status.ok() ? commit() : rollback(status);
    }

private:
    StoreStatus begin();
    StoreStatus commit();
    StoreStatus rollback(const StoreStatus &cause);
    StoreStatus applyPragmas();
    StoreStatus migrate(int fromVersion);

    QString m_connectionName;
    QString m_path;
    int m_depth = 0; // transactions open: 1 for the outer one, more for savepoints
};

} // namespace planner
