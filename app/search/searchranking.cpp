#include "searchranking.h"

#include "searchindex.h"
#include "session.h"

#include <algorithm>

namespace planner {

namespace {

QString searchable(const QStringList &texts)
{
    return SearchIndex::searchableText(texts.join(u'\n'));
}

QString searchable(const LocalizedText &text)
{
    return searchable(QStringList { text.zh, text.en });
}

} // namespace

SearchRanking::SearchRanking(const QString &query)
    : m_words(SearchIndex::words(query))
    , m_phrase(SearchIndex::searchableText(query.trimmed()))
{
    // Trailing signs ("Q&A:") end no title that has them.
    while (m_phrase.endsWith(u' '))
        m_phrase.chop(1);
}

bool SearchRanking::allIn(const QString &searchable) const
{
    return std::all_of(m_words.cbegin(), m_words.cend(),
        [&](const QString &word) { return searchable.contains(word); });
}

SearchRanking::Rank SearchRanking::rankTitle(const LocalizedText &title, const QString &code) const
{
    if (m_words.isEmpty())
        return NoMatch;
    const QString phrase = m_phrase.trimmed();
    const QString zh = SearchIndex::searchableText(title.zh).trimmed();
    const QString en = SearchIndex::searchableText(title.en).trimmed();
    if (zh == phrase || en == phrase
        || (!code.isEmpty() && SearchIndex::searchableText(code).trimmed() == phrase))
        return ExactTitle;
    if (zh.startsWith(phrase) || en.startsWith(phrase))
        return TitleStart;
    const QString both = searchable(title);
    if (both.contains(m_phrase))
        return TitlePhrase;
    return allIn(both) ? TitleWords : NoMatch;
}

SearchRanking::Rank SearchRanking::rank(
    const Session &session, const QString &trackName, const QString &note) const
{
    const Rank title = rankTitle(session.title, session.code);
    if (title != NoMatch)
        return title;
    QStringList topics { trackName };
    for (const LocalizedText &topic : session.topics)
        topics << topic.zh << topic.en;
    QStringList texts { session.overview.zh, session.overview.en, session.description.zh,
        session.description.en, session.room };
    for (const KeyPoint &point : session.keyPoints)
        texts << point.lead.zh << point.lead.en << point.text.zh << point.text.en;
    // In the order the ranks go; a word of the title counts as found there.
    const QString places[] = { searchable(QStringList { session.title.zh, session.title.en,
                                   session.subtitle.zh, session.subtitle.en, session.code }),
        searchable(session.speakers), searchable(topics), searchable(texts),
        SearchIndex::searchableText(note) };
    const Rank rankOfPlace[] = { TitleWords, Speakers, Topics, Texts, Note };
    Rank worst = TitleWords;
    for (const QString &word : m_words) {
        Rank found = NoMatch;
        for (int p = 0; p < 5 && found == NoMatch; ++p) {
            if (places[p].contains(word))
                found = rankOfPlace[p];
        }
        worst = std::max(worst, found);
    }
    return worst;
}

} // namespace planner
