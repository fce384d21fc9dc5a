#include "conferencezonestore.h"

#include "database.h"
#include "importwriter.h"
#include "programmestore.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace planner {

namespace {

QVariant secondsOf(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(instant.toSecsSinceEpoch())
                             : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

ConferenceZoneStore::ConferenceZoneStore(Database &database)
    : m_database(database)
{
}

std::optional<QTimeZone> ConferenceZoneStore::chosenZone(const QString &conferenceKey) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT time_zone FROM conference WHERE key = :key AND time_zone_chosen = 1"));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QTimeZone zone(q.value(0).toString().toUtf8());
    return zone.isValid() ? std::optional<QTimeZone>(zone) : std::nullopt;
}

StoreStatus ConferenceZoneStore::choose(const QString &conferenceKey, const QTimeZone &zone)
{
    return m_database.transaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT id, time_zone FROM conference WHERE key = :key"));
        q.bindValue(QStringLiteral(":key"), conferenceKey);
        if (!q.exec())
            return StoreStatus::failure(m_database.describeError(q.lastError()));
        if (!q.next())
            return StoreStatus::failure(tr("no conference with the key \"%1\"").arg(conferenceKey));
        const qint64 id = q.value(0).toLongLong();
        // An empty or unknown zone was shown as UTC (Conference::zone).
        const QTimeZone named(q.value(1).toString().toUtf8());
        const QTimeZone from = named.isValid() ? named : QTimeZone::utc();
        StoreStatus status = moveSessions(conferenceKey, id, from, zone);
        if (!status.ok())
            return status;
        q.prepare(QStringLiteral(
            "UPDATE conference SET time_zone = :zone, time_zone_chosen = 1 WHERE id = :id"));
        q.bindValue(QStringLiteral(":zone"), QString::fromUtf8(zone.id()));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return StoreStatus::failure(m_database.describeError(q.lastError()));
        return StoreStatus::success();
    });
}

StoreStatus ConferenceZoneStore::moveSessions(
    const QString &conferenceKey, qint64 conferenceId, const QTimeZone &from, const QTimeZone &to)
{
    QSqlQuery read(m_database.connection());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT key FROM session WHERE conference_id = :id AND floating"));
    read.bindValue(QStringLiteral(":id"), conferenceId);
    if (!read.exec())
        return StoreStatus::failure(m_database.describeError(read.lastError()));
    QSet<QString> floating;
    while (read.next())
        floating.insert(read.value(0).toString());
    QSqlQuery write(m_database.connection());
    write.prepare(QStringLiteral("UPDATE session SET day = :day, start_utc = :start,"
                                 " end_utc = :end, revision = :revision"
                                 " WHERE conference_id = :id AND key = :key"));
    // Removed sessions too: one that comes back is at its time in the new zone.
    for (Session &session :
        ProgrammeStore(m_database).sessions(conferenceKey, ProgrammeStore::WithRemoved)) {
        session.time.floating = floating.contains(session.key);
        const SessionTime moved = session.time.inZone(from, to);
        if (moved == session.time)
            continue;
        session.time = moved;
        write.bindValue(QStringLiteral(":day"),
            moved.date.isValid() ? QVariant(moved.date.toString(Qt::ISODate))
                                 : QVariant(QMetaType(QMetaType::QString)));
        write.bindValue(QStringLiteral(":start"), secondsOf(moved.start));
        write.bindValue(QStringLiteral(":end"), secondsOf(moved.end));
        // As an import of the programme in this zone would store it, so that the
        // next one finds the session unchanged.
        write.bindValue(QStringLiteral(":revision"), QString::fromLatin1(ImportWriter::revisionOf(session)));
        write.bindValue(QStringLiteral(":id"), conferenceId);
        write.bindValue(QStringLiteral(":key"), session.key);
        if (!write.exec())
            return StoreStatus::failure(m_database.describeError(write.lastError()));
    }
    return StoreStatus::success();
}

} // namespace planner
