#include "userdatabackup.h"

#include "database.h"
#include "programmestore.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace planner {

namespace {

using Snapshot = UserDataSnapshot;

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Stored times are written by stamp(); anything unreadable counts as oldest.
QDateTime storedTime(const QVariant &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

QString pairKey(const QString &session, const QString &point)
{
    return session + QChar(0x1f) + point;
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

enum class Decision { Add, Same, Update, Conflict };

// The backup's version replaces this computer's only when it is strictly newer;
// otherwise the caller is asked, so no newer words are lost unseen.
Decision decide(bool exists, bool identical, const QDateTime &local, const QDateTime &backup)
{
    if (!exists)
        return Decision::Add;
    if (identical)
        return Decision::Same;
    return backup > local ? Decision::Update : Decision::Conflict;
}

} // namespace

int RestoreReport::changes() const
{
    return bookmarksAdded + notesAdded + notesUpdated + annotationsAdded + annotationsUpdated
        + keyPointsAdded + plannedTimesSet;
}

// This computer's user data on one conference, as the merge compares it.
struct UserDataBackup::Local
{
    QSet<QString> bookmarks;
    QHash<QString, Snapshot::Note> notes;
    QHash<QString, Snapshot::KeyPointMark> annotations; // by pairKey(session, point)
    QSet<QString> ownKeyPoints; // pairKey(session, key)
    QHash<QString, std::pair<qint64, qint64>> planned;
};

// The rows a restore writes, one list per statement, and what it will report.
struct UserDataBackup::Merge
{
    QList<QVariantMap> bookmarks;
    QList<QVariantMap> notes;
    QList<QVariantMap> annotations;
    QList<QVariantMap> ownKeyPoints;
    QList<QVariantMap> planned;
    RestoreReport report;
};

UserDataBackup::UserDataBackup(Database &database)
    : m_database(database)
{
}

UserDataBackup::Local UserDataBackup::loadLocal(const QString &conference) const
{
    const QSqlDatabase db = m_database.connection();
    Local local;
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
        local.annotations.insert(
            pairKey(q.value(0).toString(), a.pointKey), { a, storedTime(q.value(4)), {} });
    }
    q = run(db,
        QStringLiteral("SELECT session_key, point_key FROM user_key_point"
                       " WHERE conference_key = :conference"),
        conference);
    while (q.next())
        local.ownKeyPoints.insert(pairKey(q.value(0).toString(), q.value(1).toString()));
    q = run(db,
        QStringLiteral("SELECT session_key, start_utc, end_utc FROM planned_time"
                       " WHERE conference_key = :conference"),
        conference);
    while (q.next())
        local.planned.insert(
            q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toLongLong() });
    return local;
}

QList<RestoreConflict> UserDataBackup::conflicts(const UserDataSnapshot &snapshot) const
{
    Merge merge;
    for (const Snapshot::ConferenceData &conference : snapshot.conferences)
        plan(conference, loadLocal(conference.key), KeepNewerLocal, merge);
    return merge.report.conflicts;
}

void UserDataBackup::plan(const Snapshot::ConferenceData &conference, const Local &local,
    ConflictPolicy policy, Merge &merge) const
{
    RestoreReport &report = merge.report;
    const int changesBefore = report.changes();
    const QString now = stamp(QDateTime::currentDateTimeUtc());
    for (const Snapshot::SessionData &s : conference.sessions) {
        const QVariantMap keys { { QStringLiteral(":conference"), conference.key },
            { QStringLiteral(":session"), s.key } };
        const auto conflict = [&](RestoreConflict::Kind kind, const QString &point) {
            report.conflicts.append({ conference.key, s.key, s.title, kind, point });
            return policy == OverwriteNewerLocal;
        };
        if (s.bookmarked && !local.bookmarks.contains(s.key)) {
            QVariantMap row = keys;
            row.insert(
                QStringLiteral(":at"), s.bookmarkedAt.isValid() ? stamp(s.bookmarkedAt) : now);
            merge.bookmarks.append(row);
            ++report.bookmarksAdded;
        }
        if (s.note && !s.note->text.isEmpty()) {
            const auto it = local.notes.constFind(s.key);
            const bool exists = it != local.notes.cend();
            const Decision d = decide(exists, exists && it->text == s.note->text,
                exists ? it->updated : QDateTime(), s.note->updated);
            const bool overwrite = d == Decision::Conflict && conflict(RestoreConflict::Note, {});
            if (d == Decision::Add || d == Decision::Update || overwrite) {
                QVariantMap row = keys;
                row.insert(QStringLiteral(":text"), s.note->text);
                row.insert(QStringLiteral(":at"), stamp(s.note->updated));
                merge.notes.append(row);
            }
            report.notesAdded += d == Decision::Add ? 1 : 0;
            report.notesUpdated += d == Decision::Update || overwrite ? 1 : 0;
            report.notesKept += d == Decision::Conflict && !overwrite ? 1 : 0;
        }
        for (const Snapshot::KeyPointMark &mark : s.annotations) {
            const Annotation &a = mark.annotation;
            if (!a.starred && a.comment.isEmpty())
                continue; // nothing to keep: the store holds no such annotation
            const auto it = local.annotations.constFind(pairKey(s.key, a.pointKey));
            const bool exists = it != local.annotations.cend();
            const Decision d = decide(exists, exists && it->annotation == a,
                exists ? it->updated : QDateTime(), mark.updated);
            const bool overwrite
                = d == Decision::Conflict && conflict(RestoreConflict::Annotation, a.pointKey);
            if (d == Decision::Add || d == Decision::Update || overwrite) {
                QVariantMap row = keys;
                row.insert(QStringLiteral(":point"), a.pointKey);
                row.insert(QStringLiteral(":starred"), a.starred ? 1 : 0);
                row.insert(QStringLiteral(":comment"), a.comment);
                row.insert(QStringLiteral(":at"), stamp(mark.updated));
                merge.annotations.append(row);
            }
            report.annotationsAdded += d == Decision::Add ? 1 : 0;
            report.annotationsUpdated += d == Decision::Update || overwrite ? 1 : 0;
            report.annotationsKept += d == Decision::Conflict && !overwrite ? 1 : 0;
        }
        for (const Snapshot::OwnKeyPoint &own : s.ownKeyPoints) {
            // Own key points are never edited, only added and removed: one key, one text.
            if (local.ownKeyPoints.contains(pairKey(s.key, own.point.key)))
                continue;
            QVariantMap row = keys;
            row.insert(QStringLiteral(":point"), own.point.key);
            row.insert(QStringLiteral(":text"), own.point.text);
            row.insert(QStringLiteral(":at"), own.created.isValid() ? stamp(own.created) : now);
            merge.ownKeyPoints.append(row);
            ++report.keyPointsAdded;
        }
        if (s.planned) {
            const auto it = local.planned.constFind(s.key);
            const qint64 start = s.planned->first.toSecsSinceEpoch();
            const qint64 end = (s.planned->second.isValid() ? s.planned->second : s.planned->first)
                                   .toSecsSinceEpoch();
            if (it == local.planned.cend()) {
                QVariantMap row = keys;
                row.insert(QStringLiteral(":start"), start);
                row.insert(QStringLiteral(":end"), end);
                row.insert(QStringLiteral(":at"), now);
                merge.planned.append(row);
                ++report.plannedTimesSet;
            } else if (it->first != start || it->second != end) {
                ++report.plannedTimesKept;
            }
        }
    }
    if (report.changes() > changesBefore)
        report.changedConferences.append(conference.key);
}

StoreStatus UserDataBackup::write(const Merge &merge)
{
    const std::pair<const QList<QVariantMap> *, QString> statements[] = {
        { &merge.bookmarks,
            QStringLiteral("INSERT OR IGNORE INTO bookmark (conference_key, session_key,"
                           " created_at) VALUES (:conference, :session, :at)") },
        { &merge.notes,
            QStringLiteral("INSERT INTO note (conference_key, session_key, text, updated_at)"
                           " VALUES (:conference, :session, :text, :at) ON CONFLICT DO UPDATE"
                           " SET text = excluded.text, updated_at = excluded.updated_at") },
        { &merge.annotations,
            QStringLiteral("INSERT INTO annotation (conference_key, session_key, point_key,"
                           " starred, comment, updated_at) VALUES (:conference, :session,"
                           " :point, :starred, :comment, :at) ON CONFLICT DO UPDATE SET"
                           " starred = excluded.starred, comment = excluded.comment,"
                           " updated_at = excluded.updated_at") },
        { &merge.ownKeyPoints,
            QStringLiteral("INSERT OR IGNORE INTO user_key_point (conference_key, session_key,"
                           " point_key, text, created_at) VALUES (:conference, :session,"
                           " :point, :text, :at)") },
        { &merge.planned,
            QStringLiteral("INSERT OR IGNORE INTO planned_time (conference_key, session_key,"
                           " start_utc, end_utc, updated_at) VALUES (:conference, :session,"
                           " :start, :end, :at)") },
    };
    QSqlQuery q(m_database.connection());
    for (const auto &[rows, sql] : statements) {
        if (rows->isEmpty())
            continue;
        q.prepare(sql);
        for (const QVariantMap &row : *rows) {
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                // Text columns are NOT NULL; a null QString would bind as NULL.
                const bool nullText = it->typeId() == QMetaType::QString && it->toString().isNull();
                q.bindValue(it.key(), nullText ? QVariant(QStringLiteral("")) : it.value());
            }
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
                       " FROM user_key_point ORDER BY created_at, rowid"));
    while (q.next())
        session(q).ownKeyPoints.append(
            { { q.value(2).toString(), q.value(3).toString() }, storedTime(q.value(4)) });
    q = run(db,
        QStringLiteral("SELECT conference_key, session_key, start_utc, end_utc FROM planned_time"));
    while (q.next())
        session(q).planned
            = std::make_pair(QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
                QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC));

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
    Merge merge;
    merge.report.conflictsOverwritten = policy == OverwriteNewerLocal;
    // Compared and written under one write lock: nothing can change in between.
    const StoreStatus status = m_database.transaction([&] {
        for (const Snapshot::ConferenceData &conference : snapshot.conferences) {
            plan(conference, loadLocal(conference.key), policy, merge);
            if (!hasProgramme(conference.key))
                merge.report.conferencesWithoutProgramme.append(conference.key);
        }
        return write(merge);
    });
    if (report)
        *report = status.ok() ? merge.report : RestoreReport();
    return status;
}

} // namespace planner
