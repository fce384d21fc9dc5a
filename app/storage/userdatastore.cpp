#include "userdatastore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace planner {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariantMap keyed(const QString &conference, const QString &session)
{
    return { { QStringLiteral(":conference"), conference },
        { QStringLiteral(":session"), session } };
}

// Runs a read bound to one session's keys.
QSqlQuery select(const QSqlDatabase &db, const QString &sql, const QVariantMap &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    q.exec();
    return q;
}

} // namespace

UserDataStore::UserDataStore(Database &database)
    : m_database(database)
{
}

StoreStatus UserDataStore::write(const QString &sql, const QVariantMap &values)
{
    return writeAll(sql, { values });
}

StoreStatus UserDataStore::writeAll(const QString &sql, const QList<QVariantMap> &rows)
{
    return m_database.transaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(sql);
        for (const QVariantMap &values : rows) {
            Database::bindValues(q, values);
            if (!q.exec())
                return StoreStatus::failure(m_database.describeError(q.lastError()));
        }
        return StoreStatus::success();
    });
}

StoreStatus UserDataStore::setBookmarked(
    const QString &conference, const QString &session, bool bookmarked)
{
    return setBookmarked(conference, QStringList { session }, bookmarked);
}

StoreStatus UserDataStore::setBookmarked(
    const QString &conference, const QStringList &sessions, bool bookmarked)
{
    QList<QVariantMap> rows;
    const QString created = now();
    for (const QString &session : sessions) {
        QVariantMap values = keyed(conference, session);
        if (bookmarked)
            values.insert(QStringLiteral(":now"), created);
        rows.append(values);
    }
    if (!bookmarked)
        return writeAll(QStringLiteral("DELETE FROM bookmark WHERE conference_key = :conference"
                                       " AND session_key = :session"),
            rows);
    return writeAll(QStringLiteral("INSERT OR IGNORE INTO bookmark (conference_key, session_key,"
                                   " created_at) VALUES (:conference, :session, :now)"),
        rows);
}

bool UserDataStore::isBookmarked(const QString &conference, const QString &session) const
{
    QSqlQuery q = select(m_database.connection(),
        QStringLiteral("SELECT 1 FROM bookmark WHERE conference_key = :conference"
                       " AND session_key = :session"),
        keyed(conference, session));
    return q.next();
}

QStringList UserDataStore::bookmarks(const QString &conference) const
{
    QSqlQuery q = select(m_database.connection(),
        QStringLiteral("SELECT session_key FROM bookmark WHERE conference_key ="
                       " :conference ORDER BY created_at, rowid"),
        { { QStringLiteral(":conference"), conference } });
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    return keys;
}

StoreStatus UserDataStore::setNote(
    const QString &conference, const QString &session, const QString &text)
{
    QVariantMap values = keyed(conference, session);
    if (text.isEmpty())
        return write(QStringLiteral("DELETE FROM note WHERE conference_key = :conference"
                                    " AND session_key = :session"),
            values);
    values.insert(QStringLiteral(":text"), text);
    values.insert(QStringLiteral(":now"), now());
    return write(QStringLiteral("INSERT INTO note (conference_key, session_key, text, updated_at)"
                                " VALUES (:conference, :session, :text, :now)"
                                " ON CONFLICT DO UPDATE SET text = excluded.text,"
                                " updated_at = excluded.updated_at"),
        values);
}

QString UserDataStore::note(const QString &conference, const QString &session) const
{
    QSqlQuery q = select(m_database.connection(),
        QStringLiteral("SELECT text FROM note WHERE conference_key = :conference"
                       " AND session_key = :session"),
        keyed(conference, session));
    return q.next() ? q.value(0).toString() : QString();
}

StoreStatus UserDataStore::setAnnotation(
    const QString &conference, const QString &session, const Annotation &annotation)
{
    QVariantMap values = keyed(conference, session);
    values.insert(QStringLiteral(":point"), annotation.pointKey);
    if (!annotation.starred && annotation.comment.isEmpty())
        return write(QStringLiteral("DELETE FROM annotation WHERE conference_key = :conference"
                                    " AND session_key = :session AND point_key = :point"),
            values);
    values.insert(QStringLiteral(":starred"), annotation.starred ? 1 : 0);
    values.insert(QStringLiteral(":comment"), annotation.comment);
    values.insert(QStringLiteral(":now"), now());
    return write(QStringLiteral("INSERT INTO annotation (conference_key, session_key, point_key,"
                                " starred, comment, updated_at) VALUES (:conference, :session,"
                                " :point, :starred, :comment, :now) ON CONFLICT DO UPDATE SET"
                                " starred = excluded.starred, comment = excluded.comment,"
                                " updated_at = excluded.updated_at"),
        values);
}

QList<Annotation> UserDataStore::annotations(
    const QString &conference, const QString &session) const
{
    QSqlQuery q = select(m_database.connection(),
        QStringLiteral("SELECT point_key, starred, comment FROM annotation"
                       " WHERE conference_key = :conference AND session_key ="
                       " :session ORDER BY point_key"),
        keyed(conference, session));
    QList<Annotation> list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toBool(), q.value(2).toString() });
    return list;
}

StoreStatus UserDataStore::addUserKeyPoint(
    const QString &conference, const QString &session, const QString &text, QString *key)
{
    const QString newKey = key && !key->isEmpty()
        ? *key
        : QStringLiteral("u-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariantMap values = keyed(conference, session);
    values.insert(QStringLiteral(":point"), newKey);
    values.insert(QStringLiteral(":text"), text);
    values.insert(QStringLiteral(":now"), now());
    const StoreStatus status = write(
        QStringLiteral("INSERT INTO user_key_point (conference_key, session_key, point_key, text,"
                       " created_at, position) SELECT :conference, :session, :point, :text, :now,"
                       " COALESCE(MAX(position), 0) + 1 FROM user_key_point"
                       " WHERE conference_key = :conference AND session_key = :session"),
        values);
    if (status.ok() && key)
        *key = newKey;
    return status;
}

StoreStatus UserDataStore::removeUserKeyPoint(
    const QString &conference, const QString &session, const QString &key)
{
    QVariantMap values = keyed(conference, session);
    values.insert(QStringLiteral(":point"), key);
    return write(QStringLiteral("DELETE FROM user_key_point WHERE conference_key = :conference"
                                " AND session_key = :session AND point_key = :point"),
        values);
}

StoreStatus UserDataStore::setUserKeyPointText(
    const QString &conference, const QString &session, const QString &key, const QString &text)
{
    QVariantMap values = keyed(conference, session);
    values.insert(QStringLiteral(":point"), key);
    values.insert(QStringLiteral(":text"), text);
    return write(QStringLiteral("UPDATE user_key_point SET text = :text"
                                " WHERE conference_key = :conference AND session_key = :session"
                                " AND point_key = :point"),
        values);
}

StoreStatus UserDataStore::setUserKeyPointOrder(
    const QString &conference, const QString &session, const QStringList &keys)
{
    QList<QVariantMap> rows;
    rows.reserve(keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        QVariantMap values = keyed(conference, session);
        values.insert(QStringLiteral(":point"), keys.at(i));
        values.insert(QStringLiteral(":position"), i + 1 - int(keys.size()));
        rows.append(values);
    }
    // Positions up to 0, so points not named (added meanwhile, at 1 and up) stay after.
    return writeAll(QStringLiteral("UPDATE user_key_point SET position = :position"
                                   " WHERE conference_key = :conference"
                                   " AND session_key = :session AND point_key = :point"),
        rows);
}

QList<UserKeyPoint> UserDataStore::userKeyPoints(
    const QString &conference, const QString &session) const
{
    QSqlQuery q = select(m_database.connection(),
        QStringLiteral("SELECT point_key, text FROM user_key_point WHERE"
                       " conference_key = :conference AND session_key = :session"
                       " ORDER BY position, created_at, rowid"),
        keyed(conference, session));
    QList<UserKeyPoint> list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString() });
    return list;
}

StoreStatus UserDataStore::setPlannedTime(
    const QString &conference, const QString &session, const QDateTime &start, const QDateTime &end)
{
    QVariantMap values = keyed(conference, session);
    if (!start.isValid())
        return write(QStringLiteral("DELETE FROM planned_time WHERE conference_key = :conference"
                                    " AND session_key = :session"),
            values);
    values.insert(QStringLiteral(":start"), start.toSecsSinceEpoch());
    values.insert(QStringLiteral(":end"), (end.isValid() ? end : start).toSecsSinceEpoch());
    values.insert(QStringLiteral(":now"), now());
    return write(QStringLiteral("INSERT INTO planned_time (conference_key, session_key, start_utc,"
                                " end_utc, updated_at) VALUES (:conference, :session, :start,"
                                " :end, :now) ON CONFLICT DO UPDATE SET start_utc ="
                                " excluded.start_utc, end_utc = excluded.end_utc,"
                                " updated_at = excluded.updated_at"),
        values);
}

std::optional<std::pair<QDateTime, QDateTime>> UserDataStore::plannedTime(
    const QString &conference, const QString &session) const
{
    QSqlQuery q = select(m_database.connection(),
        QStringLiteral("SELECT start_utc, end_utc FROM planned_time WHERE"
                       " conference_key = :conference AND session_key = :session"),
        keyed(conference, session));
    if (!q.next())
        return std::nullopt;
    return std::make_pair(QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC),
        QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
}

StoreStatus UserDataStore::setReminderMinutes(
    const QString &conference, const QString &session, std::optional<int> minutes)
{
    QVariantMap values = keyed(conference, session);
    if (!minutes)
        return write(QStringLiteral("DELETE FROM reminder WHERE conference_key = :conference"
                                    " AND session_key = :session"),
            values);
    values.insert(QStringLiteral(":minutes"), qMax(0, *minutes));
    values.insert(QStringLiteral(":now"), now());
    return write(QStringLiteral("INSERT INTO reminder (conference_key, session_key, minutes,"
                                " updated_at) VALUES (:conference, :session, :minutes, :now)"
                                " ON CONFLICT DO UPDATE SET minutes = excluded.minutes,"
                                " updated_at = excluded.updated_at"),
        values);
}

std::optional<int> UserDataStore::reminderMinutes(
    const QString &conference, const QString &session) const
{
    QSqlQuery q = select(m_database.connection(),
        QStringLiteral("SELECT minutes FROM reminder WHERE"
                       " conference_key = :conference AND session_key = :session"),
        keyed(conference, session));
    if (!q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

QHash<QString, UserDataStore::SessionData> UserDataStore::sessionData(
    const QString &conference) const
{
    const QVariantMap key { { QStringLiteral(":conference"), conference } };
    const QSqlDatabase db = m_database.connection();
    QHash<QString, SessionData> data;
    QSqlQuery q = select(db,
        QStringLiteral("SELECT session_key, text FROM note WHERE conference_key = :conference"),
        key);
    while (q.next())
        data[q.value(0).toString()].note = q.value(1).toString();
    q = select(db,
        QStringLiteral("SELECT session_key, point_key, starred, comment FROM annotation"
                       " WHERE conference_key = :conference ORDER BY session_key, point_key"),
        key);
    while (q.next())
        data[q.value(0).toString()].annotations.append(
            { q.value(1).toString(), q.value(2).toBool(), q.value(3).toString() });
    q = select(db,
        QStringLiteral("SELECT session_key, point_key, text FROM user_key_point"
                       " WHERE conference_key = :conference ORDER BY position, created_at, rowid"),
        key);
    while (q.next())
        data[q.value(0).toString()].userKeyPoints.append(
            { q.value(1).toString(), q.value(2).toString() });
    q = select(db,
        QStringLiteral("SELECT session_key, start_utc, end_utc FROM planned_time"
                       " WHERE conference_key = :conference"),
        key);
    while (q.next())
        data[q.value(0).toString()].plannedTime
            = std::make_pair(QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC));
    q = select(db,
        QStringLiteral("SELECT session_key, minutes FROM reminder"
                       " WHERE conference_key = :conference"),
        key);
    while (q.next())
        data[q.value(0).toString()].reminderMinutes = q.value(1).toInt();
    return data;
}

QHash<QString, UserDataStore::Marks> UserDataStore::marks(const QString &conference) const
{
    const QVariantMap key { { QStringLiteral(":conference"), conference } };
    const QSqlDatabase db = m_database.connection();
    QHash<QString, Marks> marks;
    QSqlQuery q = select(db,
        QStringLiteral("SELECT session_key FROM note WHERE conference_key = :conference"
                       " AND trim(text) <> ''"),
        key);
    while (q.next())
        marks[q.value(0).toString()].note = true;
    q = select(db,
        QStringLiteral("SELECT session_key, count(*) FROM annotation"
                       " WHERE conference_key = :conference AND starred GROUP BY session_key"),
        key);
    while (q.next())
        marks[q.value(0).toString()].starredPoints = q.value(1).toInt();
    return marks;
}

} // namespace planner
