#include "editkeypointcommand.h"

#include "userdataservice.h"

namespace planner {

EditKeyPointCommand::EditKeyPointCommand(UserDataService &userData, const QString &conference,
    const QString &session, const QString &key, const QString &before, const QString &after)
    : m_userData(userData)
    , m_conference(conference)
    , m_session(session)
    , m_key(key)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Edit Key Point “%1”").arg(after.left(40)));
}

void EditKeyPointCommand::redo()
{
    if (m_saved) {
        m_saved = false;
        return;
    }
    m_userData.setUserKeyPointText(m_conference, m_session, m_key, m_after);
}

void EditKeyPointCommand::undo()
{
    m_userData.setUserKeyPointText(m_conference, m_session, m_key, m_before);
}

} // namespace planner
