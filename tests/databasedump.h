#pragma once

// Every row of every table of a database file, as text: two dumps are equal when
// the database holds exactly the same, timestamps included.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace dbtest {

inline QStringList dump(const QString &path)
{
    QStringList rows;
    const QString name = QStringLiteral("database-dump");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            rows << QStringLiteral("cannot open ") + path;
        QSqlQuery tables(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
            db);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            rows << QStringLiteral("table ") + table;
            QSqlQuery q(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table), db);
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                rows << values.join(u'|');
            }
        }
        QSqlQuery version(QStringLiteral("PRAGMA user_version"), db);
        rows << QStringLiteral("user_version ")
                + (version.next() ? version.value(0).toString() : QString());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace dbtest
