#include "userdatabackup.h"

#include "database.h"
#include "programmestore.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace planner {

namespace {

using Snapshot = UserDataSnapshot;

// Stored times are ISO 8601 in UTC with milliseconds; anything unreadable counts as oldest.
QDateTime storedTime(const QVariant &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QString &conference = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!conference.isNull())
        q.bindValue(QStringLiteral(":conference"), conference);
    q.exec();
    return q;
}

} // namespace

UserDataBackup::UserDataBackup(Database &database)
    : m_database(database)
{
}

LocalUserData UserDataBackup::loadLocal(const QString &conference) const
{
    const QSqlDatabase db = m_database.connection();
    LocalUserData local;
    QSqlQuery q = run(db,
        QStringLiteral("SELECT session_key FROM bookmark WHERE conference_key = :conference"),
        conference);
    while (q.next())
        local.bookmarks.insert(q.value(0).toString());
    q = run(db,
        QStringLiteral("SELECT session_key, text, updated_at FROM note"
                       " WHERE conference_key = :conference"),
        conference);
    while (q.next())
        local.notes.insert(
            q.value(0).toString(), { q.value(1).toString(), storedTime(q.value(2)) });
    q = run(db,
        QStringLiteral("SELECT session_key, point_key, starred, comment, updated_at FROM annotation"
                       " WHERE conference_key = :conference"),
        conference);
    while (q.next()) {
        const Annotation a { q.value(1).toString(), q.value(2).toBool(), q.value(3).toString() };
        local.annotations.insert(LocalUserData::pointKey(q.value(0).toString(), a.pointKey),
            { a, storedTime(q.value(4)), {} });
    }
    q = run(db,
        QStringLiteral("SELECT session_key, point_key FROM user_key_point"
                       " WHERE conference_key = :conference"),
        conference);
    while (q.next())
        local.ownKeyPoints.insert(
            LocalUserData::pointKey(q.value(0).toString(), q.value(1).toString()));
    q = run(db,
        QStringLiteral("SELECT session_key, start_utc, end_utc FROM planned_time"
                       " WHERE conference_key = :conference"),
        conference);
    while (q.next())
        local.planned.insert(
            q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toLongLong() });
    q = run(db,
        QStringLiteral("SELECT session_key FROM reminder WHERE conference_key = :conference"),
        conference);
    while (q.next())
        local.reminders.insert(q.value(0).toString());
    return local;
}

QList<RestoreConflict> UserDataBackup::conflicts(const UserDataSnapshot &snapshot) const
{
    UserDataMerge merge(false);
    for (const Snapshot::ConferenceData &conference : snapshot.conferences)
        merge.addConference(conference, loadLocal(conference.key));
    return merge.report().conflicts;
}

StoreStatus UserDataBackup::write(const UserDataMerge::Rows &rows)
{
    const std::pair<const QList<QVariantMap> *, QString> statements[] = {
        { &rows.bookmarks,
            QStringLiteral("INSERT OR IGNORE INTO bookmark (conference_key, session_key,"
                           " created_at) VALUES (:conference, :session, :at)") },
        { &rows.notes,
            QStringLiteral("INSERT INTO note (conference_key, session_key, text, updated_at)"
                           " VALUES (:conference, :session, :text, :at) ON CONFLICT DO UPDATE"
                           " SET text = excluded.text, updated_at = excluded.updated_at") },
        { &rows.annotations,
            QStringLiteral("INSERT INTO annotation (conference_key, session_key, point_key,"
                           " starred, comment, updated_at) VALUES (:conference, :session,"
                           " :point, :starred, :comment, :at) ON CONFLICT DO UPDATE SET"
                           " starred = excluded.starred, comment = excluded.comment,"
                           " updated_at = excluded.updated_at") },
        { &rows.ownKeyPoints,
            // After the session's points on this computer, in the backup's order.
            QStringLiteral("INSERT OR IGNORE INTO user_key_point (conference_key, session_key,"
                           " point_key, text, created_at, position) SELECT :conference, :session,"
                           " :point, :text, :at, COALESCE(MAX(position), 0) + 1"
                           " FROM user_key_point WHERE conference_key = :conference"
                           " AND session_key = :session") },
        { &rows.planned,
            QStringLiteral("INSERT OR IGNORE INTO planned_time (conference_key, session_key,"
                           " start_utc, end_utc, updated_at) VALUES (:conference, :session,"
                           " :start, :end, :at)") },
        { &rows.reminders,
            QStringLiteral("INSERT OR IGNORE INTO reminder (conference_key, session_key,"
                           " minutes, updated_at) VALUES (:conference, :session, :minutes, :at)") },
    };
    QSqlQuery q(m_database.connection());
    for (const auto &[list, sql] : statements) {
        if (list->isEmpty())
            continue;
        q.prepare(sql);
        for (const QVariantMap &row : *list) {
            Database::bindValues(q, row);
            if (!q.exec())
                return StoreStatus::failure(
                    tr("cannot restore into %1: %2").arg(m_database.path(), q.lastError().text()));
        }
    }
    return StoreStatus::success();
}

UserDataSnapshot UserDataBackup::collect() const
{
    const QSqlDatabase db = m_database.connection();
    QMap<QString, QHash<QString, Snapshot::SessionData>> data; // conference → session → data
    const auto session = [&data](const QSqlQuery &q) -> Snapshot::SessionData & {
        Snapshot::SessionData &s = data[q.value(0).toString()][q.value(1).toString()];
        s.key = q.value(1).toString();
        return s;
    };
    QSqlQuery q
        = run(db, QStringLiteral("SELECT conference_key, session_key, created_at FROM bookmark"));
    while (q.next()) {
        Snapshot::SessionData &s = session(q);
        s.bookmarked = true;
        s.bookmarkedAt = storedTime(q.value(2));
    }
    q = run(db, QStringLiteral("SELECT conference_key, session_key, text, updated_at FROM note"));
    while (q.next())
        session(q).note = Snapshot::Note { q.value(2).toString(), storedTime(q.value(3)) };
    q = run(db,
        QStringLiteral("SELECT conference_key, session_key, point_key, starred, comment, updated_at"
                       " FROM annotation ORDER BY point_key"));
    while (q.next())
        session(q).annotations.append(
            { { q.value(2).toString(), q.value(3).toBool(), q.value(4).toString() },
                storedTime(q.value(5)), {} });
    q = run(db,
        QStringLiteral("SELECT conference_key, session_key, point_key, text, created_at"
                       " FROM user_key_point ORDER BY position, created_at, rowid"));
    while (q.next())
        session(q).ownKeyPoints.append(
            { { q.value(2).toString(), q.value(3).toString() }, storedTime(q.value(4)) });
    q = run(db,
        QStringLiteral("SELECT conference_key, session_key, start_utc, end_utc FROM planned_time"));
    while (q.next())
        session(q).planned
            = std::make_pair(QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC));
    q = run(db, QStringLiteral("SELECT conference_key, session_key, minutes FROM reminder"));
    while (q.next())
        session(q).reminderMinutes = q.value(2).toInt();

    UserDataSnapshot snapshot;
    snapshot.exported = QDateTime::currentDateTimeUtc();
    for (auto it = data.begin(); it != data.end(); ++it)
        snapshot.conferences.append(conferenceData(it.key(), it.value()));
    return snapshot;
}

// Sessions in programme order (those no stored programme has come last, by
// key), with the titles a person reading the file recognises them by.
UserDataSnapshot::ConferenceData UserDataBackup::conferenceData(
    const QString &key, QHash<QString, UserDataSnapshot::SessionData> sessions) const
{
    Snapshot::ConferenceData conference;
    conference.key = key;
    ProgrammeStore programme(m_database);
    if (const std::optional<Conference> stored = programme.conference(key))
        conference.title = stored->title;
    for (const SessionRow &row : programme.sessionRows(key)) {
        auto it = sessions.find(row.key);
        if (it == sessions.end())
            continue;
        it->code = row.code;
        it->title = row.title;
        if (!it->annotations.isEmpty())
            addPointTexts(programme, key, *it);
        conference.sessions.append(*it);
        sessions.erase(it);
    }
    QStringList rest = sessions.keys();
    rest.sort();
    for (const QString &sessionKey : rest)
        conference.sessions.append(sessions.value(sessionKey));
    return conference;
}

void UserDataBackup::addPointTexts(const ProgrammeStore &programme, const QString &conference,
    UserDataSnapshot::SessionData &data) const
{
    const std::optional<Session> session = programme.session(conference, data.key);
    if (!session)
        return;
    QHash<QString, LocalizedText> texts;
    for (const KeyPoint &point : session->keyPoints)
        texts.insert(point.key(), point.text);
    for (Snapshot::KeyPointMark &mark : data.annotations)
        mark.pointText = texts.value(mark.annotation.pointKey);
}

bool UserDataBackup::hasProgramme(const QString &conference) const
{
    QSqlQuery q = run(m_database.connection(),
        QStringLiteral("SELECT 1 FROM conference WHERE key = :conference"), conference);
    return q.next();
}

StoreStatus UserDataBackup::restore(
    const UserDataSnapshot &snapshot, ConflictPolicy policy, RestoreReport *report)
{
    UserDataMerge merge(policy == OverwriteNewerLocal);
    // Compared and written under one write lock: nothing can change in between.
    const StoreStatus status = m_database.transaction([&] {
        for (const Snapshot::ConferenceData &conference : snapshot.conferences) {
            merge.addConference(conference, loadLocal(conference.key));
            RestoreReport &done = merge.report();
            if (done.changedConferences.contains(conference.key) && !hasProgramme(conference.key))
                done.conferencesWithoutProgramme.append(conference.key);
        }
        return write(merge.rows());
    });
    if (report)
        *report = status.ok() ? merge.report() : RestoreReport();
    return status;
}

} // namespace planner
