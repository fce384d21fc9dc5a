#pragma once

#include "conferencedata.h"
#include "sessionrow.h"
#include "storestatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace planner {

class Database;
class SqliteStatement;

// Writes one programme into the database for ProgrammeStore::importConference
// (or, while the file is still read, for Importer::importStream): the
// conference row, its tracks, its sessions added or updated by key, and the
// sessions gone from it marked removed. Runs inside the caller's transaction.
//
// Built for 100,000 sessions: new sessions are plain INSERTs and changed ones
// UPDATEs (no REPLACE, whose deletes make SQLite journal every statement), run
// through SQLite's own API with UTF-8 values, while a second core prepares the
// values of the next sessions.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(planner::ImportWriter)

public:
    explicit ImportWriter(Database &database);
    ~ImportWriter();

    StoreStatus write(const ConferenceData &data, const QString &sourceHash, ImportReport &report);

    // write() in steps, for sessions that come while their file is still being
    // read: the conference as known so far; its sessions, in programme order,
    // in runs that `next` waits for (an empty one: no more); once the file is
    // read, the conference, its tracks and the sessions gone from it (those not
    // in `sessionKeys`, the keys of all it has: `data` need not hold its sessions).
    StoreStatus begin(
        const Conference &conference, const QString &sourceHash, ImportReport &report);
    StoreStatus writeSessions(const std::function<QList<Session>()> &next, ImportReport &report);
    // The most sessions a run of writeSessions() should hold: their values are
    // held at once, and more is new memory.
    static constexpr qsizetype runSize = 128;
    StoreStatus finish(const ConferenceData &data, const QSet<QString> &sessionKeys,
        const QString &sourceHash, ImportReport &report);

    // The fingerprint a session is stored with, which tells an update that
    // changes nothing of it.
    static QByteArray revisionOf(const Session &session);

private:
    // What is stored of a session before an import: enough to tell what changed.
    struct Stored
    {
        QByteArray revision; // empty for a removed session, so its return counts as a change
        int position = -1;
    };

    StoreStatus writeConference(const Conference &conference, const QString &sourceHash);
    StoreStatus writeTracks(const QList<Track> &tracks);
    StoreStatus readStored();
    StoreStatus prepareStatements();
    // The statement that writes a session, counted in `report`; none when it is
    // stored as it is, in the same place.
    SqliteStatement *statementFor(
        const QString &key, const QByteArray &revision, qsizetype position, ImportReport &report);
    StoreStatus writeSessions(const QList<Session> &sessions, ImportReport &report);
    // Writes `session` at `position` in its conference's programme, if it changed.
    StoreStatus writeSession(const Session &session, qsizetype position, ImportReport &report);
    // `sessionKeys`: of the programme's sessions, all of them.
    StoreStatus writeRest(
        const ConferenceData &data, const QSet<QString> &sessionKeys, ImportReport &report);
    StoreStatus markRemoved(
        const QString &conferenceKey, const QSet<QString> &current, ImportReport &report);
    StoreStatus failure(const QSqlError &error) const;
    StoreStatus failure(const QSqlQuery &query) const;

    Database &m_database;
    std::unique_ptr<SqliteStatement> m_insert, m_update; // from the first session on
    qint64 m_conferenceId = 0;
    QHash<QString, Stored> m_stored;
};

} // namespace planner
