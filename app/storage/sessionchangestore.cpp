#include "sessionchangestore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace planner {

namespace {

QVariant seconds(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QDateTime fromSeconds(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

SessionChangeStore::SessionChangeStore(Database &database)
    : m_database(database)
{
}

QString SessionChangeStore::kindName(SessionChange::Kind kind)
{
    switch (kind) {
    case SessionChange::Kind::New:
        return QStringLiteral("new");
    case SessionChange::Kind::Moved:
        return QStringLiteral("moved");
    case SessionChange::Kind::Changed:
        return QStringLiteral("changed");
    case SessionChange::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("changed");
}

SessionChange::Kind SessionChangeStore::kindNamed(const QString &name)
{
    for (const auto kind :
        { SessionChange::Kind::New, SessionChange::Kind::Moved, SessionChange::Kind::Cancelled }) {
        if (kindName(kind) == name)
            return kind;
    }
    return SessionChange::Kind::Changed;
}

QList<SessionChange> SessionChangeStore::changes(const QString &conferenceKey) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT ch.session_key, ch.kind, ch.old_start_utc, ch.old_end_utc, ch.old_room,"
        " ch.old_title_zh, ch.old_title_en, ch.found_at"
        " FROM session_change ch JOIN conference c ON c.id = ch.conference_id"
        " LEFT JOIN session s ON s.conference_id = c.id AND s.key = ch.session_key"
        " WHERE c.key = :key ORDER BY s.position, ch.session_key"));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    QList<SessionChange> changes;
    if (!q.exec())
        return changes;
    while (q.next()) {
        SessionChange change;
        change.sessionKey = q.value(0).toString();
        change.kind = kindNamed(q.value(1).toString());
        change.oldStart = fromSeconds(q.value(2));
        change.oldEnd = fromSeconds(q.value(3));
        change.oldRoom = q.value(4).toString();
        change.oldTitle = { q.value(5).toString(), q.value(6).toString() };
        change.foundAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        changes.append(change);
    }
    return changes;
}

StoreStatus SessionChangeStore::record(
    const QString &conferenceKey, const QList<SessionChange> &changes)
{
    if (changes.isEmpty())
        return StoreStatus::success();
    return m_database.transaction([&] {
        QSqlQuery q(m_database.connection());
        // The weightier kind wins; the old values stay those the user saw.
        q.prepare(QStringLiteral(
            "INSERT INTO session_change (conference_id, session_key, kind, old_start_utc,"
            " old_end_utc, old_room, old_title_zh, old_title_en, found_at)"
            " SELECT id, :session, :kind, :start, :end, :room, :zh, :en, :found"
            " FROM conference WHERE key = :conference"
            " ON CONFLICT (conference_id, session_key) DO UPDATE SET kind = CASE"
            "  WHEN excluded.kind = 'cancelled' OR session_change.kind = 'cancelled'"
            "   THEN excluded.kind"
            "  WHEN session_change.kind = 'new' THEN 'new'"
            "  WHEN session_change.kind = 'moved' OR excluded.kind = 'moved' THEN 'moved'"
            "  ELSE excluded.kind END"));
        const QString found = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const SessionChange &change : changes) {
            q.bindValue(QStringLiteral(":conference"), conferenceKey);
            q.bindValue(QStringLiteral(":session"), change.sessionKey);
            q.bindValue(QStringLiteral(":kind"), kindName(change.kind));
            q.bindValue(QStringLiteral(":start"), seconds(change.oldStart));
            q.bindValue(QStringLiteral(":end"), seconds(change.oldEnd));
            // Text columns are NOT NULL; a null QString would bind as NULL.
            q.bindValue(QStringLiteral(":room"), notNull(change.oldRoom));
            q.bindValue(QStringLiteral(":zh"), notNull(change.oldTitle.zh));
            q.bindValue(QStringLiteral(":en"), notNull(change.oldTitle.en));
            q.bindValue(QStringLiteral(":found"), found);
            if (!q.exec())
                return StoreStatus::failure(m_database.describeError(q.lastError()));
        }
        return StoreStatus::success();
    });
}

StoreStatus SessionChangeStore::markAllSeen(const QString &conferenceKey)
{
    return m_database.transaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM session_change WHERE conference_id ="
                                 " (SELECT id FROM conference WHERE key = :key)"));
        q.bindValue(QStringLiteral(":key"), conferenceKey);
        if (!q.exec())
            return StoreStatus::failure(m_database.describeError(q.lastError()));
        return StoreStatus::success();
    });
}

StoreStatus SessionChangeStore::markSeen(
    const QString &conferenceKey, const QString &sessionKey)
{
    return m_database.transaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM session_change WHERE session_key = :session"
                                 " AND conference_id = (SELECT id FROM conference WHERE key = :key)"));
        q.bindValue(QStringLiteral(":session"), sessionKey);
        q.bindValue(QStringLiteral(":key"), conferenceKey);
        if (!q.exec())
            return StoreStatus::failure(m_database.describeError(q.lastError()));
        return StoreStatus::success();
    });
}

} // namespace planner
