#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace planner {

class UserDataService;

// Moving a key point of the user's own up or down among the others, as an
// undoable step: the order before and after, by key.
class MoveKeyPointCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::MoveKeyPointCommand)

public:
    MoveKeyPointCommand(UserDataService &userData, const QString &conference,
        const QString &session, const QString &text, const QStringList &before,
        const QStringList &after);

    void redo() override;
    void undo() override;

private:
    UserDataService &m_userData;
    QString m_conference;
    QString m_session;
    QStringList m_before;
    QStringList m_after;
};

} // namespace planner
