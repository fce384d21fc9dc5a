#include "sessionsearch.h"

#include "programmestore.h"
#include "searchindex.h"
#include "searchranking.h"
#include "userdatastore.h"

#include <QHash>

#include <algorithm>

namespace planner {

SessionSearch::SessionSearch(Database &database)
    : m_database(database)
{
}

std::optional<QList<Session>> SessionSearch::find(
    const QString &conferenceKey, const QString &query) const
{
    const ProgrammeStore programme(m_database);
    QList<Session> sessions = programme.sessions(conferenceKey);
    const SearchRanking ranking(query);
    if (ranking.isEmpty())
        return sessions;
    SearchIndex index;
    if (!index.read(m_database, conferenceKey))
        return std::nullopt;
    // The words prepared once for all the sessions, as the window's matcher does.
    const SearchIndex::Query words = index.query(SearchIndex::words(query));
    QHash<QString, QString> trackNames;
    for (const Track &track : programme.tracks(conferenceKey))
        trackNames.insert(track.key, track.name.zh + u'\n' + track.name.en);
    const UserDataStore userData(m_database);
    std::vector<std::pair<SearchRanking::Rank, Session>> found;
    for (Session &session : sessions) {
        if (!index.matches(index.entryOf(session.key), words))
            continue;
        const SearchRanking::Rank rank = ranking.rank(session, trackNames.value(session.trackKey),
            userData.note(conferenceKey, session.key));
        found.emplace_back(rank, std::move(session));
    }
    // Equal ranks keep programme order.
    std::stable_sort(found.begin(), found.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Session> ranked;
    ranked.reserve(qsizetype(found.size()));
    for (auto &[rank, session] : found)
        ranked.append(std::move(session));
    return ranked;
}

} // namespace planner
