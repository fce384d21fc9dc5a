#pragma once

#include "sessionchangestore.h"

#include <QHash>
#include <QObject>

namespace planner {

class Database;

// The shown conference's programme changes the user has not seen yet (new, moved,
// changed and cancelled sessions, with what they were), for the badges of every
// view and the Changes filter. Seeing a session, or all of them, is kept in the
// store, so a badge cleared stays cleared after a restart.
class UnseenChanges : public QObject
{
    Q_OBJECT

public:
    explicit UnseenChanges(Database &database, QObject *parent = nullptr);

    // Reads the conference's changes from the store (also after an update of it).
    void setConference(const QString &conferenceKey);
    QString conference() const { return m_conferenceKey; }
    void reload() { setConference(m_conferenceKey); }

    // The session's unseen change, or nullptr.
    const SessionChange *changeOf(const QString &sessionKey) const
    {
        const auto found = m_changes.constFind(sessionKey);
        return found == m_changes.constEnd() ? nullptr : &*found;
    }
    bool isEmpty() const { return m_changes.isEmpty(); }
    int count() const { return int(m_changes.size()); }
    QStringList sessionKeys() const { return m_changes.keys(); }

    // False when the store could not be written (a read-only database): the badge stays.
    bool markSeen(const QString &sessionKey);
    bool markAllSeen();

signals:
    // Every change may be another: the conference changed, was updated, or all were seen.
    void reset();
    void sessionSeen(const QString &sessionKey);

private:
    Database &m_database;
    QString m_conferenceKey;
    QHash<QString, SessionChange> m_changes;
};

} // namespace planner
