#include "changetext.h"

#include "timeformatter.h"

namespace planner {

QString ChangeText::badge(SessionChange::Kind kind)
{
    switch (kind) {
    case SessionChange::Kind::New:
        return tr("New", "a session new in the programme");
    case SessionChange::Kind::Moved:
        return tr("Moved", "a session at another time or in another room");
    case SessionChange::Kind::Changed:
        return tr("Changed", "a session with another title, code or track");
    case SessionChange::Kind::Cancelled:
        return tr("Cancelled", "a session gone from the programme");
    }
    return {};
}

QString ChangeText::place(
    const TimeFormatter &formatter, const SessionTime &time, const QString &room)
{
    const QString when = formatter.format(time);
    return room.isEmpty() ? when : tr("%1 · %2", "time · room").arg(when, room);
}

QString ChangeText::before(
    const SessionChange &change, const TimeFormatter &formatter, Language language)
{
    switch (change.kind) {
    case SessionChange::Kind::New:
        return {};
    case SessionChange::Kind::Changed:
        return change.oldTitle.text(language);
    case SessionChange::Kind::Moved:
    case SessionChange::Kind::Cancelled:
        break;
    }
    const SessionTime was = change.oldStart.isValid()
        ? SessionTime::timed(change.oldStart, change.oldEnd, QDate())
        : SessionTime::onDemand();
    return place(formatter, was, change.oldRoom);
}

QString ChangeText::now(const SessionChange &change, const Now &session,
    const TimeFormatter &formatter, Language language)
{
    switch (change.kind) {
    case SessionChange::Kind::Cancelled:
        return tr("cancelled");
    case SessionChange::Kind::Changed:
        return session.title.text(language);
    case SessionChange::Kind::New:
    case SessionChange::Kind::Moved:
        break;
    }
    return place(formatter, session.time, session.room);
}

QString ChangeText::description(const SessionChange &change, const Now &session,
    const TimeFormatter &formatter, Language language)
{
    switch (change.kind) {
    case SessionChange::Kind::New:
        return tr("New in the programme since you last looked: %1")
            .arg(now(change, session, formatter, language));
    case SessionChange::Kind::Cancelled:
        return tr("Cancelled since you last looked; it was %1")
            .arg(before(change, formatter, language));
    case SessionChange::Kind::Changed:
        if (change.oldTitle.text(language) == session.title.text(language))
            return tr("Changed since you last looked: its code or track");
        break;
    case SessionChange::Kind::Moved:
        break;
    }
    return tr("%1: %2 → %3", "the change, what the session was, what it is now")
        .arg(badge(change.kind), before(change, formatter, language),
            now(change, session, formatter, language));
}

} // namespace planner
