#include "agendabuilder.h"

#include "programmestore.h"
#include "userdatastore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace planner {

AgendaBuilder::AgendaBuilder(Database &database)
    : m_database(database)
{
}

Agenda AgendaBuilder::build(const QString &conferenceKey, AgendaScope scope) const
{
    Agenda agenda;
    agenda.scope = scope;
    const ProgrammeStore programme(m_database);
    const std::optional<Conference> conference = programme.conference(conferenceKey);
    if (!conference)
        return agenda;
    agenda.conference = *conference;

    QHash<QString, LocalizedText> trackNames;
    for (const Track &track : programme.tracks(conferenceKey))
        trackNames.insert(track.key, track.name);
    // A personal agenda reads only the bookmarked sessions: reading the whole
    // programme made 1,000 bookmarks of a 100,000-session programme take 1.4 s.
    const bool whole = scope == AgendaScope::WholeProgramme;
    const QSet<QString> removed = programme.removedSessionKeys(conferenceKey);
    // Bookmarks on sessions dropped from the programme stay: the user still holds them.
    const QStringList bookmarkList = UserDataStore(m_database).bookmarks(conferenceKey);
    const QSet<QString> bookmarks(bookmarkList.cbegin(), bookmarkList.cend());
    const QList<Session> sessions = programme.sessions(
        conferenceKey, whole ? ProgrammeStore::WithRemoved : ProgrammeStore::BookmarkedWithRemoved);
    const QHash<QString, UserDataStore::SessionData> userData
        = UserDataStore(m_database).sessionData(conferenceKey);
    for (const Session &session : sessions) {
        const bool isRemoved = removed.contains(session.key);
        const bool inScope = (scope == AgendaScope::WholeProgramme && !isRemoved)
            || bookmarks.contains(session.key);
        if (!inScope)
            continue;
        AgendaItem entry = item(session, isRemoved, userData.value(session.key));
        entry.trackName = trackNames.value(session.trackKey);
        agenda.items.append(entry);
    }
    sort(agenda.items, agenda.timeZone());
    return agenda;
}

AgendaItem AgendaBuilder::item(
    const Session &session, bool removed, const UserDataStore::SessionData &userData)
{
    AgendaItem entry;
    entry.session = session;
    entry.removed = removed;
    entry.note = userData.note;
    entry.annotations = userData.annotations;
    entry.userKeyPoints = userData.userKeyPoints;
    entry.reminderMinutes = userData.reminderMinutes;
    if (const auto &planned = userData.plannedTime) {
        // The store keeps a missing end as the start itself.
        const QDateTime end = planned->second > planned->first ? planned->second : QDateTime();
        entry.plannedTime = PlannedTime { planned->first, end };
    }
    return entry;
}

void AgendaBuilder::sort(QList<AgendaItem> &items, const QTimeZone &zone)
{
    const auto sortKey = [&zone](const AgendaItem &item) {
        const QDate day = item.day(zone);
        const QDateTime start = item.start();
        // Undated sessions after every day; on a day, a time TBA after the timed ones.
        return std::make_tuple(!day.isValid(), day.isValid() ? day.toJulianDay() : 0,
            !start.isValid(), start.isValid() ? start.toSecsSinceEpoch() : 0);
    };
    std::stable_sort(items.begin(), items.end(),
        [&sortKey](const AgendaItem &a, const AgendaItem &b) { return sortKey(a) < sortKey(b); });
}

} // namespace planner
