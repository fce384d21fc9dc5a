#pragma once

#include <QTimeZone>
#include <QDateTime>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeView;

namespace planner {

class ProgrammeStore;
class ScheduleModel;
class UserDataService;

// The personal schedule pane: the ScheduleModel's days in a tree, or a hint on
// how to fill it while it is empty. Activating a row (double-click or Enter)
// asks the window to show that session; on-demand sessions can be planned.
class ScheduleView : public QWidget
{
    Q_OBJECT

public:
    ScheduleView(ScheduleModel &model, UserDataService &userData, QWidget *parent = nullptr);

    void setConference(const QString &conferenceKey, const QTimeZone &zone, const QDate &firstDay);
    QTreeView *tree() const { return m_tree; }
    bool isShowingEmptyState() const;
    void selectSession(const QString &sessionKey);
    // Gives the keyboard to the schedule on a session: `preferred` when it is there,
    // else the one already chosen, else the first.
    void focusSession(const QString &preferred);

    void planSelectedSession();
    void clearPlanOfSelectedSession();

signals:
    void sessionActivated(const QString &sessionKey);
    // Keep `sessionKey` and drop the bookmarks of the sessions it clashes with.
    void keepOnlyRequested(const QString &sessionKey, const QStringList &clashing);
    // Show the programme running during [start, end), as a session or gap spans it.
    void sameTimeRequested(const QDateTime &start, const QDateTime &end);
    // A gap in the user's day: the sessions that fit in it.
    void gapFillRequested(const QDateTime &start, const QDateTime &end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEmptyState();
    void showContextMenu(const QPoint &position);
    QString selectedKey() const;

    ScheduleModel &m_model;
    UserDataService &m_userData;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTreeView *m_tree;
    QString m_conferenceKey;
    QTimeZone m_zone;
    QDate m_firstDay;
};

} // namespace planner
