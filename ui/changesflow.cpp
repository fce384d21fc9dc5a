#include "changesflow.h"

#include "conference.h"
#include "importimpact.h"
#include "programmefilterbar.h"
#include "programmefiltermodel.h"
#include "timeformatter.h"
#include "unseenchanges.h"

#include <QApplication>
#include <QWidget>

namespace planner {

ChangesFlow::ChangesFlow(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_changes(new UnseenChanges(database, this))
{
    connect(m_changes, &UnseenChanges::reset, this, &ChangesFlow::updateBar);
    connect(m_changes, &UnseenChanges::sessionSeen, this, &ChangesFlow::updateBar);
}

void ChangesFlow::attach(ProgrammeFilterBar *bar, ProgrammeFilterModel *filter)
{
    m_bar = bar;
    m_filter = filter;
    connect(bar, &ProgrammeFilterBar::changesOnlyChosen, this,
        [this](bool on) { m_filter->setChangedOnly(on); });
    connect(bar, &ProgrammeFilterBar::markAllSeenChosen, this, &ChangesFlow::markAllSeen);
    updateBar();
}

void ChangesFlow::updateBar()
{
    if (m_bar)
        m_bar->setChangeCount(m_changes->count());
}

void ChangesFlow::setConference(const QString &conferenceKey)
{
    // Another conference's changes are no list of this one's.
    if (conferenceKey != m_changes->conference())
        showChangesOnly(false);
    m_changes->setConference(conferenceKey);
}

void ChangesFlow::sessionShown(const QString &sessionKey)
{
    if (!m_seenHeld && !sessionKey.isEmpty())
        m_changes->markSeen(sessionKey);
}

void ChangesFlow::markAllSeen()
{
    m_changes->markAllSeen();
    showChangesOnly(false); // an empty list is no help
}

void ChangesFlow::showChangesOnly(bool on)
{
    if (m_bar)
        m_bar->showChangesOnly(on);
    if (m_filter)
        m_filter->setChangedOnly(on);
}

ReminderNotifier::Message ChangesFlow::message(
    const Conference &conference, const ImportImpact &impact, Language language)
{
    const TimeFormatter formatter(localeOf(language), conference.zone());
    QStringList lines;
    for (const ImportImpact::Move &move : impact.moved) {
        const QString when = formatter.format(move.after.time);
        const QString where = move.after.room.isEmpty()
            ? when
            : tr("%1 · %2", "time · room").arg(when, move.after.room);
        lines.append(tr("%1 moved to %2").arg(move.after.title.text(language), where));
    }
    for (const SessionRow &row : impact.cancelled)
        lines.append(tr("%1 is cancelled").arg(row.title.text(language)));
    const int count = int(lines.size());
    return { tr("%n of your sessions changed", "bookmarked sessions an update moved or cancelled",
                 count),
        lines.join(u'\n') };
}

void ChangesFlow::programmeUpdated(const Conference &conference, const ImportImpact &impact)
{
    if (impact.moved.isEmpty() && impact.cancelled.isEmpty())
        return;
    Reminder about;
    about.conference = conference.key;
    // Clicked: the one session, or the list of them all.
    if (impact.moved.size() + impact.cancelled.size() == 1)
        about.session = impact.moved.isEmpty() ? impact.cancelled.first().key
                                               : impact.moved.first().after.key;
    about.zone = conference.zone();
    if (ReminderNotifier *shown = notifier())
        shown->show(about, message(conference, impact, m_language));
    QApplication::alert(m_window);
}

void ChangesFlow::setNotifier(ReminderNotifier *notifier)
{
    delete m_notifier;
    m_notifier = notifier;
    m_notifierChosen = true;
    if (!m_notifier)
        return;
    m_notifier->setParent(this);
    connect(m_notifier, &ReminderNotifier::activated, this,
        [this](const QString &conference, const QString &session) {
            if (session.isEmpty())
                emit changesRequested(conference);
            else
                emit sessionRequested(conference, session);
        });
}

ReminderNotifier *ChangesFlow::notifier()
{
    // Asked for at the first notification: most updates move no bookmark.
    if (!m_notifierChosen)
        setNotifier(ReminderNotifier::forDesktop(this));
    return m_notifier;
}

} // namespace planner
