#include "removekeypointcommand.h"

#include "userdataservice.h"
#include "userdatastore.h"

namespace planner {

RemoveKeyPointCommand::RemoveKeyPointCommand(UserDataService &userData, const QString &conference,
    const QString &session, const QString &text, const Annotation &annotation)
    : m_userData(userData)
    , m_conference(conference)
    , m_session(session)
    , m_text(text)
    , m_annotation(annotation)
{
    setText(tr("Remove Key Point “%1”").arg(text.left(40)));
}

void RemoveKeyPointCommand::redo()
{
    m_userData.setAnnotation(m_conference, m_session, { m_annotation.pointKey, false, {} });
    m_userData.removeUserKeyPoint(m_conference, m_session, m_annotation.pointKey);
}

void RemoveKeyPointCommand::undo()
{
    if (!m_userData.addUserKeyPoint(m_conference, m_session, m_text).ok())
        return;
    const QList<UserKeyPoint> own = m_userData.store().userKeyPoints(m_conference, m_session);
    if (own.isEmpty())
        return;
    m_annotation.pointKey = own.last().key; // added last
    if (m_annotation.starred || !m_annotation.comment.isEmpty())
        m_userData.setAnnotation(m_conference, m_session, m_annotation);
}

} // namespace planner
