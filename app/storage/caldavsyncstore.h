#pragma once

#include "storestatus.h"

#include <QHash>
#include <QString>
#include <QUrl>
#include <optional>

namespace planner {

class Database;

// Where a conference's agenda is published: the CalDAV server, the user name and
// the calendar. The password is never here (see PasswordKeyring).
struct CalDavAccount
{
    QString conference;
    QUrl server;
    QString user;
    QUrl calendar;
    QString calendarName;
    bool withNotes = false;
};

// What the last publish left on the server for one session.
struct CalDavEventState
{
    QString session;
    QString href; // the event's full URL
    QString etag; // empty when the server gave none
    QString contentHash; // of the event as written, less its DTSTAMP
};

// The synchronisation state of publishing: one account per conference and, per
// session, the event put on the server. Kept apart from the user's data: losing
// it costs one full publish, nothing the user wrote.
class CalDavSyncStore
{
public:
    explicit CalDavSyncStore(Database &database);

    std::optional<CalDavAccount> account(const QString &conference) const;
    // Replaces the conference's account; a new calendar starts with no events known.
    StoreStatus setAccount(const CalDavAccount &account);
    // Forgets the account and every event state of the conference.
    StoreStatus removeAccount(const QString &conference);

    QHash<QString, CalDavEventState> events(const QString &conference) const;
    StoreStatus setEvent(const QString &conference, const CalDavEventState &state);
    StoreStatus removeEvent(const QString &conference, const QString &session);

private:
    StoreStatus run(const QString &sql, const QVariantMap &values);

    Database &m_database;
};

} // namespace planner
