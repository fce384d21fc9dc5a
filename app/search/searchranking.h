#pragma once

#include "localizedtext.h"

#include <QStringList>

namespace planner {

struct Session;

// Puts the sessions a search found in the order a person looks for them: the
// title typed whole before a title holding the words, titles before the people,
// the people before topics and track, those before the texts, the texts before
// the user's own note. Words are matched as SearchIndex matches them, so the
// window and the command line rank what they both find.
class SearchRanking
{
public:
    enum Rank {
        ExactTitle, // the title (or the code) is what was typed
        TitleStart, // the title starts with it
        TitlePhrase, // the title holds the words as typed, together
        TitleWords, // the title holds every word
        Speakers,
        Topics, // topics or the track's name
        Texts, // abstract, description, key points, room
        Note,
        NoMatch,
    };

    explicit SearchRanking(const QString &query);
    bool isEmpty() const { return m_words.isEmpty(); }

    // From the title and code alone (every row of a tree has them): a title rank,
    // or NoMatch when the title lacks a word.
    Rank rankTitle(const LocalizedText &title, const QString &code) const;
    // From everything the session shows, for each word the first place it is
    // found; the session ranks by its word found last.
    Rank rank(const Session &session, const QString &trackName, const QString &note) const;

private:
    bool allIn(const QString &searchable) const;

    QStringList m_words; // SearchIndex::words()
    QString m_phrase; // the words as one, in the searchable form
};

} // namespace planner
