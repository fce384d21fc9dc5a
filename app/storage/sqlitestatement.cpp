#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace planner {

// Qt's SQLite driver links the system's SQLite, the library linked here.
sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const QString &sql)
    : m_db(handleOf(connection))
{
    if (!m_db)
        return;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr)
        != SQLITE_OK)
        m_statement = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int parameter, const QByteArray &utf8)
{
    // A null QByteArray has no data pointer; SQLite would store NULL for it.
    sqlite3_bind_text(m_statement, parameter, utf8.isNull() ? "" : utf8.constData(),
        int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInt(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

bool SqliteStatement::execute()
{
    const int result = sqlite3_step(m_statement);
    // Reset before clearing, so an error's message is still the statement's.
    const bool ok = result == SQLITE_DONE || result == SQLITE_ROW;
    if (ok) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    return ok;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    m_failed = result != SQLITE_ROW && result != SQLITE_DONE;
    return result == SQLITE_ROW;
}

QByteArrayView SqliteStatement::text(int column) const
{
    // Bytes first, then their length, as SQLite's documentation orders the calls.
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column))
                 : QByteArrayView();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QSqlError SqliteStatement::error() const
{
    if (!m_db)
        return QSqlError(QStringLiteral("no SQLite connection"), {}, QSqlError::ConnectionError);
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
        QString::number(sqlite3_errcode(m_db)));
}

} // namespace planner
