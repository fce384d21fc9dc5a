#include "exportedagendamerge.h"

#include "icswriter.h"
#include "programmestore.h"
#include "userdatastore.h"

#include <QHash>
#include <QSet>

namespace planner {

namespace {

// A stored conference's sessions by the UID IcsWriter gives each.
QHash<QString, SessionRow> byUid(const QString &conference, const QList<SessionRow> &rows)
{
    QHash<QString, SessionRow> sessions;
    for (const SessionRow &row : rows)
        sessions.insert(IcsWriter::uid(conference, row.key), row);
    return sessions;
}

int matches(const QHash<QString, SessionRow> &sessions, const ConferenceData &agenda)
{
    int count = 0;
    for (const Session &s : agenda.sessions)
        count += sessions.contains(s.key) ? 1 : 0;
    return count;
}

} // namespace

ExportedAgendaMerge::ExportedAgendaMerge(Database &database)
    : m_database(database)
{
}

QString ExportedAgendaMerge::conferenceOf(const ConferenceData &agenda) const
{
    // The agenda is in one interface language: its name is either title.
    const QString name = agenda.conference.title.text(Language::English);
    ProgrammeStore store(m_database);
    QList<ConferenceSummary> candidates;
    QList<ConferenceSummary> others;
    for (const ConferenceSummary &c : store.conferences())
        (c.title.en == name || c.title.zh == name ? candidates : others).append(c);
    // A conference renamed since the export is still found by its sessions.
    candidates += others;
    QString best;
    int bestCount = 0;
    for (const ConferenceSummary &c : std::as_const(candidates)) {
        const int count = matches(byUid(c.key, store.sessionRows(c.key)), agenda);
        if (count > bestCount) {
            best = c.key;
            bestCount = count;
        }
    }
    return best;
}

StoreStatus ExportedAgendaMerge::merge(const ConferenceData &agenda, AgendaMerge *merged)
{
    const QString key = conferenceOf(agenda);
    if (key.isEmpty())
        return StoreStatus::failure(
            tr("this file is an agenda of \"%1\" exported by Conference Planner, but none of its "
               "sessions is in a conference here; import the conference's programme first. "
               "Nothing was changed.")
                .arg(agenda.conference.title.text(Language::English)));
    merged->conferenceKey = key;
    const QHash<QString, SessionRow> sessions
        = byUid(key, ProgrammeStore(m_database).sessionRows(key));
    return m_database.transaction([&] {
        UserDataStore userData(m_database);
        const QStringList marked = userData.bookmarks(key);
        const QSet<QString> bookmarked(marked.cbegin(), marked.cend());
        QStringList added;
        for (const Session &s : agenda.sessions) {
            const auto row = sessions.constFind(s.key);
            if (row == sessions.constEnd()) {
                merged->unknown.append(s.title.text(Language::English));
                continue;
            }
            if (bookmarked.contains(row->key) || added.contains(row->key))
                ++merged->alreadyBookmarked;
            else
                added.append(row->key);
            // Only a session without a time of its own has a time the user planned.
            if (row->time.kind() != SessionTime::Kind::OnDemand
                || s.time.kind() != SessionTime::Kind::Timed)
                continue;
            const auto planned = userData.plannedTime(key, row->key);
            if (planned && planned->first == s.time.start && planned->second == s.time.end)
                continue;
            const StoreStatus status
                = userData.setPlannedTime(key, row->key, s.time.start, s.time.end);
            if (!status.ok())
                return status;
            ++merged->planned;
        }
        merged->bookmarked = int(added.size());
        return added.isEmpty() ? StoreStatus::success() : userData.setBookmarked(key, added, true);
    });
}

} // namespace planner
