#include "reminderstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace planner {

ReminderStore::ReminderStore(Database &database)
    : m_database(database)
{
}

QList<ReminderStore::Upcoming> ReminderStore::upcoming(
    const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // A bookmark leads to its session by the conference's key; a session the
    // programme gives no time takes the user's planned time, if any. CROSS JOIN
    // keeps SQLite to this order: without statistics it read every session of
    // the programmes to find the few bookmarked, at each bookmark toggled.
    q.prepare(QStringLiteral(
        "SELECT b.conference_key, b.session_key, s.title_zh, s.title_en, s.room,"
        " coalesce(nullif(s.start_utc, 0), p.start_utc), coalesce(nullif(s.end_utc, 0), p.end_utc),"
        " c.time_zone, r.minutes, sh.start_utc IS NOT NULL"
        " FROM bookmark b"
        " CROSS JOIN conference c ON c.key = b.conference_key"
        " CROSS JOIN session s ON s.conference_id = c.id AND s.key = b.session_key"
        " AND NOT s.removed"
        " LEFT JOIN planned_time p ON p.conference_key = b.conference_key"
        "  AND p.session_key = b.session_key AND nullif(s.start_utc, 0) IS NULL"
        " LEFT JOIN reminder r ON r.conference_key = b.conference_key"
        "  AND r.session_key = b.session_key"
        " LEFT JOIN reminder_shown sh ON sh.conference_key = b.conference_key"
        "  AND sh.session_key = b.session_key"
        "  AND sh.start_utc = coalesce(nullif(s.start_utc, 0), p.start_utc)"
        " WHERE coalesce(nullif(s.start_utc, 0), p.start_utc) > :from"
        " AND coalesce(nullif(s.start_utc, 0), p.start_utc) <= :to"
        " ORDER BY 6, 1, 2"));
    q.bindValue(QStringLiteral(":from"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), to.toSecsSinceEpoch());
    QList<Upcoming> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        Upcoming item;
        Reminder &r = item.reminder;
        r.conference = q.value(0).toString();
        r.session = q.value(1).toString();
        r.title = { q.value(2).toString(), q.value(3).toString() };
        r.room = q.value(4).toString();
        r.start = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
        const qint64 end = q.value(6).toLongLong();
        if (end > q.value(5).toLongLong())
            r.end = QDateTime::fromSecsSinceEpoch(end, QTimeZone::utc());
        const QByteArray zone = q.value(7).toString().toUtf8();
        r.zone = !zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone) ? QTimeZone(zone)
                                                                           : QTimeZone::utc();
        item.ownMinutes = !q.isNull(8);
        r.minutes = q.value(8).toInt();
        item.shown = q.value(9).toBool();
        list.append(item);
    }
    return list;
}

StoreStatus ReminderStore::markShown(
    const QString &conference, const QString &session, const QDateTime &start)
{
    return m_database.transaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO reminder_shown (conference_key,"
                                 " session_key, start_utc, shown_at) VALUES (:conference,"
                                 " :session, :start, :now)"));
        q.bindValue(QStringLiteral(":conference"), conference);
        q.bindValue(QStringLiteral(":session"), session);
        q.bindValue(QStringLiteral(":start"), start.toSecsSinceEpoch());
        q.bindValue(QStringLiteral(":now"),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return StoreStatus::failure(m_database.describeError(q.lastError()));
        return StoreStatus::success();
    });
}

StoreStatus ReminderStore::forgetShownBefore(const QDateTime &moment)
{
    return m_database.transaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM reminder_shown WHERE start_utc < :moment"));
        q.bindValue(QStringLiteral(":moment"), moment.toSecsSinceEpoch());
        if (!q.exec())
            return StoreStatus::failure(m_database.describeError(q.lastError()));
        return StoreStatus::success();
    });
}

} // namespace planner
