#include "conferencezoneflow.h"

#include "conferencezone.h"
#include "conferencezonedialog.h"
#include "programmestore.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace planner {

ConferenceZoneFlow::ConferenceZoneFlow(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("conferenceTimeZone"));
    retranslate();
}

ConferenceZoneDialog *ConferenceZoneFlow::dialog() const
{
    return m_dialog;
}

void ConferenceZoneFlow::retranslate()
{
    m_action->setText(tr("Conference &Time Zone…"));
    m_action->setStatusTip(tr("Show the conference's times in another time zone"));
}

void ConferenceZoneFlow::choose(const QString &conferenceKey, Language language)
{
    const std::optional<Conference> conference = ProgrammeStore(m_database).conference(conferenceKey);
    if (!conference || m_dialog)
        return;
    m_dialog = new ConferenceZoneDialog(
        conference->title.text(language), conference->zone(), ConferenceZone::zoneIds(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, conferenceKey] {
        apply(conferenceKey, m_dialog->chosenZone());
    });
    m_dialog->open();
}

void ConferenceZoneFlow::apply(const QString &conferenceKey, const QString &zoneId)
{
    const StoreStatus status = ConferenceZone(m_database).change(conferenceKey, zoneId);
    if (!status.ok()) {
        QMessageBox::warning(m_window, tr("Conference Time Zone"),
            tr("The time zone could not be changed: %1").arg(status.error));
        return;
    }
    emit zoneChanged(conferenceKey);
}

} // namespace planner
