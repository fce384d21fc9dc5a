#include "searchtextquery.h"

#include "database.h"
#include "jsoncolumns.h"
#include "sqlitestatement.h"

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

// The session texts of a conference, one row per session.
QString textsSql()
{
    return QStringLiteral(
        "SELECT s.key, s.code || char(10) || s.title_zh || char(10) || s.title_en || char(10)"
        " || s.overview_zh || char(10) || s.overview_en || char(10) || s.description_zh"
        " || char(10) || s.description_en || char(10) || s.room || char(10) || s.subtitle_zh"
        " || char(10) || s.subtitle_en, s.key_points, s.topics, s.speakers, n.text"
        " FROM session s JOIN conference c ON c.id = s.conference_id"
        " LEFT JOIN note n ON n.conference_key = c.key AND n.session_key = s.key"
        " WHERE c.key = ? AND s.removed = 0");
}

bool isEmptyList(QByteArrayView json)
{
    return json.isEmpty() || json == "[]";
}

// A JSON list of strings as JsonColumns writes it, the strings one per line. Without
// a backslash no string has an escape: each is the bytes between two quotes.
void appendStrings(QByteArrayView json, QByteArray &out)
{
    if (isEmptyList(json))
        return;
    if (json.contains('\\')) {
        out += JsonColumns::toStrings(QString::fromUtf8(json)).join(u'\n').toUtf8();
        return;
    }
    qsizetype open = json.indexOf('"');
    while (open >= 0) {
        const qsizetype close = json.indexOf('"', open + 1);
        if (close < 0)
            break;
        out.append(json.sliced(open + 1, close - open - 1));
        out += '\n';
        open = json.indexOf('"', close + 1);
    }
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
    q.prepare(textsSql());
    q.addBindValue(conferenceKey);
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

bool SearchTextQuery::visitUtf8(
    const QString &conferenceKey, int part, int parts, const Utf8Visitor &visitor) const
{
    // SQLite's own calls: through QSqlQuery every text became a QVariant holding a
    // QString converted from UTF-8, which the index converted back. Parts are
    // ranges of row ids, each read in the order of the table: through an index on
    // the conference, every part read the whole index, and rows in its order.
    const QByteArray key = conferenceKey.toUtf8();
    SqliteStatement range(m_database.connection(),
        QStringLiteral("SELECT min(s.id), max(s.id) FROM session s"
                       " JOIN conference c ON c.id = s.conference_id WHERE c.key = ?"));
    range.bindText(1, key);
    if (!range.isValid() || !range.next())
        return false;
    const qint64 first = range.integer(0);
    const qint64 span = range.integer(1) - first + 1;
    // The columns one by one: concatenated in SQL, each row cost SQLite ten
    // allocations, which take a lock that the two connections then contend for.
    SqliteStatement statement(m_database.connection(),
        QStringLiteral("SELECT s.key, s.key_points, s.topics, s.speakers, s.code, s.title_zh,"
                       " s.title_en, s.overview_zh, s.overview_en, s.description_zh,"
                       " s.description_en, s.room, s.subtitle_zh, s.subtitle_en"
                       " FROM session s WHERE s.id >= ? AND s.id < ?"
                       " AND +s.conference_id = (SELECT id FROM conference WHERE key = ?)"
                       " AND +s.removed = 0"));
    if (!statement.isValid())
        return false;
    statement.bindInt(1, first + span * part / parts);
    statement.bindInt(2, first + span * (part + 1) / parts);
    statement.bindText(3, key);
    QByteArray keyPoints;
    QByteArray topics;
    QByteArray speakers;
    Utf8Texts texts;
    while (statement.next()) {
        const QByteArrayView keyPointsJson = statement.text(1);
        const QByteArrayView topicsJson = statement.text(2);
        keyPoints.resize(0);
        topics.resize(0);
        speakers.resize(0);
        // Most sessions have neither key points nor topics; the others are rare
        // enough to go through the JSON parser.
        if (!isEmptyList(keyPointsJson))
            keyPoints = keyPointText(QString::fromUtf8(keyPointsJson)).toUtf8();
        if (!isEmptyList(topicsJson))
            topics = topicText(QString::fromUtf8(topicsJson)).toUtf8();
        appendStrings(statement.text(3), speakers);
        constexpr int firstText = 4;
        for (int i = 0; i < Utf8Texts::partCount - 3; ++i)
            texts.content[i] = statement.text(firstText + i);
        texts.content[Utf8Texts::partCount - 3] = keyPoints;
        texts.content[Utf8Texts::partCount - 2] = topics;
        texts.content[Utf8Texts::partCount - 1] = speakers;
        visitor(statement.text(0), texts);
    }
    return !statement.failed();
}

bool SearchTextQuery::visitNotesUtf8(const QString &conferenceKey, const NoteVisitor &visitor) const
{
    // Apart from the sessions: joined to them, the few notes cost a lookup per session.
    SqliteStatement statement(m_database.connection(),
        QStringLiteral("SELECT session_key, text FROM note WHERE conference_key = ?"));
    if (!statement.isValid())
        return false;
    const QByteArray key = conferenceKey.toUtf8();
    statement.bindText(1, key);
    while (statement.next())
        visitor(statement.text(0), statement.text(1));
    return !statement.failed();
}

QByteArray SearchTextQuery::programmeStamp(const QString &conferenceKey) const
{
    SqliteStatement statement(m_database.connection(),
        QStringLiteral("SELECT id, imported_at FROM conference WHERE key = ?"));
    if (!statement.isValid())
        return {};
    const QByteArray key = conferenceKey.toUtf8();
    statement.bindText(1, key);
    if (!statement.next())
        return {};
    return statement.text(0).toByteArray() + ' ' + statement.text(1).toByteArray();
}

} // namespace planner
