#pragma once

#include "storestatus.h"
#include "userdatamerge.h"
#include "userdatasnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace planner {

class Database;
class ProgrammeStore;

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
    LocalUserData loadLocal(const QString &conference) const;
    StoreStatus write(const UserDataMerge::Rows &rows);
    bool hasProgramme(const QString &conference) const;
    UserDataSnapshot::ConferenceData conferenceData(
        const QString &key, QHash<QString, UserDataSnapshot::SessionData> sessions) const;
    void addPointTexts(const ProgrammeStore &programme, const QString &conference,
        UserDataSnapshot::SessionData &data) const;

    Database &m_database;
};

} // namespace planner
