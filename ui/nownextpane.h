#pragma once

#include "language.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QTreeView;

namespace planner {

class Clock;
class NowNextModel;

// The Now & Next tab: what runs now and what starts within the hour, kept up to
// date by the minute while it is shown.
class NowNextPane : public QWidget
{
    Q_OBJECT

public:
    explicit NowNextPane(NowNextModel &model, QWidget *parent = nullptr);

    QTreeView *list() const { return m_list; }
    void setClock(const Clock &clock);
    void setZone(const QTimeZone &zone);
    void setLanguage(Language language);
    // Reads the clock and lists what is on at that time.
    void refresh();

signals:
    void sessionChosen(const QString &sessionKey);
    void sessionActivated(const QString &sessionKey);

protected:
    void showEvent(QShowEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    void retranslateUi();
    void spanHeadings();

    NowNextModel &m_model;
    const Clock *m_clock;
    QTimeZone m_zone = QTimeZone::utc();
    Language m_language = Language::English;
    QLabel *m_time;
    QTreeView *m_list;
    int m_timer = 0;
};

} // namespace planner
