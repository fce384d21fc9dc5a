#pragma once

#include "storestatus.h"
#include "userdatasnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace planner {

class Database;
class ProgrammeStore;

// A note or key-point annotation changed on this computer after the backup
// was made: restoring the backup's would lose the newer words.
struct RestoreConflict
{
    enum Kind { Note, Annotation };
    QString conference;
    QString session;
    LocalizedText title; // from the backup, else empty
    Kind kind = Note;
    QString pointKey; // for annotations
};

// What a restore did, for the summary shown to the user.
struct RestoreReport
{
    int bookmarksAdded = 0;
    int notesAdded = 0;
    int notesUpdated = 0; // the backup's was newer
    int notesKept = 0; // this computer's was newer and was kept
    int annotationsAdded = 0;
    int annotationsUpdated = 0;
    int annotationsKept = 0;
    int keyPointsAdded = 0;
    int plannedTimesSet = 0;
    int plannedTimesKept = 0; // planned differently here; this computer's stays
    QList<RestoreConflict> conflicts; // kept or overwritten, as the caller chose
    bool conflictsOverwritten = false;
    // Restored although no programme of theirs is stored: shown once it is imported.
    QStringList conferencesWithoutProgramme;
    QStringList changedConferences; // those whose user data the restore changed

    int changes() const;
};

// Collects the user's data into a snapshot for a backup, and merges a snapshot
// back: it adds what is missing and never removes anything, and a note or
// annotation newer here than in the backup is only replaced when asked to.
class UserDataBackup
{
    Q_DECLARE_TR_FUNCTIONS(planner::UserDataBackup)

public:
    enum ConflictPolicy { KeepNewerLocal, OverwriteNewerLocal };

    explicit UserDataBackup(Database &database);

    // Every conference's user data, stored programme or not, by key.
    UserDataSnapshot collect() const;
    // What restoring `snapshot` would have to ask about, without writing.
    QList<RestoreConflict> conflicts(const UserDataSnapshot &snapshot) const;
    // Merges `snapshot` in one transaction: all of it or, on failure, none.
    StoreStatus restore(
        const UserDataSnapshot &snapshot, ConflictPolicy policy, RestoreReport *report = nullptr);

private:
    struct Local;
    struct Merge;
    Local loadLocal(const QString &conference) const;
    void plan(const UserDataSnapshot::ConferenceData &conference, const Local &local,
        ConflictPolicy policy, Merge &merge) const;
    StoreStatus write(const Merge &merge);
    bool hasProgramme(const QString &conference) const;
    UserDataSnapshot::ConferenceData conferenceData(
        const QString &key, QHash<QString, UserDataSnapshot::SessionData> sessions) const;
    void addPointTexts(const ProgrammeStore &programme, const QString &conference,
        UserDataSnapshot::SessionData &data) const;

    Database &m_database;
};

} // namespace planner
