#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QPoint;
class QUndoCommand;
class QUndoStack;

namespace planner {

class KeyPointModel;
class KeyPointView;
class UserDataService;

// What the user does to a session's key points of their own — add, edit the
// words, move up or down, remove — each as one step of the window's undo stack
// (Ctrl+Z), and the view's context menu that offers it all. The point being
// worked on stays current in the view as the list is read again.
class KeyPointActions : public QObject
{
    Q_OBJECT

public:
    KeyPointActions(UserDataService &userData, KeyPointModel &model, KeyPointView &view,
        QObject *parent = nullptr);

    void setSession(const QString &conference, const QString &session);
    // Where the steps are recorded; none: they are done and cannot be undone.
    void setUndoStack(QUndoStack *undoStack) { m_undoStack = undoStack; }

    // Adds `text` after the user's other points and makes it current.
    bool add(const QString &text);
    void remove(int row);
    // `by` is -1 (up) or 1 (down), among the user's own points only.
    void move(int row, int by);

private:
    void record(QUndoCommand *command);
    void onTextEdited(const QString &key, const QString &before, const QString &after);
    void showContextMenu(const QPoint &position);
    void rememberCurrent();
    void restoreCurrent();
    QString textAt(int row) const;
    bool isOwn(int row) const;

    UserDataService &m_userData;
    KeyPointModel &m_model;
    KeyPointView &m_view;
    QUndoStack *m_undoStack = nullptr;
    QString m_conference;
    QString m_session;
    QString m_currentKey; // across a reset of the model
    int m_currentColumn = 0;
};

} // namespace planner
