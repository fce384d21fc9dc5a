#pragma once

#include "localizedtext.h"
#include "storestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace planner {

class Database;

// What became of a session in a programme update, since the user last looked:
// with what it was then, so that a list can show "old → new".
struct SessionChange
{
    enum class Kind { New, Moved, Changed, Cancelled };

    QString sessionKey;
    Kind kind = Kind::Changed;
    // As the user last saw it; empty for a new session.
    QDateTime oldStart; // UTC
    QDateTime oldEnd; // UTC
    QString oldRoom;
    LocalizedText oldTitle;
    QDateTime foundAt; // UTC; the update that first changed it
};

// The changes programme updates made that the user has not seen yet, per
// conference; gone with the conference, or when the user marks them seen.
class SessionChangeStore
{
    Q_DECLARE_TR_FUNCTIONS(planner::SessionChangeStore)

public:
    explicit SessionChangeStore(Database &database);

    // In programme order of their keys.
    QList<SessionChange> changes(const QString &conferenceKey) const;
    // Adds the changes of one update to those not yet seen. A session changed
    // again keeps what the user saw last (its old values) and the weightier kind:
    // cancelled, then new, moved, changed.
    StoreStatus record(const QString &conferenceKey, const QList<SessionChange> &changes);
    StoreStatus markAllSeen(const QString &conferenceKey);
    // The user looked at one session: its change is no longer news.
    StoreStatus markSeen(const QString &conferenceKey, const QString &sessionKey);

    static QString kindName(SessionChange::Kind kind);
    static SessionChange::Kind kindNamed(const QString &name);

private:
    Database &m_database;
};

} // namespace planner
