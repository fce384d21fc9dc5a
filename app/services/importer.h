#pragma once

#include "conferencedata.h"
#include "database.h"
#include "exportedagendamerge.h"
#include "importimpact.h"
#include "readresult.h"
#include "storestatus.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace planner {

class SessionStream;

// The outcome of one import: an error, or what changed.
struct ImportOutcome
{
    std::optional<ReadError> readError; // the file could not be read
    StoreStatus storeStatus; // the database refused the programme
    Conference conference; // as read from the file
    ImportReport report;
    ImportImpact impact;
    // What the file gave otherwise than as written, "file:line: message" (ReadResult).
    QStringList warnings;
    // Set when the file was an agenda exported from here, merged as bookmarks
    // (ExportedAgendaMerge) rather than stored as a programme.
    std::optional<AgendaMerge> merged;
    // Set when nothing was stored because the update would take more than half of
    // the conference's sessions away (see Importer::allowLargeRemovals).
    int heldBackRemovals = 0;
    int sessionsBefore = 0;
    // Stopped on the user's word (Importer::setCancelCheck); nothing was stored.
    bool cancelled = false;

    bool ok() const { return !readError && storeStatus.ok(); }
    bool needsConfirmation() const { return heldBackRemovals > 0; }
    // The error for the user: "file:line:column: message" or the database's.
    QString errorMessage() const { return readError ? readError->toString() : storeStatus.error; }
};

// Imports a programme file: reads it in whatever format it is, stores it, and
// works out what the update means for the user's bookmarks. The store and the
// comparison run in one transaction, so another process cannot slip a change
// between the "before" and the "after".
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(planner::Importer)

public:
    // Told a handful of times how far the import got, in percent.
    using Progress = std::function<void(int percent)>;

    explicit Importer(Database &database);

    // An update that would remove more than half of a conference's sessions is
    // refused unless allowed: a file that holds only part of a programme (an agenda
    // someone exported, a day's extract) is not the programme's next version. The
    // window asks first; the command line needs --force.
    void allowLargeRemovals(bool allow) { m_allowLargeRemovals = allow; }
    // Asked between the steps of importFile() and importRead(), and last before the
    // commit: once it says yes the import stops, storing nothing (for an import the
    // window runs on another thread, with a Cancel button).
    using CancelCheck = std::function<bool()>;
    void setCancelCheck(CancelCheck check) { m_cancelCheck = std::move(check); }

    // Reads the file on another thread and stores the sessions it hands over as
    // they come (importStream()).
    ImportOutcome importFile(const QString &path, const Progress &progress = {}) const;
    // importFile() in two steps. The first reads and parses the file and
    // touches no database, so it may run on another thread (the command line
    // reads while it opens the database); the second stores what was read.
    static ReadResult readFile(const QString &path, SessionStream *stream = nullptr);
    // `writes`: see writesFor().
    ImportOutcome importRead(
        ReadResult read, Database::Writes writes = Database::Writes::ThroughLog) const;
    // importRead() begun while the file is still read: the sessions the reader
    // hands to `stream` are stored as they come, and `read` waits for what
    // readFile() returned. The same outcome, in one transaction; where the
    // reader's assumptions did not hold, or it failed, it is importRead() again
    // (of the file at `path` read once more, when its sessions went only to the stream).
    ImportOutcome importStream(SessionStream &stream, const QString &path,
        const std::function<ReadResult()> &read,
        Database::Writes writes = Database::Writes::ThroughLog,
        const Progress &progress = {}) const;
    // How to write the programme of a file of `bytes`: into the file from the size at
    // which its pages would pass the log's limit (see Database::Writes).
    static Database::Writes writesFor(qint64 bytes);
    // For programmes read elsewhere (the bundled one, tests).
    ImportOutcome importData(
        const ConferenceData &data, const QString &sourceHash, const Progress &progress = {}) const;

    // The impact of going from `before` to `after` (a conference's session rows,
    // removed ones included) on the sessions in `bookmarks`.
    static ImportImpact impactOf(const QList<SessionRow> &before, const QList<SessionRow> &after,
        const QStringList &bookmarks);

private:
    // The conference already here, other than `conferenceKey`, whose sessions are
    // mostly `keys` (those of a programme new by its key and keyed after its file,
    // ReadResult::keyedAfterFile): a renamed copy of a file that names no
    // conference is the same conference. Empty when there is none.
    QString conferenceWithTheseSessions(
        const QString &conferenceKey, const QSet<QString> &keys) const;
    // Merges an agenda exported from here into its conference (ExportedAgendaMerge).
    ImportOutcome mergeAgenda(const ReadResult &read) const;
    ImportOutcome importRead(
        ReadResult read, Database::Writes writes, const Progress &progress) const;
    // Stores a programme read without error, freeing it on another core.
    ImportOutcome storeRead(
        ReadResult &&read, const Progress &progress, Database::Writes writes) const;
    // The impact of the import on a conference whose rows were `before`, read
    // again in the same transaction.
    ImportImpact impactSince(const QList<SessionRow> &before, const QString &conferenceKey) const;
    // Writes `data` and compares; `written` runs once the programme is stored and
    // `data` is no longer read, still inside the transaction.
    ImportOutcome store(const ConferenceData &data, const QString &sourceHash,
        const Progress &progress, const std::function<void()> &written,
        Database::Writes writes = Database::Writes::ThroughLog) const;

    // Fails, and so undoes the transaction, when the stored programme lost more
    // sessions than allowed; says how many in `outcome`.
    StoreStatus checkRemovals(const QList<SessionRow> &before, ImportOutcome &outcome) const;

    bool cancelRequested() const { return m_cancelCheck && m_cancelCheck(); }
    static ImportOutcome cancelledOutcome();

    Database &m_database;
    bool m_allowLargeRemovals = false;
    CancelCheck m_cancelCheck;
};

} // namespace planner
