#include "database.h"

#include "migrations.h"
#include "sqlitestatement.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

namespace planner {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("planner-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid() && db.isOpen()) {
            checkpointLargeLog();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("planner.sqlite"));
}

namespace {

// SQLite's primary result codes, as QSqlError::nativeErrorCode() gives them.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

bool isDamage(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == SqliteCorrupt || code == SqliteNotADatabase;
}

bool writable(const QFileInfo &file)
{
    // A new file needs a writable folder; so does an existing one, for its journal.
    const QFileInfo folder(file.absolutePath());
    return folder.isWritable() && (!file.exists() || file.isWritable());
}

// SQLite counts every allocation under one global mutex unless told not to.
// The window reads its search index on two threads of its own while it loads
// the programme tree; every row each of them read queued on that mutex.
// Nothing here reads the counts. Only possible before SQLite's first use.
void stopSqliteMemoryCounts()
{
    static const bool stopped = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(stopped);
}

} // namespace

void Database::deferCheckpointOnClose()
{
    if (sqlite3 *handle = SqliteStatement::handleOf(connection())) {
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        m_deferCheckpoint = true;
    }
}

void Database::checkpointLargeLog()
{
    // SQLite's automatic checkpoint threshold is 1,000 pages: 4 MB in a file of
    // 4 KB pages, SQLite's default. A log past 4 MB is folded into the file at
    // close whatever the pages' size (a file may have larger ones).
    constexpr qint64 threshold = 1000 * 4096;
    if (!m_deferCheckpoint || QFileInfo(m_path + QStringLiteral("-wal")).size() <= threshold)
        return;
    if (sqlite3 *handle = SqliteStatement::handleOf(connection()))
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
}

StoreStatus Database::open(const QString &path, Access access)
{
    stopSqliteMemoryCounts();
    m_path = path;
    const QFileInfo info(path);
    m_readOnly = access == Access::ReadOnly || (info.exists() && !writable(info));
    if (m_readOnly && !info.exists())
        return StoreStatus::failure(tr("the database %1 does not exist").arg(path));
    if (!m_readOnly && !QDir().mkpath(info.absolutePath()))
        return StoreStatus::failure(tr("cannot create the folder %1").arg(info.absolutePath()));
    if (!openConnection(m_readOnly, false)) {
        // A file the permissions let us see but not write: read it rather than fail.
        if (m_readOnly || !info.exists() || !openConnection(true, false))
            return StoreStatus::failure(
                tr("cannot open the database %1: %2").arg(path, connection().lastError().text()));
        m_readOnly = true;
    }

    // Read the version before anything writes: a newer file must stay untouched,
    // and even switching it to WAL would be a write.
    int version = 0;
    StoreStatus status = readVersion(version);
    if (!status.ok())
        return status;
    if (version > Migrations::latestVersion()) {
        connection().close();
        return StoreStatus::failure(
            tr("%1 was written by a newer version of Conference Planner (schema %2; this version "
               "reads up to %3). It has been left untouched.")
                .arg(path)
                .arg(version)
                .arg(Migrations::latestVersion()));
    }
    if (m_readOnly && version < Migrations::latestVersion())
        status = StoreStatus::failure(
            tr("%1 is read-only and was written by an older version of Conference Planner, "
               "so it cannot be brought up to date. Open it once where it can be written.")
                .arg(path));
    if (status.ok())
        status = applyPragmas();
    if (status.ok() && !m_readOnly)
        status = migrate(version);
    if (!status.ok())
        connection().close();
    return status;
}

StoreStatus Database::readVersion(int &version)
{
    QSqlQuery query(connection());
    bool read = query.exec(QStringLiteral("PRAGMA user_version"));
    if (!read && m_readOnly && !isDamage(query.lastError())) {
        // A read-only folder cannot hold the WAL index SQLite wants beside the file;
        // nothing can change the file behind our back there, so read it as immutable.
        query = QSqlQuery();
        if (openConnection(true, true)) {
            query = QSqlQuery(connection());
            read = query.exec(QStringLiteral("PRAGMA user_version"));
        }
    }
    if (!read || !query.next()) {
        const QSqlError error
            = query.lastError().isValid() ? query.lastError() : connection().lastError();
        query = QSqlQuery();
        connection().close();
        if (isDamage(error))
            return damagedAtOpen();
        return StoreStatus::failure(
            tr("cannot open the database %1: %2").arg(m_path, error.text()));
    }
    version = query.value(0).toInt();
    return StoreStatus::success();
}

StoreStatus Database::damagedAtOpen() const
{
    return StoreStatus::damage(
        tr("%1 is not a Conference Planner database, or it is damaged").arg(m_path));
}

bool Database::openConnection(bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isValid())
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.close();
    QStringList options { QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000") };
    if (readOnly)
        options.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (immutable) {
        options.append(QStringLiteral("QSQLITE_OPEN_URI"));
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
            + QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options.join(u';'));
    return db.open();
}

StoreStatus Database::checkIntegrity()
{
    // quick_check skips integrity_check's index-to-table cross-checks: it finds
    // scribbled and truncated files in less than half the time.
    QSqlQuery query(connection());
    QStringList problems;
    if (query.exec(QStringLiteral("PRAGMA quick_check"))) {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    } else if (isDamage(query.lastError())) {
        problems.append(query.lastError().databaseText());
    } else {
        return StoreStatus::failure(
            tr("cannot read the database %1: %2").arg(m_path, query.lastError().text()));
    }
    if (problems.isEmpty())
        return StoreStatus::success();
    query = QSqlQuery();
    connection().close();
    return StoreStatus::damage(tr("%1 is damaged (the integrity check found: %2)")
                                   .arg(m_path, problems.mid(0, 3).join(QStringLiteral("; "))));
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

qint64 Database::dataVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void Database::bindValues(QSqlQuery &query, const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const bool nullText = it->typeId() == QMetaType::QString && it->toString().isNull();
        query.bindValue(it.key(), nullText ? QVariant(QStringLiteral("")) : it.value());
    }
}

QString Database::describeError(const QSqlError &error) const
{
    switch (sqliteCode(error)) {
    case SqliteFull:
        return tr("the disk holding %1 is full").arg(m_path);
    case SqliteReadOnly:
        return tr("%1 is read-only").arg(m_path);
    case SqliteBusy:
    case SqliteLocked:
        return tr("%1 is busy in another program; try again in a moment").arg(m_path);
    case SqliteIoError:
    case SqliteCantOpen:
        return tr("%1 could not be written (%2)").arg(m_path, error.databaseText());
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return tr("%1 is damaged (%2)").arg(m_path, error.databaseText());
    default:
        return tr("cannot save to the database %1: %2").arg(m_path, error.text());
    }
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

StoreStatus Database::setMetaValue(const QString &key, const QString &value)
{
    return transaction([&] {
        QSqlQuery query(connection());
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:key, :value)"));
        query.bindValue(QStringLiteral(":key"), key);
        query.bindValue(QStringLiteral(":value"), value);
        if (query.exec())
            return StoreStatus::success();
        return StoreStatus::failure(describeError(query.lastError()));
    });
}

StoreStatus Database::applyPragmas()
{
    QSqlQuery query(connection());
    // WAL lets the window read while the command line writes; NORMAL sync is
    // durable across application crashes in WAL mode. A read-only file keeps the
    // journal it has: changing it would be a write.
    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000") };
    if (!m_readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &pragma : pragmas) {
        if (query.exec(pragma))
            continue;
        // The header's version is read before; these are the first statements to
        // read the list of tables, which a scribbled first page spoils.
        if (isDamage(query.lastError()))
            return damagedAtOpen();
        return StoreStatus::failure(
            tr("cannot prepare the database %1: %2").arg(m_path, query.lastError().text()));
    }
    return StoreStatus::success();
}

StoreStatus Database::migrate(int fromVersion)
{
    for (int version = fromVersion + 1; version <= Migrations::latestVersion(); ++version) {
        const StoreStatus status = transaction([&] {
            QSqlQuery query(connection());
            for (const QString &statement : Migrations::step(version)) {
                if (!query.exec(statement))
                    return StoreStatus::failure(tr("cannot upgrade the database to schema %1: %2")
                                                    .arg(version)
                                                    .arg(query.lastError().text()));
            }
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
                return StoreStatus::failure(query.lastError().text());
            return StoreStatus::success();
        });
        if (!status.ok())
            return status;
    }
    return StoreStatus::success();
}

namespace {

// The file's journal mode, after asking for `mode` when one is given: the mode
// it had when it could not change.
QString journalMode(QSqlQuery &query, const QString &mode = {})
{
    const QString pragma = QStringLiteral("PRAGMA journal_mode");
    if (!query.exec(mode.isEmpty() ? pragma : pragma + QStringLiteral(" = ") + mode)
        || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

bool Database::leaveLog()
{
    if (m_readOnly)
        return false;
    QSqlQuery query(connection());
    // Leaving WAL needs the file to itself: SQLite refuses while another
    // connection has it open, and the file stays with the log. TRUNCATE keeps the
    // journal's file between commits, which makes a commit no directory change.
    if (journalMode(query, QStringLiteral("TRUNCATE")) != QLatin1String("truncate"))
        return false;
    // With a rollback journal, NORMAL leaves a power cut at the wrong moment a
    // small chance to damage the file; FULL costs one more sync of the small journal.
    query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return true;
}

void Database::returnToLog()
{
    QSqlQuery query(connection());
    // Should another connection have opened the file just now and hold it, the
    // file stays with the journal, and FULL with it, until a connection can take
    // it back to the log: every connection asks for the log when it opens the file.
    if (journalMode(query, QStringLiteral("WAL")) == QLatin1String("wal"))
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

bool Database::writesThroughLog() const
{
    QSqlQuery query(connection());
    return journalMode(query) == QLatin1String("wal");
}

StoreStatus Database::begin()
{
    QSqlQuery query(connection());
    if (m_depth > 0) {
        if (!query.exec(QStringLiteral("SAVEPOINT nested_%1").arg(m_depth)))
            return StoreStatus::failure(describeError(query.lastError()));
        ++m_depth;
        return StoreStatus::success();
    }
    if (m_readOnly)
        return StoreStatus::failure(tr("%1 is read-only").arg(m_path));
    // IMMEDIATE takes the write lock at once, so two processes never both read,
    // then collide on the first write.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreStatus::failure(describeError(query.lastError()));
    m_depth = 1;
    return StoreStatus::success();
}

StoreStatus Database::commit()
{
    QSqlQuery query(connection());
    --m_depth;
    const QString statement
        = m_depth > 0 ? QStringLiteral("RELEASE nested_%1").arg(m_depth) : QStringLiteral("COMMIT");
    if (!query.exec(statement)) {
        const QString error = describeError(query.lastError());
        ++m_depth;
        return rollback(StoreStatus::failure(error));
    }
    return StoreStatus::success();
}

StoreStatus Database::rollback(const StoreStatus &cause)
{
    QSqlQuery query(connection());
    --m_depth;
    if (m_depth > 0) {
        query.exec(QStringLiteral("ROLLBACK TO nested_%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE nested_%1").arg(m_depth));
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
    }
    return cause;
}

} // namespace planner
