#include "reminderchooser.h"

#include "userdataservice.h"
#include "userdatastore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace planner {

namespace {

// The combo's data: -1 follows the usual lead time, 0 is none, else minutes.
constexpr int usual = -1;

} // namespace

ReminderChooser::ReminderChooser(UserDataService &userData, QWidget *parent)
    : QWidget(parent)
    , m_userData(userData)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("reminderChoice"));
    // As wide as its longest choice where there is room; a narrow pane elides it
    // rather than the window growing wider for it.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumWidth(m_combo->fontMetrics().horizontalAdvance(u'M') * 5);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, &ReminderChooser::onActivated);
    connect(&m_userData, &UserDataService::reminderChanged, this,
        [this](const QString &conference, const QString &session) {
            if (conference == m_conference && session == m_session)
                showStored();
        });
    retranslateUi();
}

const QList<int> &ReminderChooser::choices()
{
    static const QList<int> minutes { 5, 10, 15, 30 };
    return minutes;
}

void ReminderChooser::setSession(const QString &conference, const QString &session)
{
    m_conference = conference;
    m_session = session;
    showStored();
}

void ReminderChooser::setUsualMinutes(int minutes)
{
    m_usualMinutes = minutes;
    retranslateUi();
}

void ReminderChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReminderChooser::retranslateUi()
{
    m_label->setText(tr("&Remind me:"));
    m_combo->clear();
    m_combo->addItem(m_usualMinutes > 0
            ? tr("As usual (%n minute(s) before)", nullptr, m_usualMinutes)
            : tr("As usual (no reminder)"),
        usual);
    m_combo->addItem(tr("No reminder"), 0);
    for (int minutes : choices())
        m_combo->addItem(tr("%n minute(s) before", nullptr, minutes), minutes);
    // Said where the choice is made: nothing reminds the user with the window closed.
    const QString note = tr("Reminders are shown while Conference Planner is open.");
    m_combo->setToolTip(note);
    m_label->setToolTip(note);
    m_combo->setAccessibleName(tr("Reminder"));
    m_combo->setAccessibleDescription(note);
    showStored();
}

void ReminderChooser::showStored()
{
    if (m_session.isEmpty())
        return;
    const std::optional<int> own = m_userData.store().reminderMinutes(m_conference, m_session);
    int index = m_combo->findData(own.value_or(usual));
    if (index < 0) { // a lead time set elsewhere (a restored backup) that the list lacks
        m_combo->addItem(tr("%n minute(s) before", nullptr, *own), *own);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

void ReminderChooser::onActivated(int index)
{
    const int minutes = m_combo->itemData(index).toInt();
    m_userData.setReminderMinutes(
        m_conference, m_session, minutes == usual ? std::nullopt : std::optional<int>(minutes));
}

} // namespace planner
