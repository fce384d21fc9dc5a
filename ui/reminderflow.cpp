#include "reminderflow.h"

#include "clock.h"
#include "preferences.h"
#include "reminderchooser.h"
#include "remindernotifier.h"
#include "reminderscheduler.h"
#include "reminderstore.h"
#include "userdataservice.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QWidget>

namespace planner {

ReminderFlow::ReminderFlow(Database &database, UserDataService &userData, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_store(std::make_unique<ReminderStore>(database))
    , m_scheduler(new ReminderScheduler(*m_store, Clock::system(), this))
    , m_clock(&Clock::system())
    , m_menu(new QMenu(window))
    , m_choices(new QActionGroup(this))
    , m_note(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("remindersMenu"));
    const int usual = Preferences().reminderMinutes();
    m_scheduler->setDefaultMinutes(usual);
    QList<int> minutes { 0 };
    minutes += ReminderChooser::choices();
    for (int choice : minutes) {
        QAction *action = m_menu->addAction(QString());
        action->setCheckable(true);
        action->setData(choice);
        action->setChecked(choice == usual);
        m_choices->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { setUsualMinutes(choice); });
    }
    m_menu->addSeparator();
    m_note->setEnabled(false); // a line of explanation, not a command
    m_menu->addAction(m_note);
    connect(m_scheduler, &ReminderScheduler::due, this, &ReminderFlow::show);
    // A change to what is bookmarked, or when, may make a reminder due at once.
    const auto check = [this] {
        if (m_scheduler->isActive())
            m_scheduler->check();
    };
    connect(&userData, &UserDataService::bookmarkChanged, this, check);
    connect(&userData, &UserDataService::reminderChanged, this, check);
    connect(&userData, &UserDataService::plannedTimeChanged, this, check);
    connect(&userData, &UserDataService::restored, this, check);
    retranslate();
}

ReminderFlow::~ReminderFlow() = default;

int ReminderFlow::usualMinutes() const
{
    return m_scheduler->defaultMinutes();
}

void ReminderFlow::setUsualMinutes(int minutes)
{
    Preferences().setReminderMinutes(minutes);
    for (QAction *action : m_choices->actions())
        action->setChecked(action->data().toInt() == minutes);
    m_scheduler->setDefaultMinutes(minutes);
    emit usualMinutesChanged(minutes);
}

void ReminderFlow::setClock(const Clock &clock)
{
    m_clock = &clock;
    m_scheduler->setClock(clock);
}

void ReminderFlow::setLanguage(Language language)
{
    m_language = language;
}

void ReminderFlow::setNotifier(ReminderNotifier *notifier)
{
    delete m_notifier;
    m_notifier = notifier;
    m_notifierChosen = true;
    if (m_notifier) {
        m_notifier->setParent(this);
        connect(m_notifier, &ReminderNotifier::activated, this, &ReminderFlow::sessionRequested);
    }
}

void ReminderFlow::start()
{
    m_scheduler->start();
}

void ReminderFlow::retranslate()
{
    m_menu->setTitle(tr("&Reminders"));
    for (QAction *action : m_choices->actions()) {
        const int minutes = action->data().toInt();
        action->setText(minutes == 0 ? tr("&No Reminders")
                                     : tr("%n Minute(s) Before Each Bookmark", nullptr, minutes));
    }
    m_note->setText(tr("Shown while Conference Planner is open"));
}

ReminderNotifier *ReminderFlow::notifier()
{
    // Looked for at the first reminder, not at start: asking the session bus
    // costs a start that may never remind of anything.
    if (!m_notifierChosen)
        setNotifier(ReminderNotifier::forDesktop(this));
    return m_notifier;
}

void ReminderFlow::show(const Reminder &reminder)
{
    const ReminderNotifier::Message message
        = ReminderNotifier::message(reminder, m_language, m_clock->now());
    if (ReminderNotifier *shown = notifier())
        shown->show(reminder, message);
    // Also in the window, for a desktop with neither notifications nor a tray.
    QApplication::alert(m_window);
    emit announced(tr("Reminder: %1. %2").arg(message.summary, message.body));
}

} // namespace planner
