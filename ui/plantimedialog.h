#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QDateTimeEdit;
class QSpinBox;

namespace planner {

// Asks when the user plans to watch an on-demand session: a start at the
// conference's wall-clock time and a length.
class PlanTimeDialog : public QDialog
{
    Q_OBJECT

public:
    PlanTimeDialog(const QString &sessionTitle, const QTimeZone &zone,
        const QDateTime &suggestedStart, QWidget *parent = nullptr);

    QDateTime start() const; // UTC
    QDateTime end() const; // UTC

private:
    QTimeZone m_zone;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
};

} // namespace planner
