#include "searchtextquery.h"

#include "database.h"
#include "jsoncolumns.h"

#include <QSqlQuery>

namespace planner {

namespace {

// Most sessions of imported programmes have no key points or topics: their
// column is "[]", which needs no JSON parser (100,000 of them at start-up).
bool isEmptyList(const QString &json)
{
    return json.isEmpty() || json == QLatin1String("[]");
}

QString keyPointText(const QString &json)
{
    if (isEmptyList(json))
        return {};
    QStringList parts;
    for (const KeyPoint &point : JsonColumns::toKeyPoints(json))
        parts << point.lead.zh << point.lead.en << point.text.zh << point.text.en;
    return parts.join(u'\n');
}

QString topicText(const QString &json)
{
    if (isEmptyList(json))
        return {};
    QStringList parts;
    for (const LocalizedText &topic : JsonColumns::toTexts(json))
        parts << topic.zh << topic.en;
    return parts.join(u'\n');
}

} // namespace

SearchTextQuery::SearchTextQuery(const Database &database)
    : m_database(database)
{
}

QHash<QString, SearchTextQuery::Texts> SearchTextQuery::load(const QString &conferenceKey) const
{
    QHash<QString, Texts> texts;
    visit(conferenceKey,
        [&texts](const QString &key, const Texts &session) { texts.insert(key, session); });
    return texts;
}

bool SearchTextQuery::visit(const QString &conferenceKey, const Visitor &visitor) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.key, s.code || char(10) || s.title_zh || char(10) || s.title_en || char(10)"
        " || s.overview_zh || char(10) || s.overview_en || char(10) || s.description_zh"
        " || char(10) || s.description_en || char(10) || s.room || char(10) || s.subtitle_zh"
        " || char(10) || s.subtitle_en, s.key_points, s.topics, s.speakers, n.text"
        " FROM session s JOIN conference c ON c.id = s.conference_id"
        " LEFT JOIN note n ON n.conference_key = c.key AND n.session_key = s.key"
        " WHERE c.key = :key AND s.removed = 0"));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    if (!q.exec())
        return false;
    while (q.next()) {
        const QString content = q.value(1).toString() + u'\n' + keyPointText(q.value(2).toString())
            + u'\n' + topicText(q.value(3).toString()) + u'\n'
            + JsonColumns::toStrings(q.value(4).toString()).join(u'\n');
        visitor(q.value(0).toString(), { content, q.value(5).toString() });
    }
    return true;
}

} // namespace planner
