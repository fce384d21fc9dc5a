#include "addkeypointcommand.h"

#include "userdataservice.h"

namespace planner {

AddKeyPointCommand::AddKeyPointCommand(UserDataService &userData, const QString &conference,
    const QString &session, const QString &text)
    : m_userData(userData)
    , m_conference(conference)
    , m_session(session)
    , m_text(text)
{
    setText(tr("Add Key Point “%1”").arg(text.left(40)));
}

void AddKeyPointCommand::redo()
{
    QString key = m_key;
    if (m_userData.addUserKeyPoint(m_conference, m_session, m_text, &key).ok())
        m_key = key;
}

void AddKeyPointCommand::undo()
{
    if (m_key.isEmpty()) // never saved
        return;
    // A star or comment given to it meanwhile goes with it.
    m_userData.setAnnotation(m_conference, m_session, { m_key, false, {} });
    m_userData.removeUserKeyPoint(m_conference, m_session, m_key);
}

} // namespace planner
