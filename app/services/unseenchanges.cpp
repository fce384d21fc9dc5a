#include "unseenchanges.h"

#include "database.h"

namespace planner {

UnseenChanges::UnseenChanges(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

void UnseenChanges::setConference(const QString &conferenceKey)
{
    m_conferenceKey = conferenceKey;
    m_changes.clear();
    if (!conferenceKey.isEmpty()) {
        for (const SessionChange &change : SessionChangeStore(m_database).changes(conferenceKey))
            m_changes.insert(change.sessionKey, change);
    }
    emit reset();
}

bool UnseenChanges::markSeen(const QString &sessionKey)
{
    if (!m_changes.contains(sessionKey) || m_database.isReadOnly())
        return false;
    if (!SessionChangeStore(m_database).markSeen(m_conferenceKey, sessionKey).ok())
        return false;
    m_changes.remove(sessionKey);
    emit sessionSeen(sessionKey);
    return true;
}

bool UnseenChanges::markAllSeen()
{
    if (m_database.isReadOnly()
        || !SessionChangeStore(m_database).markAllSeen(m_conferenceKey).ok())
        return false;
    m_changes.clear();
    emit reset();
    return true;
}

} // namespace planner
