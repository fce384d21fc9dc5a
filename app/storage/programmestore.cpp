#include "programmestore.h"

#include "database.h"
#include "importwriter.h"
#include "jsoncolumns.h"
#include "sessioncolumns.h"
#include "sqlitestatement.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace planner {

namespace {

const QString sessionColumns = SessionColumns::list();

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

ProgrammeStore::ProgrammeStore(Database &database)
    : m_database(database)
{
}

StoreStatus ProgrammeStore::failure(const QSqlQuery &query) const
{
    return StoreStatus::failure(m_database.describeError(query.lastError()));
}

StoreStatus ProgrammeStore::importConference(
    const ConferenceData &data, const QString &sourceHash, ImportReport *report)
{
    ImportReport written;
    const StoreStatus status = m_database.transaction(
        [&] { return ImportWriter(m_database).write(data, sourceHash, written); });
    if (status.ok() && report)
        *report = written;
    return status;
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
        // What reminders were shown is no one's data: it goes with the programme.
        q.prepare(QStringLiteral("DELETE FROM reminder_shown WHERE conference_key = :key"));
        q.bindValue(QStringLiteral(":key"), key);
        if (!q.exec())
            return failure(q);
        if (policy == KeepUserData)
            return StoreStatus::success();
        for (const char *table :
            { "bookmark", "note", "annotation", "user_key_point", "planned_time", "reminder" }) {
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

QString textAt(const SqliteStatement &q, int column)
{
    return QString::fromUtf8(q.text(column));
}

QDateTime timeAt(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? QDateTime()
                            : QDateTime::fromSecsSinceEpoch(q.integer(column), Qt::UTC);
}

// A day as the store writes it ("yyyy-MM-dd"), read without QDate::fromString,
// which was a tenth of reading a large programme's rows; anything else goes
// through it.
QDate dayAt(const SqliteStatement &q, int column)
{
    const QByteArrayView text = q.text(column);
    const auto digits = [&text](int from, int count, int *value) {
        *value = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = text.at(i);
            if (c < '0' || c > '9')
                return false;
            *value = *value * 10 + (c - '0');
        }
        return true;
    };
    int year = 0, month = 0, day = 0;
    if (text.size() == 10 && text.at(4) == '-' && text.at(7) == '-' && digits(0, 4, &year)
        && digits(5, 2, &month) && digits(8, 2, &day))
        return QDate(year, month, day);
    return text.isEmpty() ? QDate() : QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}

// Rows are read straight from SQLite as UTF-8: the window's start waits for a
// large programme's rows, and QSqlQuery's QVariant per value and SQLite's
// conversion of every text to UTF-16 were most of that wait.
// `select` has the conference's key as its parameter ?1.
QList<SessionRow> rowsFrom(
    const QSqlDatabase &connection, const QString &select, const QString &conferenceKey)
{
    SqliteStatement q(connection, select.arg(rowColumns));
    const QByteArray key = conferenceKey.toUtf8(); // bound without a copy
    q.bindText(1, key);
    QList<SessionRow> list;
    while (q.next()) {
        SessionTime time;
        time.date = dayAt(q, 5);
        time.start = timeAt(q, 6);
        time.end = timeAt(q, 7);
        list.append({ textAt(q, 0), textAt(q, 1), textAt(q, 2), { textAt(q, 3), textAt(q, 4) },
            time, textAt(q, 8), q.integer(9) != 0 });
    }
    return list;
}

} // namespace

QList<SessionRow> ProgrammeStore::sessionRows(const QString &conferenceKey) const
{
    return rowsFrom(m_database.connection(),
        QStringLiteral("SELECT %1 FROM session s"
                       " WHERE s.conference_id = (SELECT id FROM conference WHERE key = ?1)"
                       " ORDER BY s.removed, s.position"),
        conferenceKey);
}

QList<SessionRow> ProgrammeStore::bookmarkedSessionRows(const QString &conferenceKey) const
{
    // CROSS JOIN keeps the bookmarks outside: left to itself, SQLite walked every
    // session of the conference and looked each up among the bookmarks.
    return rowsFrom(m_database.connection(),
        QStringLiteral("SELECT %1 FROM bookmark b CROSS JOIN session s ON s.key = b.session_key"
                       " AND s.conference_id = (SELECT id FROM conference WHERE key = ?1)"
                       " WHERE b.conference_key = ?1 ORDER BY s.removed, s.position"),
        conferenceKey);
}

QStringList ProgrammeStore::speakers(const QString &conferenceKey, const QString &sessionKey) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT speakers FROM session WHERE key = :session"
                             " AND conference_id = (SELECT id FROM conference WHERE key = :key)"));
    q.bindValue(QStringLiteral(":session"), sessionKey);
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    if (!q.exec() || !q.next())
        return {};
    return JsonColumns::toStrings(q.value(0).toString());
}

QHash<QString, QStringList> ProgrammeStore::speakers(
    const QString &conferenceKey, const QStringList &sessionKeys) const
{
    QHash<QString, QStringList> found;
    // In runs, well under SQLite's limit on a statement's parameters.
    constexpr qsizetype run = 200;
    for (qsizetype from = 0; from < sessionKeys.size(); from += run) {
        const QStringList keys = sessionKeys.mid(from, run);
        QStringList marks(keys.size(), QStringLiteral("?"));
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT key, speakers FROM session WHERE conference_id ="
                                 " (SELECT id FROM conference WHERE key = ?) AND key IN (%1)")
                      .arg(marks.join(u',')));
        q.addBindValue(conferenceKey);
        for (const QString &key : keys)
            q.addBindValue(key);
        if (!q.exec())
            return found;
        while (q.next())
            found.insert(q.value(0).toString(), JsonColumns::toStrings(q.value(1).toString()));
    }
    return found;
}

QSet<QString> ProgrammeStore::removedSessionKeys(const QString &conferenceKey) const
{
    QSet<QString> keys;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key FROM session WHERE removed = 1"
                             " AND conference_id = (SELECT id FROM conference WHERE key = :key)"));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    q.exec();
    while (q.next())
        keys.insert(q.value(0).toString());
    return keys;
}

QList<Session> ProgrammeStore::sessions(const QString &conferenceKey, Scope scope) const
{
    QList<Session> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (scope == BookmarkedWithRemoved) {
        // From the bookmarks outwards (CROSS JOIN fixes the order): an agenda of
        // 1,000 bookmarks no longer reads a 100,000-session programme whole.
        q.prepare(QStringLiteral("SELECT %1 FROM bookmark b CROSS JOIN session s"
                                 " ON s.key = b.session_key AND s.conference_id ="
                                 " (SELECT id FROM conference WHERE key = :key)"
                                 " WHERE b.conference_key = :key ORDER BY s.removed, s.position")
                      .arg(SessionColumns::list(QStringLiteral("s."))));
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

} // namespace planner
