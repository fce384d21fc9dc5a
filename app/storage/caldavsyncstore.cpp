#include "caldavsyncstore.h"

#include "database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace planner {

CalDavSyncStore::CalDavSyncStore(Database &database)
    : m_database(database)
{
}

StoreStatus CalDavSyncStore::run(const QString &sql, const QVariantMap &values)
{
    return m_database.transaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(sql);
        Database::bindValues(q, values);
        if (!q.exec())
            return StoreStatus::failure(m_database.describeError(q.lastError()));
        return StoreStatus::success();
    });
}

std::optional<CalDavAccount> CalDavSyncStore::account(const QString &conference) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT server_url, user_name, calendar_url, calendar_name, with_notes"
                             " FROM caldav_account WHERE conference_key = :conference"));
    q.bindValue(QStringLiteral(":conference"), conference);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CalDavAccount account;
    account.conference = conference;
    account.server = QUrl(q.value(0).toString());
    account.user = q.value(1).toString();
    account.calendar = QUrl(q.value(2).toString());
    account.calendarName = q.value(3).toString();
    account.withNotes = q.value(4).toBool();
    return account;
}

StoreStatus CalDavSyncStore::setAccount(const CalDavAccount &account)
{
    return m_database.transaction([&] {
        // Events known in another calendar say nothing of this one.
        const std::optional<CalDavAccount> before = this->account(account.conference);
        if (before && before->calendar != account.calendar) {
            const StoreStatus cleared
                = run(QStringLiteral("DELETE FROM caldav_event WHERE conference_key = :conference"),
                    { { QStringLiteral(":conference"), account.conference } });
            if (!cleared.ok())
                return cleared;
        }
        return run(QStringLiteral("INSERT OR REPLACE INTO caldav_account (conference_key,"
                                  " server_url, user_name, calendar_url, calendar_name, with_notes,"
                                  " updated_at) VALUES (:conference, :server, :user, :calendar,"
                                  " :name, :notes, :now)"),
            { { QStringLiteral(":conference"), account.conference },
                { QStringLiteral(":server"), account.server.toString() },
                { QStringLiteral(":user"), account.user },
                { QStringLiteral(":calendar"), account.calendar.toString() },
                { QStringLiteral(":name"), account.calendarName },
                { QStringLiteral(":notes"), account.withNotes ? 1 : 0 },
                { QStringLiteral(":now"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } });
    });
}

StoreStatus CalDavSyncStore::removeAccount(const QString &conference)
{
    const QVariantMap key { { QStringLiteral(":conference"), conference } };
    return m_database.transaction([&] {
        const StoreStatus events = run(
            QStringLiteral("DELETE FROM caldav_event WHERE conference_key = :conference"), key);
        if (!events.ok())
            return events;
        return run(
            QStringLiteral("DELETE FROM caldav_account WHERE conference_key = :conference"), key);
    });
}

QHash<QString, CalDavEventState> CalDavSyncStore::events(const QString &conference) const
{
    QHash<QString, CalDavEventState> found;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT session_key, href, etag, content_hash FROM caldav_event"
                             " WHERE conference_key = :conference"));
    q.bindValue(QStringLiteral(":conference"), conference);
    q.exec();
    while (q.next()) {
        const CalDavEventState state { q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString() };
        found.insert(state.session, state);
    }
    return found;
}

StoreStatus CalDavSyncStore::setEvent(const QString &conference, const CalDavEventState &state)
{
    return run(QStringLiteral("INSERT OR REPLACE INTO caldav_event (conference_key, session_key,"
                              " href, etag, content_hash) VALUES (:conference, :session, :href,"
                              " :etag, :hash)"),
        { { QStringLiteral(":conference"), conference },
            { QStringLiteral(":session"), state.session }, { QStringLiteral(":href"), state.href },
            { QStringLiteral(":etag"), state.etag },
            { QStringLiteral(":hash"), state.contentHash } });
}

StoreStatus CalDavSyncStore::removeEvent(const QString &conference, const QString &session)
{
    return run(QStringLiteral("DELETE FROM caldav_event WHERE conference_key = :conference AND"
                              " session_key = :session"),
        { { QStringLiteral(":conference"), conference }, { QStringLiteral(":session"), session } });
}

} // namespace planner
