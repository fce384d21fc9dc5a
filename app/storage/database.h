#pragma once

#include "storestatus.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariantMap>

class QSqlQuery;

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

    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating if needed) and migrates to the latest schema. A file written by
    // a newer version is refused and left byte for byte as it was; one that is not a
    // database at all is refused with StoreStatus::damaged set, also untouched. A
    // file the user may not write (or ReadOnly asked for) is opened for reading
    // only: every write then fails with a message saying why.
    StoreStatus open(const QString &path, Access access = Access::ReadWrite);
    // Reads every page (SQLite's quick_check): finds scribbled and truncated files.
    // A damaged file gives StoreStatus::damaged and is closed. It reads the whole
    // file, so the window runs it at start and the command line does not.
    StoreStatus checkIntegrity();
    // Leaves copying the write-ahead log into the file to later: SQLite does it
    // whenever a commit takes the log past 1,000 pages, and the window when it
    // closes. A command that writes once and ends is then spared the checkpoint's
    // file syncs and rewrites; until then the -wal file beside the database holds
    // the latest changes (copies of the database must take it along, or use backup).
    // A log past that size has been copied already and is closed as usual, so that
    // the next process need not read it all again to open the database.
    void deferCheckpointOnClose();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Changes whenever another connection (another window, the command line) has
    // committed to the file since the last call on this one; our own writes leave it.
    qint64 dataVersion() const;

    // The user's words for a failed statement: a full disk, a read-only file, a
    // database busy in another program, a damaged file.
    QString describeError(const QSqlError &error) const;
    // Binds each value by its name (":session"); a null QString is bound as an
    // empty one, since the text columns are NOT NULL and it would bind as NULL.
    static void bindValues(QSqlQuery &query, const QVariantMap &values);

    // Small facts about the database itself, such as which bundled programme
    // version was imported.
    QString metaValue(const QString &key) const;
    StoreStatus setMetaValue(const QString &key, const QString &value);

    // How a transaction's pages reach the file. ThroughLog: through the write-ahead
    // log, while other connections go on reading. IntoFile, for work that writes far
    // more than the log holds before it is copied back (1,000 pages; a large
    // import): through the log, every page would be written and synced twice,
    // into the log and then into the file. So, while no other connection has the
    // file open, its pages go straight into the file behind a rollback journal,
    // and the file returns to the log after the commit; a connection opened
    // meanwhile waits for the commit (busy_timeout). Within another transaction,
    // or with the file open elsewhere, IntoFile is ThroughLog.
    enum class Writes { ThroughLog, IntoFile };

    // Runs `work` in one transaction: committed when it returns success, rolled
    // back otherwise, so a failed write leaves nothing behind. Nested calls run
    // in a savepoint of the outer transaction, so a caller can group several
    // store operations (an import and the reads around it) into one.
    template <typename Work>
    StoreStatus transaction(Work &&work, Writes writes = Writes::ThroughLog)
    {
        const bool direct = writes == Writes::IntoFile && m_depth == 0 && leaveLog();
        StoreStatus status = begin();
        if (status.ok()) {
            status = work();
            status = status.ok() ? commit() : rollback(status);
        }
        if (direct)
            returnToLog();
        return status;
    }
    // Whether the file is written through the write-ahead log now (see Writes).
    bool writesThroughLog() const;

private:
    StoreStatus begin();
    // Writes::IntoFile: to a rollback journal and back; false when the file stays
    // with the log (open elsewhere, read-only).
    bool leaveLog();
    void returnToLog();
    // Before closing: a deferred checkpoint of a log already copied is not deferred.
    void checkpointLargeLog();
    StoreStatus commit();
    StoreStatus rollback(const StoreStatus &cause);
    bool openConnection(bool readOnly, bool immutable);
    StoreStatus readVersion(int &version);
    // What opening a file SQLite finds damaged, or not a database, reports.
    StoreStatus damagedAtOpen() const;
    StoreStatus applyPragmas();
    StoreStatus migrate(int fromVersion);

    QString m_connectionName;
    QString m_path;
    int m_depth = 0; // transactions open: 1 for the outer one, more for savepoints
    bool m_readOnly = false;
    bool m_deferCheckpoint = false;
};

} // namespace planner
