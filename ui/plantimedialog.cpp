#include "plantimedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace planner {

PlanTimeDialog::PlanTimeDialog(const QString &sessionTitle, const QTimeZone &zone,
    const QDateTime &suggestedStart, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone)
    , m_start(new QDateTimeEdit(this))
    , m_minutes(new QSpinBox(this))
{
    setWindowTitle(tr("Plan a Time"));
    const QDateTime wallClock = suggestedStart.toTimeZone(zone);
    m_start->setDateTime(QDateTime(wallClock.date(), wallClock.time()));
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("Start"));
    m_minutes->setRange(5, 24 * 60);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(45);
    m_minutes->setSuffix(tr(" min", "minutes"));
    m_minutes->setAccessibleName(tr("Length in minutes"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    auto *title = new QLabel(sessionTitle, this);
    title->setWordWrap(true);
    form->addRow(title);
    form->addRow(tr("&Start (%1):").arg(QString::fromUtf8(zone.id())), m_start);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(buttons);
}

QDateTime PlanTimeDialog::start() const
{
    const QDateTime wallClock = m_start->dateTime();
    return QDateTime(wallClock.date(), wallClock.time(), m_zone).toUTC();
}

QDateTime PlanTimeDialog::end() const
{
    return start().addSecs(qint64(m_minutes->value()) * 60);
}

} // namespace planner
