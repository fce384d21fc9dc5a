#include "importer.h"

#include "batchheap.h"
#include "conferencezone.h"
#include "database.h"
#include "importwriter.h"
#include "programmereader.h"
#include "programmestore.h"
#include "sessionstream.h"
#include "userdatastore.h"

#include <QFileInfo>

#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <algorithm>

#include <future>

namespace planner {

namespace {

// Progress points: the file read, parsed, stored and compared.
constexpr int loadedPercent = 20;
constexpr int parsedPercent = 50;
constexpr int storedPercent = 90;
constexpr int donePercent = 100;

void report(const Importer::Progress &progress, int percent)
{
    if (progress)
        progress(percent);
}

QHash<QString, SessionRow> currentByKey(const QList<SessionRow> &rows)
{
    QHash<QString, SessionRow> map;
    for (const SessionRow &row : rows) {
        if (!row.removed)
            map.insert(row.key, row);
    }
    return map;
}

bool overlap(const SessionRow &a, const SessionRow &b)
{
    return SessionTime::overlaps(a.time.start, a.time.end, b.time.start, b.time.end);
}

QList<ImportImpact::Clash> newClashes(const QList<SessionRow> &after,
    const QHash<QString, SessionRow> &before, const QSet<QString> &bookmarked)
{
    QList<SessionRow> marked;
    for (const SessionRow &row : after) {
        if (!row.removed && bookmarked.contains(row.key))
            marked.append(row);
    }
    QList<ImportImpact::Clash> clashes;
    for (qsizetype i = 0; i < marked.size(); ++i) {
        for (qsizetype j = i + 1; j < marked.size(); ++j) {
            if (!overlap(marked.at(i), marked.at(j)))
                continue;
            const auto a = before.constFind(marked.at(i).key);
            const auto b = before.constFind(marked.at(j).key);
            const bool clashedBefore
                = a != before.constEnd() && b != before.constEnd() && overlap(*a, *b);
            if (!clashedBefore)
                clashes.append({ marked.at(i), marked.at(j) });
        }
    }
    return clashes;
}

ImportOutcome failedRead(ReadError error)
{
    ImportOutcome outcome;
    outcome.readError.emplace(std::move(error));
    return outcome;
}

} // namespace

Importer::Importer(Database &database)
    : m_database(database)
{
}

ImportOutcome Importer::importFile(const QString &path, const Progress &progress) const
{
    // The file is read on another core while this one stores what it hands over,
    // as the command line's import does: one way in for every file, and a programme
    // too large to hold whole is never held (see importStream()).
    SessionStream stream;
    std::future<ReadResult> read = std::async(
        std::launch::async, [&path, &stream] { return ProgrammeReader().readFile(path, &stream); });
    return importStream(
        stream, path, [&read] { return read.get(); }, writesFor(QFileInfo(path).size()), progress);
}

Database::Writes Importer::writesFor(qint64 bytes)
{
    // A programme takes about nine tenths of its file's size in pages, and the log
    // is copied into the file from 4 MB on (Database::deferCheckpointOnClose): past
    // that, writing into the file is faster, below it writing through the log (the sizes
    // measured are in tests/bench/README.md, "Figures behind the code").
    constexpr qint64 intoFileFrom = 6 * 1024 * 1024;
    return bytes >= intoFileFrom ? Database::Writes::IntoFile : Database::Writes::ThroughLog;
}

ReadResult Importer::readFile(const QString &path, SessionStream *stream)
{
    BatchHeap::grow(BatchHeap::importGrowth); // on the thread that reads
    return ProgrammeReader().readFile(path, stream);
}

ImportOutcome Importer::cancelledOutcome()
{
    ImportOutcome outcome;
    outcome.cancelled = true;
    outcome.storeStatus = StoreStatus::failure(tr("the import was cancelled; nothing was changed"));
    return outcome;
}

ImportOutcome Importer::importRead(ReadResult read, Database::Writes writes) const
{
    return importRead(std::move(read), writes, {});
}

ImportOutcome Importer::importRead(
    ReadResult read, Database::Writes writes, const Progress &progress) const
{
    if (!read.ok())
        return failedRead(std::move(*read.error));
    report(progress, parsedPercent);
    if (cancelRequested())
        return cancelledOutcome();
    return storeRead(std::move(read), progress, writes);
}

ImportOutcome Importer::storeRead(
    ReadResult &&read, const Progress &progress, Database::Writes writes) const
{
    // An agenda exported here goes back to its conference as bookmarks. Where its
    // conference is not stored (a colleague's agenda, a fresh database) it is a
    // programme of its own: the sessions someone chose.
    if (read.ownExport && !ExportedAgendaMerge(m_database).conferenceOf(read.data).isEmpty())
        return mergeAgenda(read);
    if (read.keyedAfterFile && !ProgrammeStore(m_database).conference(read.data.conference.key)) {
        if (const QString known
            = conferenceWithTheseSessions(read.data.conference.key, read.sessionKeys());
            !known.isEmpty())
            read.data.conference.key = known;
    }
    ConferenceZone(m_database).applyChoice(read.data);
    // Freeing a large programme, string by string, takes a good part of a second
    // at 100,000 sessions: another core does it while this one commits, unless
    // the process is about to end anyway.
    std::future<void> freed;
    // No source hash: nothing compares it (an unchanged file is told by the
    // sessions' revisions), and hashing the file cost a core a fifth of the parse.
    const auto written = [&] {
        if (BatchHeap::isEnabled()) {
            BatchHeap::freeAtExit(std::move(read.data));
            return;
        }
        freed = std::async(std::launch::async,
            [programme = std::move(read.data)]() mutable { programme = ConferenceData(); });
    };
    ImportOutcome outcome = store(read.data, QString(), progress, written, writes);
    outcome.warnings = std::move(read.warnings);
    return outcome;
}

ImportOutcome Importer::importStream(SessionStream &stream, const QString &path,
    const std::function<ReadResult()> &read, Database::Writes writes,
    const Progress &progress) const
{
    // Whatever ends the import, the reader is not left waiting for room.
    const auto stopTaking = qScopeGuard([&stream] { stream.discard(); });
    const std::optional<Conference> conference = stream.conference();
    report(progress, loadedPercent);
    if (!conference) // nothing streamed: a small programme, or another format
        return importRead(read(), writes, progress);
    if (cancelRequested()) {
        stream.discard();
        read(); // the reader is done with what it was given before this returns
        return cancelledOutcome();
    }
    // Sessions streamed in the file's zone go into the one the user chose for the
    // conference, if any, as they come (ConferenceZone::applyChoice).
    const std::optional<QTimeZone> chosen = ConferenceZone(m_database).choiceFor(conference->key);
    Conference storedAs = *conference;
    if (chosen)
        storedAs.timeZone = QString::fromUtf8(chosen->id());
    std::optional<ReadResult> whole;
    bool again = false;
    ImportOutcome outcome;
    outcome.conference = storedAs;
    ProgrammeStore programme(m_database);
    const auto write = [&] {
        const QList<SessionRow> before = programme.sessionRows(conference->key);
        const bool isNew = !programme.conference(conference->key);
        ImportWriter writer(m_database);
        StoreStatus status = writer.begin(storedAs, QString(), outcome.report);
        if (status.ok())
            status = writer.writeSessions(
                [&] {
                    QList<Session> run = stream.next(ImportWriter::runSize);
                    if (chosen)
                        ConferenceZone::move(run, conference->zone(), *chosen);
                    return run;
                },
                outcome.report);
        // After a failure, what the reader hands over is dropped until it is done.
        stream.discard();
        whole.emplace(read());
        if (whole->ok())
            report(progress, parsedPercent);
        // A renamed file of a conference here was stored under its new name: it
        // goes to that conference instead, as importRead() finds it.
        again = !whole->ok() || !stream.held()
            || (isNew && whole->keyedAfterFile
                && !conferenceWithTheseSessions(conference->key, whole->sessionKeys()).isEmpty());
        // All of it undone; the message is never shown.
        if (again)
            return StoreStatus::failure(QStringLiteral("stored again as a whole"));
        if (chosen) // only the conference is written from here on
            whole->data.conference.timeZone = storedAs.timeZone;
        // A conference stored for the first time has no session to mark removed.
        if (status.ok())
            status = writer.finish(whole->data,
                outcome.report.newConference ? QSet<QString>() : whole->sessionKeys(), QString(),
                outcome.report);
        if (status.ok())
            status = checkRemovals(before, outcome);
        if (!status.ok())
            return status;
        report(progress, storedPercent);
        outcome.impact = impactSince(before, conference->key);
        if (cancelRequested()) { // undone with the transaction
            outcome.cancelled = true;
            return cancelledOutcome().storeStatus;
        }
        return StoreStatus::success();
    };
    outcome.storeStatus = m_database.transaction(write, writes);
    if (again) {
        // Sessions that went only to the stream are read again, whole.
        if (whole->ok() && whole->streamed())
            return importRead(ProgrammeReader().readFile(path), writes, progress);
        return importRead(std::move(*whole), writes, progress);
    }
    if (!whole) { // the transaction did not begin
        stream.discard();
        whole.emplace(read());
    }
    outcome.conference = whole->data.conference;
    outcome.warnings = whole->warnings;
    if (outcome.storeStatus.ok())
        report(progress, donePercent);
    else
        outcome.report = ImportReport();
    if (BatchHeap::isEnabled())
        BatchHeap::freeAtExit(std::move(whole->data));
    return outcome;
}

QString Importer::conferenceWithTheseSessions(
    const QString &conferenceKey, const QSet<QString> &keys) const
{
    ProgrammeStore store(m_database);
    if (keys.isEmpty())
        return {};
    QString best;
    qsizetype bestShared = 0;
    for (const ConferenceSummary &c : store.conferences()) {
        if (c.key == conferenceKey) // itself, when its sessions are being stored
            continue;
        qsizetype live = 0, shared = 0;
        for (const SessionRow &row : store.sessionRows(c.key)) {
            if (row.removed)
                continue;
            ++live;
            shared += keys.contains(row.key) ? 1 : 0;
        }
        // Most of each: neither a part of the other nor a neighbour sharing a few.
        if (shared * 2 > keys.size() && shared * 2 > live && shared > bestShared) {
            best = c.key;
            bestShared = shared;
        }
    }
    return best;
}

ImportOutcome Importer::mergeAgenda(const ReadResult &read) const
{
    ImportOutcome outcome;
    outcome.warnings = read.warnings;
    AgendaMerge merged;
    outcome.storeStatus = ExportedAgendaMerge(m_database).merge(read.data, &merged);
    if (!outcome.storeStatus.ok())
        return outcome;
    outcome.conference
        = ProgrammeStore(m_database).conference(merged.conferenceKey).value_or(Conference());
    outcome.report.conferenceKey = merged.conferenceKey;
    outcome.merged = std::move(merged);
    return outcome;
}

ImportOutcome Importer::importData(
    const ConferenceData &data, const QString &sourceHash, const Progress &progress) const
{
    const ConferenceZone zone(m_database);
    if (!zone.isChosen(data.conference.key))
        return store(data, sourceHash, progress, {});
    ConferenceData inZone = data;
    zone.applyChoice(inZone);
    return store(inZone, sourceHash, progress, {});
}

ImportOutcome Importer::store(const ConferenceData &data, const QString &sourceHash,
    const Progress &progress, const std::function<void()> &written, Database::Writes writes) const
{
    ImportOutcome outcome;
    outcome.conference = data.conference;
    const QString key = data.conference.key;
    ProgrammeStore programme(m_database);
    const auto write = [&] {
        const QList<SessionRow> before = programme.sessionRows(key);
        StoreStatus status = programme.importConference(data, sourceHash, &outcome.report);
        if (written)
            written(); // `data` may be gone from here on
        if (status.ok())
            status = checkRemovals(before, outcome);
        if (!status.ok())
            return status;
        report(progress, storedPercent);
        outcome.impact = impactSince(before, key);
        if (cancelRequested()) { // undone with the transaction
            outcome.cancelled = true;
            return cancelledOutcome().storeStatus;
        }
        return StoreStatus::success();
    };
    outcome.storeStatus = m_database.transaction(write, writes);
    if (outcome.storeStatus.ok())
        report(progress, donePercent);
    return outcome;
}

StoreStatus Importer::checkRemovals(const QList<SessionRow> &before, ImportOutcome &outcome) const
{
    const auto live = std::count_if(
        before.cbegin(), before.cend(), [](const SessionRow &row) { return !row.removed; });
    const auto removed = outcome.report.removed.size();
    if (m_allowLargeRemovals || live == 0 || removed * 2 <= live)
        return StoreStatus::success();
    outcome.heldBackRemovals = int(removed);
    outcome.sessionsBefore = int(live);
    return StoreStatus::failure(
        tr("this file would remove %1 of the %n session(s) of \"%2\"; nothing was changed", "",
            int(live))
            .arg(removed)
            .arg(outcome.conference.title.text(Language::English)));
}

ImportImpact Importer::impactSince(
    const QList<SessionRow> &before, const QString &conferenceKey) const
{
    // A new conference has no "before" to compare with, even if bookmarks
    // kept from an earlier, deleted copy of it are waiting.
    if (before.isEmpty())
        return {};
    return impactOf(before, ProgrammeStore(m_database).sessionRows(conferenceKey),
        UserDataStore(m_database).bookmarks(conferenceKey));
}

ImportImpact Importer::impactOf(
    const QList<SessionRow> &before, const QList<SessionRow> &after, const QStringList &bookmarks)
{
    const QHash<QString, SessionRow> was = currentByKey(before);
    const QSet<QString> bookmarked(bookmarks.cbegin(), bookmarks.cend());
    ImportImpact impact;
    QSet<QString> tracks;
    for (const SessionRow &row : after) {
        if (!bookmarked.contains(row.key))
            continue;
        const auto old = was.constFind(row.key);
        if (row.removed) {
            if (old != was.constEnd())
                impact.cancelled.append(row);
            continue;
        }
        tracks.insert(row.trackKey);
        if (old != was.constEnd() && (!(old->time == row.time) || old->room != row.room))
            impact.moved.append({ *old, row });
        if (old != was.constEnd() && old->title != row.title)
            impact.retitled.append({ *old, row });
    }
    impact.newClashes = newClashes(after, was, bookmarked);
    for (const SessionRow &row : after) {
        if (!row.removed && !was.contains(row.key) && !bookmarked.contains(row.key)
            && tracks.contains(row.trackKey))
            impact.newInBookmarkedTracks.append(row);
    }
    return impact;
}

} // namespace planner
