#pragma once

#include "language.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace planner {

class ConferenceZoneDialog;
class Database;

// View ▸ Conference Time Zone…: asks for the zone (ConferenceZoneDialog) and
// changes it (ConferenceZone); the window then shows every time in it.
class ConferenceZoneFlow : public QObject
{
    Q_OBJECT

public:
    ConferenceZoneFlow(Database &database, QWidget *window);

    QAction *action() const { return m_action; }
    // Opens the dialog for the conference, its title in `language`; returns at
    // once, the change following when the dialog is accepted.
    void choose(const QString &conferenceKey, Language language);
    // For tests: the dialog, while shown.
    ConferenceZoneDialog *dialog() const;

    void retranslate();

signals:
    void zoneChanged(const QString &conferenceKey);

private:
    void apply(const QString &conferenceKey, const QString &zoneId);

    Database &m_database;
    QWidget *m_window;
    QAction *m_action;
    QPointer<ConferenceZoneDialog> m_dialog;
};

} // namespace planner
