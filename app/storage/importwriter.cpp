#include "importwriter.h"

#include "database.h"
#include "jsoncolumns.h"
#include "programmestore.h"
#include "sessioncolumns.h"
#include "sqlitestatement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace planner {

namespace {

QSet<QString> keysOf(const QList<Session> &sessions)
{
    QSet<QString> keys;
    keys.reserve(sessions.size());
    for (const Session &s : sessions)
        keys.insert(s.key);
    return keys;
}

constexpr int columnCount = 21; // SessionColumns::names()
constexpr int keyPointsColumn = 11, topicsColumn = 12, dayColumn = 13, startColumn = 14,
              endColumn = 15, speakersColumn = 17, linksColumn = 18;
constexpr int floatingParameter = 4 + columnCount;

// A session's column values as UTF-8, with its revision: a fingerprint of the
// content, to tell updated sessions from unchanged ones. The position is left
// out: a session that only moved has not changed for the user.
struct SessionValues
{
    std::array<QByteArray, columnCount> text; // the start and end as decimal text
    bool timed[2] = { false, false }; // start, end; else NULL
    bool floating = false; // SessionTime::floating, a column of its own after the content's
    QByteArray revision;
};

// Columns are NOT NULL: an absent text is stored as the empty string.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The day as QDate::toString(Qt::ISODate) writes it, without its cost (a few
// thousand instructions a call): "yyyy-MM-dd" for the years it writes so.
QByteArray isoDate(QDate date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1000 || year > 9999)
        return date.toString(Qt::ISODate).toUtf8();
    QByteArray text(10, Qt::Uninitialized);
    char *p = text.data();
    const auto digits = [&p](int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            p[i] = char('0' + value % 10);
        p += count;
    };
    digits(year, 4);
    *p++ = '-';
    digits(month, 2);
    *p++ = '-';
    digits(day, 2);
    return text;
}

SessionValues valuesOf(const Session &s)
{
    const QString *texts[columnCount]
        = { &s.key, &s.trackKey, &s.code, &s.title.zh, &s.title.en, &s.subtitle.zh, &s.subtitle.en,
              &s.overview.zh, &s.overview.en, &s.description.zh, &s.description.en, nullptr,
              nullptr, nullptr, nullptr, nullptr, &s.room, nullptr, nullptr, &s.language, &s.type };
    SessionValues v;
    for (int c = 0; c < columnCount; ++c) {
        if (texts[c])
            v.text[c] = texts[c]->toUtf8();
    }
    v.text[keyPointsColumn] = JsonColumns::fromKeyPoints(s.keyPoints).toUtf8();
    v.text[topicsColumn] = JsonColumns::fromTexts(s.topics).toUtf8();
    v.text[dayColumn] = isoDate(s.time.date);
    v.text[speakersColumn] = JsonColumns::fromStrings(s.speakers).toUtf8();
    v.text[linksColumn] = JsonColumns::fromLinks(s.links).toUtf8();
    // A missing time is hashed as "0", as the revisions stored so far were.
    const QDateTime *times[2] = { &s.time.start, &s.time.end };
    for (int t = 0; t < 2; ++t) {
        v.timed[t] = times[t]->isValid();
        v.text[startColumn + t] = QByteArray::number(v.timed[t] ? times[t]->toSecsSinceEpoch() : 0);
    }
    QCryptographicHash revision(QCryptographicHash::Sha1);
    for (const QByteArray &text : v.text) {
        revision.addData(text);
        revision.addData("\x1f");
    }
    // Only when set, so that the revisions of zoned times stay what they were.
    v.floating = s.time.floating && v.timed[0];
    if (v.floating)
        revision.addData("floating");
    v.revision = revision.result().toHex();
    return v;
}

void bindSession(SqliteStatement &statement, const SessionValues &v)
{
    constexpr int first = 4; // after conference_id, position and revision
    for (int c = 0; c < columnCount; ++c) {
        const int parameter = first + c;
        if (c == startColumn || c == endColumn) {
            if (v.timed[c - startColumn])
                statement.bindInt(parameter, v.text[c].toLongLong());
            else
                statement.bindNull(parameter);
        } else if (c == dayColumn && v.text[c].isEmpty()) {
            statement.bindNull(parameter);
        } else {
            statement.bindText(parameter, v.text[c]);
        }
    }
}

// Writes a session's row at `position` in its conference's programme.
bool execute(
    SqliteStatement &statement, qint64 conferenceId, qsizetype position, const SessionValues &v)
{
    statement.bindInt(1, conferenceId);
    statement.bindInt(2, position);
    statement.bindText(3, v.revision);
    bindSession(statement, v);
    statement.bindInt(floatingParameter, v.floating ? 1 : 0);
    return statement.execute();
}

QString insertSql()
{
    QStringList values;
    for (int c = 0; c < columnCount; ++c)
        values << QStringLiteral("?%1").arg(4 + c);
    return QStringLiteral("INSERT INTO session (conference_id, position, revision, removed, %1,"
                          " floating) VALUES (?1, ?2, ?3, 0, %2, ?%3)")
        .arg(SessionColumns::list(), values.join(QStringLiteral(", ")))
        .arg(floatingParameter);
}

QString updateSql()
{
    const QStringList names = SessionColumns::names();
    QStringList assignments;
    for (int c = 1; c < columnCount; ++c) // the key (?4) stays
        assignments << QStringLiteral("%1 = ?%2").arg(names.at(c)).arg(4 + c);
    return QStringLiteral("UPDATE session SET position = ?2, revision = ?3, removed = 0, %1,"
                          " floating = ?%2 WHERE conference_id = ?1 AND key = ?4")
        .arg(assignments.join(QStringLiteral(", ")))
        .arg(floatingParameter);
}

} // namespace

QByteArray ImportWriter::revisionOf(const Session &session)
{
    return valuesOf(session).revision;
}

ImportWriter::ImportWriter(Database &database)
    : m_database(database)
{
}

StoreStatus ImportWriter::failure(const QSqlError &error) const
{
    return StoreStatus::failure(m_database.describeError(error));
}

StoreStatus ImportWriter::failure(const QSqlQuery &query) const
{
    return failure(query.lastError());
}

ImportWriter::~ImportWriter() = default;

StoreStatus ImportWriter::write(
    const ConferenceData &data, const QString &sourceHash, ImportReport &report)
{
    StoreStatus status = begin(data.conference, sourceHash, report);
    if (status.ok())
        status = writeSessions(data.sessions, report);
    // Only a conference stored before can have sessions gone.
    if (status.ok())
        status
            = writeRest(data, m_stored.isEmpty() ? QSet<QString>() : keysOf(data.sessions), report);
    return status;
}

StoreStatus ImportWriter::begin(
    const Conference &conference, const QString &sourceHash, ImportReport &report)
{
    report.conferenceKey = conference.key;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM conference WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), conference.key);
    if (!q.exec())
        return failure(q);
    report.newConference = !q.next();
    StoreStatus status = writeConference(conference, sourceHash);
    // A conference stored for the first time has nothing from before.
    if (status.ok() && !report.newConference)
        status = readStored();
    return status;
}

StoreStatus ImportWriter::finish(const ConferenceData &data, const QSet<QString> &sessionKeys,
    const QString &sourceHash, ImportReport &report)
{
    // Its dates may come from the sessions, known only now.
    StoreStatus status = writeConference(data.conference, sourceHash);
    if (status.ok())
        status = writeRest(data, sessionKeys, report);
    return status;
}

StoreStatus ImportWriter::writeRest(
    const ConferenceData &data, const QSet<QString> &sessionKeys, ImportReport &report)
{
    StoreStatus status = writeTracks(data.tracks);
    if (status.ok() && !m_stored.isEmpty())
        status = markRemoved(data.conference.key, sessionKeys, report);
    return status;
}

StoreStatus ImportWriter::writeConference(const Conference &c, const QString &sourceHash)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO conference (key, title_zh, title_en, description, start_date, end_date,"
        " time_zone, city, venue, url, source_hash, imported_at)"
        " VALUES (:key, :title_zh, :title_en, :description, :start, :end, :tz, :city, :venue,"
        " :url, :hash, :now)"
        " ON CONFLICT (key) DO UPDATE SET title_zh = excluded.title_zh,"
        " title_en = excluded.title_en, description = excluded.description,"
        " start_date = excluded.start_date, end_date = excluded.end_date,"
        // A zone the user chose stays (ConferenceZoneStore).
        " time_zone = CASE WHEN time_zone_chosen THEN time_zone ELSE excluded.time_zone END,"
        " city = excluded.city, venue = excluded.venue,"
        " url = excluded.url, source_hash = excluded.source_hash,"
        " imported_at = excluded.imported_at"
        " RETURNING id"));
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
    // To the millisecond: the search's cache tells imports apart by it
    // (SearchTextQuery::programmeStamp).
    q.bindValue(
        QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.next())
        return failure(q);
    m_conferenceId = q.value(0).toLongLong();
    return StoreStatus::success();
}

StoreStatus ImportWriter::writeTracks(const QList<Track> &tracks)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM track WHERE conference_id = :id"));
    q.bindValue(QStringLiteral(":id"), m_conferenceId);
    if (!q.exec())
        return failure(q);
    q.prepare(QStringLiteral("INSERT INTO track (conference_id, key, name_zh, name_en, position)"
                             " VALUES (:id, :key, :zh, :en, :position)"));
    for (int i = 0; i < tracks.size(); ++i) {
        const Track &track = tracks.at(i);
        q.bindValue(QStringLiteral(":id"), m_conferenceId);
        q.bindValue(QStringLiteral(":key"), track.key);
        q.bindValue(QStringLiteral(":zh"), notNull(track.name.zh));
        q.bindValue(QStringLiteral(":en"), notNull(track.name.en));
        q.bindValue(QStringLiteral(":position"), i);
        if (!q.exec())
            return failure(q);
    }
    return StoreStatus::success();
}

StoreStatus ImportWriter::readStored()
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, revision, removed, position FROM session"
                             " WHERE conference_id = :id"));
    q.bindValue(QStringLiteral(":id"), m_conferenceId);
    if (!q.exec())
        return failure(q);
    while (q.next())
        m_stored.insert(q.value(0).toString(),
            { q.value(2).toBool() ? QByteArray() : q.value(1).toString().toLatin1(),
                q.value(3).toInt() });
    return StoreStatus::success();
}

StoreStatus ImportWriter::prepareStatements()
{
    // Prepared once for all the sessions of an import.
    if (!m_insert) {
        m_insert = std::make_unique<SqliteStatement>(m_database.connection(), insertSql());
        m_update = std::make_unique<SqliteStatement>(m_database.connection(), updateSql());
    }
    if (!m_insert->isValid())
        return failure(m_insert->error());
    if (!m_update->isValid())
        return failure(m_update->error());
    return StoreStatus::success();
}

SqliteStatement *ImportWriter::statementFor(
    const QString &key, const QByteArray &revision, qsizetype position, ImportReport &report)
{
    const auto previous = m_stored.constFind(key);
    const bool known = previous != m_stored.constEnd();
    const bool same = known && previous->revision == revision;
    ++(same ? report.unchanged : known ? report.updated : report.added);
    if (same && previous->position == position)
        return nullptr;
    return known ? m_update.get() : m_insert.get();
}

StoreStatus ImportWriter::writeSessions(const QList<Session> &sessions, ImportReport &report)
{
    if (const StoreStatus status = prepareStatements(); !status.ok())
        return status;
    for (qsizetype position = 0; position < sessions.size(); ++position) {
        if (const StoreStatus status = writeSession(sessions.at(position), position, report);
            !status.ok())
            return status;
    }
    return StoreStatus::success();
}

StoreStatus ImportWriter::writeSessions(
    const std::function<QList<Session>()> &next, ImportReport &report)
{
    if (const StoreStatus status = prepareStatements(); !status.ok())
        return status;
    qsizetype position = 0;
    for (QList<Session> run = next(); !run.isEmpty(); run = next()) {
        for (const Session &session : std::as_const(run)) {
            if (const StoreStatus status = writeSession(session, position++, report); !status.ok())
                return status;
        }
    }
    return StoreStatus::success();
}

StoreStatus ImportWriter::writeSession(
    const Session &session, qsizetype position, ImportReport &report)
{
    const SessionValues v = valuesOf(session);
    SqliteStatement *statement = statementFor(session.key, v.revision, position, report);
    if (statement && !execute(*statement, m_conferenceId, position, v))
        return failure(statement->error());
    return StoreStatus::success();
}

StoreStatus ImportWriter::markRemoved(
    const QString &conferenceKey, const QSet<QString> &current, ImportReport &report)
{
    QSet<QString> vanished;
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
        if (!it->revision.isEmpty() && !current.contains(it.key()))
            vanished.insert(it.key());
    }
    if (vanished.isEmpty())
        return StoreStatus::success();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE session SET removed = 1 WHERE conference_id = :id AND key = :key"));
    // The report lists them in programme order, as they were shown.
    for (const SessionRow &row : ProgrammeStore(m_database).sessionRows(conferenceKey)) {
        if (!vanished.contains(row.key))
            continue;
        q.bindValue(QStringLiteral(":id"), m_conferenceId);
        q.bindValue(QStringLiteral(":key"), row.key);
        if (!q.exec())
            return failure(q);
        report.removed.append(row);
    }
    return StoreStatus::success();
}

} // namespace planner
