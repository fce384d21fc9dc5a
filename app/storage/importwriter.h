#pragma once

#include "conferencedata.h"
#include "sessionrow.h"
#include "storestatus.h"

#include <QCoreApplication>
#include <QHash>

class QSqlError;
class QSqlQuery;

namespace planner {

class Database;

// Writes one programme into the database for ProgrammeStore::importConference:
// the conference row, its tracks, its sessions added or updated by key, and the
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

    StoreStatus write(const ConferenceData &data, const QString &sourceHash, ImportReport &report);

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
    StoreStatus writeSessions(const QList<Session> &sessions, ImportReport &report);
    StoreStatus markRemoved(const ConferenceData &data, ImportReport &report);
    StoreStatus failure(const QSqlError &error) const;
    StoreStatus failure(const QSqlQuery &query) const;

    Database &m_database;
    qint64 m_conferenceId = 0;
    QHash<QString, Stored> m_stored;
};

} // namespace planner
