#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace planner {

class UserDataService;

// Adding a key point of the user's own, as an undoable step. A redo after an
// undo brings back the same point (same key), so later steps still find it.
class AddKeyPointCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::AddKeyPointCommand)

public:
    AddKeyPointCommand(UserDataService &userData, const QString &conference,
        const QString &session, const QString &text);

    void redo() override;
    void undo() override;

    // The point's key since the last redo; empty when it could not be saved.
    QString key() const { return m_key; }

private:
    UserDataService &m_userData;
    QString m_conference;
    QString m_session;
    QString m_text;
    QString m_key;
};

} // namespace planner
