#pragma once

#include "annotation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace planner {

class UserDataService;

// Removing a key point of the user's own, with its star and comment, as an
// undoable step: undone, it comes back in its place as it was, with its key.
class RemoveKeyPointCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::RemoveKeyPointCommand)

public:
    RemoveKeyPointCommand(UserDataService &userData, const QString &conference,
        const QString &session, const QString &text, const Annotation &annotation,
        const QStringList &order);

    void redo() override;
    void undo() override;

private:
    UserDataService &m_userData;
    QString m_conference;
    QString m_session;
    QString m_text;
    Annotation m_annotation;
    QStringList m_order; // the own points' keys when it was removed, its own included
};

} // namespace planner
