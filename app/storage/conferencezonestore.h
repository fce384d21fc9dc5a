#pragma once

#include "storestatus.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <optional>

namespace planner {

class Database;

// The time zone of a stored conference as the user corrected it: the change, with
// its sessions' times moved (SessionTime::inZone), and the choice, which imports of
// the programme keep.
class ConferenceZoneStore
{
    Q_DECLARE_TR_FUNCTIONS(planner::ConferenceZoneStore)

public:
    explicit ConferenceZoneStore(Database &database);

    // The zone the user chose for the conference; nullopt when it is the file's
    // (or the conference is not stored).
    std::optional<QTimeZone> chosenZone(const QString &conferenceKey) const;
    // Sets the conference's zone to `zone` and marks it chosen, in one transaction:
    // floating times keep their wall clock, others their instant.
    StoreStatus choose(const QString &conferenceKey, const QTimeZone &zone);

private:
    StoreStatus moveSessions(
        const QString &conferenceKey, qint64 conferenceId, const QTimeZone &from, const QTimeZone &to);

    Database &m_database;
};

} // namespace planner
