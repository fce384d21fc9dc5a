#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace planner {

class UserDataService;

// Adding or removing a bookmark, as an undoable step: a slip of Ctrl+D costs
// nothing.
class BookmarkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::BookmarkCommand)

public:
    BookmarkCommand(UserDataService &userData, const QString &conference, const QString &session,
        const QString &title, bool bookmarked);

    void redo() override;
    void undo() override;

private:
    UserDataService &m_userData;
    QString m_conference;
    QString m_session;
    bool m_bookmarked;
};

} // namespace planner
