#pragma once

#include "language.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace planner {

class Database;

// Lists what programme updates changed since the user last looked: new, moved,
// changed and cancelled sessions, each with what it was and what it is now
// ("Sat 2 May 11:00 · Hall A" → "15:00 · Hall B"), bookmarks first and starred.
// "Mark All as Seen" empties the list; activating a row shows the session.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    ChangesDialog(Database &database, const QString &conferenceKey, Language language,
        QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    int changeCount() const;

signals:
    void sessionChosen(const QString &sessionKey);
    void markedSeen();

private:
    void fill();
    void markAllSeen();

    Database &m_database;
    QString m_conferenceKey;
    Language m_language;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
    QPushButton *m_markSeen;
};

} // namespace planner
