#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlError>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace planner {

// One prepared statement run straight on SQLite, under an open QSqlDatabase
// connection: for the hot loops of an import, where QSqlQuery's per-value
// QVariant binding and UTF-16 conversion cost more than SQLite's own work.
// Texts are bound as UTF-8 without a copy; they must outlive step(). Rows are
// read the same way: columns as SQLite's own UTF-8, valid until the next row.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &connection, const QString &sql);
    // The connection's own SQLite handle, as QSqlDriver::handle() documents it;
    // null for any other driver.
    static sqlite3 *handleOf(const QSqlDatabase &connection);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Parameters count from 1, as in SQL.
    void bindText(int parameter, const QByteArray &utf8);
    void bindInt(int parameter, qint64 value);
    void bindNull(int parameter);
    // Runs the statement (a write: no rows expected) and resets it for the next
    // values; false on an error, then described by error().
    bool execute();
    // Moves to the next row of a read; false after the last one or on an error
    // (then error() describes it, and failed() is true).
    bool next();
    bool failed() const { return m_failed; }
    // A column of the current row, counted from 0: UTF-8 bytes owned by SQLite,
    // valid until next(); empty for NULL.
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // The last error as Qt's driver reports it, SQLite's result code included, so
    // Database::describeError() can put it in the user's words.
    QSqlError error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace planner
