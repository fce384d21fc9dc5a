#include "removekeypointcommand.h"

#include "userdataservice.h"

namespace planner {

RemoveKeyPointCommand::RemoveKeyPointCommand(UserDataService &userData, const QString &conference,
    const QString &session, const QString &text, const Annotation &annotation,
    const QStringList &order)
    : m_userData(userData)
    , m_conference(conference)
    , m_session(session)
    , m_text(text)
    , m_annotation(annotation)
    , m_order(order)
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
    QString key = m_annotation.pointKey;
    if (!m_userData.addUserKeyPoint(m_conference, m_session, m_text, &key).ok())
        return;
    m_userData.setUserKeyPointOrder(m_conference, m_session, m_order);
    if (m_annotation.starred || !m_annotation.comment.isEmpty())
        m_userData.setAnnotation(m_conference, m_session, m_annotation);
}

} // namespace planner
