#include "database.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("planner.sqlite"));
}

StoreStatus Database::open(const QString &path)
{
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreStatus::failure(tr("cannot create the folder %1").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return StoreStatus::failure(
            tr("cannot open the database %1: %2").arg(path, db.lastError().text()));

    // Read the version before anything writes: a newer file must stay untouched,
    // and even switching it to WAL would be a write.
    const int version = schemaVersion();
    if (version < 0) {
        db.close();
        return StoreStatus::failure(
            tr("%1 is not a Conference Planner database, or it is damaged").arg(path));
    }
    if (version > Migrations::latestVersion()) {
        db.close();
        return StoreStatus::failure(
            tr("%1 was written by a newer version of Conference Planner (schema %2; this version "
               "reads up to %3). It has been left untouched.")
                .arg(path)
                .arg(version)
                .arg(Migrations::latestVersion()));
    }
    StoreStatus status = applyPragmas();
    if (status.ok())
        status = migrate(version);
    if (!status.ok())
        db.close();
    return status;
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
        return StoreStatus::failure(
            tr("cannot save to the database %1: %2").arg(m_path, query.lastError().text()));
    });
}

StoreStatus Database::applyPragmas()
{
    QSqlQuery query(connection());
    // WAL lets the window read while the command line writes; NORMAL sync is
    // durable across application crashes in WAL mode.
    for (const QString &pragma : { QStringLiteral("PRAGMA journal_mode = WAL"),
             QStringLiteral("PRAGMA synchronous = NORMAL"),
             QStringLiteral("PRAGMA foreign_keys = ON"),
             QStringLiteral("PRAGMA busy_timeout = 5000") }) {
        if (!query.exec(pragma))
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

StoreStatus Database::begin()
{
    QSqlQuery query(connection());
    if (m_depth > 0) {
        if (!query.exec(QStringLiteral("SAVEPOINT nested_%1").arg(m_depth)))
            return StoreStatus::failure(
                tr("cannot save to the database %1: %2").arg(m_path, query.lastError().text()));
        ++m_depth;
        return StoreStatus::success();
    }
    // IMMEDIATE takes the write lock at once, so two processes never both read,
    // then collide on the first write.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreStatus::failure(
            tr("the database %1 is busy or read-only: %2").arg(m_path, query.lastError().text()));
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
        const QString error = query.lastError().text();
        ++m_depth;
        return rollback(
            StoreStatus::failure(tr("cannot save to the database %1: %2").arg(m_path, error)));
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
