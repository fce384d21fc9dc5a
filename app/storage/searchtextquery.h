#pragma once

#include <QHash>
#include <QString>

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

private:
    const Database &m_database;
};

} // namespace planner
