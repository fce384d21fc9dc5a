#include "programmestore.h"

#include "database.h"
#include "jsoncolumns.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace planner {

namespace {

const QString sessionColumns = QStringLiteral(
    "key, track_key, code, title_zh, title_en, subtitle_zh, subtitle_en, overview_zh, overview_en,"
    " description_zh, description_en, key_points, topics, day, start_utc, end_utc, room, speakers,"
    " links, language, type");

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// Columns are NOT NULL: an absent text is stored as the empty string.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant epochSeconds(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

// The session's columns, in `sessionColumns` order.
QVariantList sessionValues(const Session &s)
{
    return { s.key, s.trackKey, notNull(s.code), notNull(s.title.zh), notNull(s.title.en),
        notNull(s.subtitle.zh), notNull(s.subtitle.en), notNull(s.overview.zh),
        notNull(s.overview.en), notNull(s.description.zh), notNull(s.description.en),
        JsonColumns::fromKeyPoints(s.keyPoints), JsonColumns::fromTexts(s.topics),
        nullable(s.time.date.toString(Qt::ISODate)), epochSeconds(s.time.start),
        epochSeconds(s.time.end), notNull(s.room), JsonColumns::fromStrings(s.speakers),
        JsonColumns::fromLinks(s.links), notNull(s.language), notNull(s.type) };
}

// A fingerprint of the content, to tell updated sessions from unchanged ones.
// The position is left out: a session that only moved has not changed for the user.
QString revisionOf(const QVariantList &values)
{
    // One buffer hashed at once gives the digest that hashing value by value gave
    // (so stored revisions stay valid) for far fewer calls and allocations.
    QByteArray bytes;
    bytes.reserve(4096);
    for (const QVariant &value : values) {
        bytes += value.toString().toUtf8();
        bytes += '\x1f';
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

// What is stored of a session before an import: enough to tell what changed.
struct StoredRevision
{
    QString revision; // empty for a removed session, so its return counts as a change
    int position = -1;
};

QDateTime fromEpoch(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

SessionTime timeFrom(const QVariant &day, const QVariant &start, const QVariant &end)
{
    SessionTime time;
    time.date = QDate::fromString(day.toString(), Qt::ISODate);
    time.start = fromEpoch(start);
    time.end = fromEpoch(end);
    return time;
}

// Reads a row selected with `sessionColumns`, starting at column `first`.
Session sessionFrom(const QSqlQuery &q, int first = 0)
{
    auto at = [&](int i) { return q.value(first + i); };
    Session s;
    s.key = at(0).toString();
    s.trackKey = at(1).toString();
    s.code = at(2).toString();
    s.title = { at(3).toString(), at(4).toString() };
    s.subtitle = { at(5).toString(), at(6).toString() };
    s.overview = { at(7).toString(), at(8).toString() };
    s.description = { at(9).toString(), at(10).toString() };
    s.keyPoints = JsonColumns::toKeyPoints(at(11).toString());
    s.topics = JsonColumns::toTexts(at(12).toString());
    s.time = timeFrom(at(13), at(14), at(15));
    s.room = at(16).toString();
    s.speakers = JsonColumns::toStrings(at(17).toString());
    s.links = JsonColumns::toLinks(at(18).toString());
    s.language = at(19).toString();
    s.type = at(20).toString();
    return s;
}

} // namespace

struct ProgrammeStore::ImportContext
{
    qint64 conferenceId = 0;
    ImportReport report;
};

ProgrammeStore::ProgrammeStore(Database &database)
    : m_database(database)
{
}

StoreStatus ProgrammeStore::failure(const QSqlQuery &query) const
{
    return StoreStatus::failure(
        tr("database error in %1: %2").arg(m_database.path(), query.lastError().text()));
}

StoreStatus ProgrammeStore::importConference(
    const ConferenceData &data, const QString &sourceHash, ImportReport *report)
{
    ImportContext context;
    context.report.conferenceKey = data.conference.key;
    const StoreStatus status = m_database.transaction([&] {
        StoreStatus s = writeConference(data, sourceHash, context);
        if (s.ok())
            s = writeTracks(data, context);
        if (s.ok())
            s = writeSessions(data, context);
        if (s.ok())
            s = markRemoved(data, context);
        return s;
    });
    if (status.ok() && report)
        *report = context.report;
    return status;
}

StoreStatus ProgrammeStore::writeConference(
    const ConferenceData &data, const QString &sourceHash, ImportContext &context)
{
    const Conference &c = data.conference;
    context.report.newConference = !conferenceId(c.key).has_value();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO conference (key, title_zh, title_en, description, start_date, end_date,"
        " time_zone, city, venue, url, source_hash, imported_at)"
        " VALUES (:key, :title_zh, :title_en, :description, :start, :end, :tz, :city, :venue,"
        " :url, :hash, :now)"
        " ON CONFLICT (key) DO UPDATE SET title_zh = excluded.title_zh,"
        " title_en = excluded.title_en, description = excluded.description,"
        " start_date = excluded.start_date, end_date = excluded.end_date,"
        " time_zone = excluded.time_zone, city = excluded.city, venue = excluded.venue,"
        " url = excluded.url, source_hash = excluded.source_hash,"
        " imported_at = excluded.imported_at"));
    q.bindValue(QStringLiteral(":key"), c.key);
    q.bindValue(QStringLiteral(":title_zh"), notNull(c.title.zh));
    q.bindValue(QStringLiteral(":title_en"), notNull(c.title.en));
    q.bindValue(QStringLiteral(":description"), JsonColumns::fromTexts(c.description));
    q.bindValue(QStringLiteral(":start"), nullable(c.startDate.toString(Qt::ISODate)));
    q.bindValue(QStringLiteral(":end"), nullable(c.endDate.toString(Qt::ISODate)));
    q.bindValue(QStringLiteral(":tz"), notNull(c.timeZone));
    q.bindValue(QStringLiteral(":city"), notNull(c.city));
    q.bindValue(QStringLiteral(":venue"), notNull(c.venue));
    q.bindValue(QStringLiteral(":url"), notNull(c.url.toString()));
    q.bindValue(QStringLiteral(":hash"), notNull(sourceHash));
    q.bindValue(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return failure(q);
    const std::optional<qint64> id = conferenceId(c.key);
    if (!id)
        return failure(q);
    context.conferenceId = *id;
    return StoreStatus::success();
}

StoreStatus ProgrammeStore::writeTracks(const ConferenceData &data, ImportContext &context)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM track WHERE conference_id = :id"));
    q.bindValue(QStringLiteral(":id"), context.conferenceId);
    if (!q.exec())
        return failure(q);
    q.prepare(QStringLiteral("INSERT INTO track (conference_id, key, name_zh, name_en, position)"
                             " VALUES (:id, :key, :zh, :en, :position)"));
    for (int i = 0; i < data.tracks.size(); ++i) {
        const Track &track = data.tracks.at(i);
        q.bindValue(QStringLiteral(":id"), context.conferenceId);
        q.bindValue(QStringLiteral(":key"), track.key);
        q.bindValue(QStringLiteral(":zh"), notNull(track.name.zh));
        q.bindValue(QStringLiteral(":en"), notNull(track.name.en));
        q.bindValue(QStringLiteral(":position"), i);
        if (!q.exec())
            return failure(q);
    }
    return StoreStatus::success();
}

StoreStatus ProgrammeStore::writeSessions(const ConferenceData &data, ImportContext &context)
{
    QHash<QString, StoredRevision> stored;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT key, revision, removed, position FROM session"
                             " WHERE conference_id = :id"));
    q.bindValue(QStringLiteral(":id"), context.conferenceId);
    if (!q.exec())
        return failure(q);
    while (q.next())
        stored.insert(q.value(0).toString(),
            { q.value(2).toBool() ? QString() : q.value(1).toString(), q.value(3).toInt() });

    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO session (conference_id, position, revision,"
                       " removed, %1) VALUES (?, ?, ?, 0%2)")
            .arg(sessionColumns, QStringLiteral(", ?").repeated(sessionColumns.count(u',') + 1)));
    for (int i = 0; i < data.sessions.size(); ++i) {
        const QVariantList values = sessionValues(data.sessions.at(i));
        const QString revision = revisionOf(values);
        const auto previous = stored.constFind(data.sessions.at(i).key);
        const bool known = previous != stored.constEnd();
        const bool same = known && previous->revision == revision;
        if (same && previous->position == i) {
            ++context.report.unchanged;
            continue;
        }
        ++(same ? context.report.unchanged : known ? context.report.updated : context.report.added);
        q.bindValue(0, context.conferenceId);
        q.bindValue(1, i);
        q.bindValue(2, revision);
        for (int v = 0; v < values.size(); ++v)
            q.bindValue(3 + v, values.at(v));
        if (!q.exec())
            return failure(q);
    }
    return StoreStatus::success();
}

StoreStatus ProgrammeStore::markRemoved(const ConferenceData &data, ImportContext &context)
{
    // A conference stored for the first time has nothing from before to remove.
    if (context.report.newConference)
        return StoreStatus::success();
    QSet<QString> current;
    for (const Session &s : data.sessions)
        current.insert(s.key);
    const QList<SessionRow> rows = sessionRows(data.conference.key);
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE session SET removed = 1 WHERE conference_id = :id AND key = :key"));
    for (const SessionRow &row : rows) {
        if (row.removed || current.contains(row.key))
            continue;
        q.bindValue(QStringLiteral(":id"), context.conferenceId);
        q.bindValue(QStringLiteral(":key"), row.key);
        if (!q.exec())
            return failure(q);
        context.report.removed.append(row);
    }
    return StoreStatus::success();
}

StoreStatus ProgrammeStore::deleteConference(const QString &key, UserData policy)
{
    return m_database.transaction([&] {
        const std::optional<qint64> id = conferenceId(key);
        if (!id)
            return StoreStatus::failure(tr("no conference with the key \"%1\"").arg(key));
        QSqlQuery q(m_database.connection());
        // Tracks and sessions go with it: their foreign keys cascade.
        q.prepare(QStringLiteral("DELETE FROM conference WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), *id);
        if (!q.exec())
            return failure(q);
        if (policy == KeepUserData)
            return StoreStatus::success();
        for (const char *table :
            { "bookmark", "note", "annotation", "user_key_point", "planned_time" }) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE conference_key = :key")
                          .arg(QLatin1String(table)));
            q.bindValue(QStringLiteral(":key"), key);
            if (!q.exec())
                return failure(q);
        }
        return StoreStatus::success();
    });
}

std::optional<qint64> ProgrammeStore::conferenceId(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM conference WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<ConferenceSummary> ProgrammeStore::conferences() const
{
    QList<ConferenceSummary> list;
    QSqlQuery q(m_database.connection());
    q.exec(QStringLiteral(
        "SELECT c.key, c.title_zh, c.title_en, c.start_date, c.end_date, c.time_zone,"
        " (SELECT count(*) FROM session s WHERE s.conference_id = c.id AND s.removed = 0)"
        " FROM conference c ORDER BY c.start_date DESC, c.key"));
    while (q.next()) {
        list.append({ q.value(0).toString(), { q.value(1).toString(), q.value(2).toString() },
            QDate::fromString(q.value(3).toString(), Qt::ISODate),
            QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString(),
            q.value(6).toInt() });
    }
    return list;
}

std::optional<Conference> ProgrammeStore::conference(const QString &key) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT title_zh, title_en, description, start_date, end_date,"
                             " time_zone, city, venue, url FROM conference WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Conference c;
    c.key = key;
    c.title = { q.value(0).toString(), q.value(1).toString() };
    c.description = JsonColumns::toTexts(q.value(2).toString());
    c.startDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.endDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.timeZone = q.value(5).toString();
    c.city = q.value(6).toString();
    c.venue = q.value(7).toString();
    c.url = QUrl(q.value(8).toString());
    return c;
}

QString ProgrammeStore::sourceHash(const QString &conferenceKey) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT source_hash FROM conference WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<Track> ProgrammeStore::tracks(const QString &conferenceKey) const
{
    QList<Track> list;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT t.key, t.name_zh, t.name_en FROM track t"
                             " JOIN conference c ON c.id = t.conference_id"
                             " WHERE c.key = :key ORDER BY t.position"));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    q.exec();
    while (q.next())
        list.append({ q.value(0).toString(), { q.value(1).toString(), q.value(2).toString() } });
    return list;
}

namespace {

// The columns of a SessionRow; all of them are in the session_row index, so a
// read of rows never touches the long texts in the table.
const QString rowColumns = QStringLiteral("s.key, s.code, s.track_key, s.title_zh, s.title_en,"
                                          " s.day, s.start_utc, s.end_utc, s.room, s.removed");

QList<SessionRow> rowsFrom(QSqlQuery &q)
{
    QList<SessionRow> list;
    while (q.next()) {
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            { q.value(3).toString(), q.value(4).toString() },
            timeFrom(q.value(5), q.value(6), q.value(7)), q.value(8).toString(),
            q.value(9).toBool() });
    }
    return list;
}

} // namespace

QList<SessionRow> ProgrammeStore::sessionRows(const QString &conferenceKey) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM session s"
                             " WHERE s.conference_id = (SELECT id FROM conference WHERE key = :key)"
                             " ORDER BY s.removed, s.position")
                  .arg(rowColumns));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    q.exec();
    return rowsFrom(q);
}

QList<SessionRow> ProgrammeStore::bookmarkedSessionRows(const QString &conferenceKey) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // CROSS JOIN keeps the bookmarks outside: left to itself, SQLite walked every
    // session of the conference and looked each up among the bookmarks.
    q.prepare(
        QStringLiteral("SELECT %1 FROM bookmark b CROSS JOIN session s ON s.key = b.session_key"
                       " AND s.conference_id = (SELECT id FROM conference WHERE key = :key)"
                       " WHERE b.conference_key = :key ORDER BY s.removed, s.position")
            .arg(rowColumns));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    q.exec();
    return rowsFrom(q);
}

QList<Session> ProgrammeStore::sessions(const QString &conferenceKey, Scope scope) const
{
    QList<Session> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (scope == BookmarkedWithRemoved) {
        // From the bookmarks outwards (CROSS JOIN fixes the order): an agenda of
        // 1,000 bookmarks no longer reads a 100,000-session programme whole.
        QStringList columns = sessionColumns.split(QStringLiteral(", "));
        for (QString &column : columns)
            column.prepend(QStringLiteral("s."));
        q.prepare(QStringLiteral("SELECT %1 FROM bookmark b CROSS JOIN session s"
                                 " ON s.key = b.session_key AND s.conference_id ="
                                 " (SELECT id FROM conference WHERE key = :key)"
                                 " WHERE b.conference_key = :key ORDER BY s.removed, s.position")
                      .arg(columns.join(QStringLiteral(", "))));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM session WHERE removed <= :removed AND"
                                 " conference_id = (SELECT id FROM conference WHERE key = :key)"
                                 " ORDER BY removed, position")
                      .arg(sessionColumns));
        q.bindValue(QStringLiteral(":removed"), scope == WithRemoved ? 1 : 0);
    }
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    q.exec();
    while (q.next())
        list.append(sessionFrom(q));
    return list;
}

std::optional<Session> ProgrammeStore::session(
    const QString &conferenceKey, const QString &sessionKey) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM session WHERE key = :session AND conference_id ="
                             " (SELECT id FROM conference WHERE key = :conference)")
                  .arg(sessionColumns));
    q.bindValue(QStringLiteral(":session"), sessionKey);
    q.bindValue(QStringLiteral(":conference"), conferenceKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sessionFrom(q);
}

QStringList ProgrammeStore::search(const QString &conferenceKey, const QString &text) const
{
    QStringList keys;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // instr() takes the text as it is: no wildcards to escape, and a NUL is a
    // character like any other (LIKE stops at one). lower() folds ASCII on both
    // sides, as LIKE did. The JSON lists are searched in their texts only, never
    // in their quotes, brackets and member names.
    q.prepare(QStringLiteral(
        "SELECT s.key FROM session s JOIN conference c ON c.id = s.conference_id"
        " LEFT JOIN note n ON n.conference_key = c.key AND n.session_key = s.key"
        " WHERE c.key = :key AND s.removed = 0 AND ("
        " instr(lower(s.code), lower(:q)) OR instr(lower(s.title_zh), lower(:q))"
        " OR instr(lower(s.title_en), lower(:q)) OR instr(lower(s.overview_zh), lower(:q))"
        " OR instr(lower(s.overview_en), lower(:q)) OR instr(lower(s.description_zh), lower(:q))"
        " OR instr(lower(s.description_en), lower(:q)) OR instr(lower(s.room), lower(:q))"
        " OR instr(lower(n.text), lower(:q))"
        " OR EXISTS (SELECT 1 FROM json_tree(s.key_points) j"
        "  WHERE j.type = 'text' AND instr(lower(j.atom), lower(:q)))"
        " OR EXISTS (SELECT 1 FROM json_tree(s.topics) j"
        "  WHERE j.type = 'text' AND instr(lower(j.atom), lower(:q)))"
        " OR EXISTS (SELECT 1 FROM json_each(s.speakers) j"
        "  WHERE j.type = 'text' AND instr(lower(j.atom), lower(:q))))"
        " ORDER BY s.position"));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    q.bindValue(QStringLiteral(":q"), text);
    q.exec();
    while (q.next())
        keys.append(q.value(0).toString());
    return keys;
}

} // namespace planner
