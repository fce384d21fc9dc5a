#pragma once

#include "language.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QTabBar;
class QToolButton;

namespace planner {

class Clock;
class DayGridModel;
class DayGridView;

// The Day tab: the conference's days to choose from, the grid of the chosen
// day, and its controls (the time zone shown, zoom). The window hears which
// session the user chooses and tells it which one to show.
class DayView : public QWidget
{
    Q_OBJECT

public:
    explicit DayView(DayGridModel &model, QWidget *parent = nullptr);

    DayGridView *grid() const { return m_grid; }
    QTabBar *dayTabs() const { return m_days; }
    void setClock(const Clock &clock);

    // Shows the session's day and selects it there; false when it has no place
    // on the grid (no time, or its room hidden).
    bool selectSession(const QString &sessionKey);
    QString currentSessionKey() const;
    void showDay(const QDate &day);

    // The zones the grid can be shown in: the conference's own and the user's.
    void setZones(const QTimeZone &conference, const QTimeZone &yours);
    bool inYourZone() const;
    void setInYourZone(bool yours);

    void setLanguage(Language language);

signals:
    void sessionChosen(const QString &sessionKey);
    void sessionActivated(const QString &sessionKey);
    void roomLayoutChanged();

private:
    void fillDays();
    void applyZone();
    void retranslateUi();

    DayGridModel &m_model;
    QTabBar *m_days;
    QToolButton *m_zone;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QLabel *m_count;
    DayGridView *m_grid;
    QTimeZone m_conferenceZone;
    QTimeZone m_yourZone;
    Language m_language = Language::English;
    bool m_filling = false;
    bool m_zonesDiffer = false;
};

} // namespace planner
