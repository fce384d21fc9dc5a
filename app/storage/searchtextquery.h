#pragma once

#include <QByteArray>
#include <QByteArrayView>
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

    // The same texts as SQLite holds them, UTF-8, without a QString per text: the
    // content in parts (each to be followed by a line break), valid during the
    // call. The sessions come in `parts` parts of about equal size, for reading
    // on as many connections at once; this reads part `part`. Notes come apart.
    struct Utf8Texts
    {
        // Code, titles, overviews, descriptions, room, subtitles (Chinese, then
        // English), key points, topics, speakers.
        static constexpr int partCount = 13;
        QByteArrayView content[partCount];
    };
    using Utf8Visitor = std::function<void(QByteArrayView sessionKey, const Utf8Texts &texts)>;
    bool visitUtf8(
        const QString &conferenceKey, int part, int parts, const Utf8Visitor &visitor) const;
    using NoteVisitor = std::function<void(QByteArrayView sessionKey, QByteArrayView note)>;
    bool visitNotesUtf8(const QString &conferenceKey, const NoteVisitor &visitor) const;

    // What tells one import of the conference's programme from any other: its
    // row and the moment it was stored, to the millisecond. Texts read between
    // two equal stamps are those of that import (SearchIndexCache keeps them so).
    // Empty when the conference is not stored.
    QByteArray programmeStamp(const QString &conferenceKey) const;

private:
    const Database &m_database;
};

} // namespace planner
