#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace planner {

class Database;

// Loads what the search field looks through, per current session: every text of
// the programme in both languages, and the user's note. Read once per conference
// when the first search is typed, then kept current by the window.
class SearchTextQuery
{
public:
    struct Texts
    {
        QString content; // code, titles, overview, description, key points, topics, speakers, room
        QString note;
    };

    explicit SearchTextQuery(const Database &database);

    QHash<QString, Texts> load(const QString &conferenceKey) const;
    // The same texts one session at a time, for a caller that keeps them in a
    // form of its own: a copy of every text of 100,000 sessions is not held twice.
    using Visitor = std::function<void(const QString &sessionKey, const Texts &texts)>;
    bool visit(const QString &conferenceKey, const Visitor &visitor) const;

private:
    const Database &m_database;
};

} // namespace planner
