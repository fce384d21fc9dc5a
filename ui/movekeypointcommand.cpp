#include "movekeypointcommand.h"

#include "userdataservice.h"

namespace planner {

MoveKeyPointCommand::MoveKeyPointCommand(UserDataService &userData, const QString &conference,
    const QString &session, const QString &text, const QStringList &before,
    const QStringList &after)
    : m_userData(userData)
    , m_conference(conference)
    , m_session(session)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Move Key Point “%1”").arg(text.left(40)));
}

void MoveKeyPointCommand::redo()
{
    m_userData.setUserKeyPointOrder(m_conference, m_session, m_after);
}

void MoveKeyPointCommand::undo()
{
    m_userData.setUserKeyPointOrder(m_conference, m_session, m_before);
}

} // namespace planner
