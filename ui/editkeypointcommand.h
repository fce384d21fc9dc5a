#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace planner {

class UserDataService;

// A key point of the user's own given new words, as an undoable step. It is
// recorded after the edit was saved in place, so its first redo does nothing.
class EditKeyPointCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::EditKeyPointCommand)

public:
    EditKeyPointCommand(UserDataService &userData, const QString &conference,
        const QString &session, const QString &key, const QString &before, const QString &after);

    void redo() override;
    void undo() override;

private:
    UserDataService &m_userData;
    QString m_conference;
    QString m_session;
    QString m_key;
    QString m_before;
    QString m_after;
    bool m_saved = true; // the edit in place saved it already
};

} // namespace planner
