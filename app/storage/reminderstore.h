#pragma once

#include "reminder.h"
#include "storestatus.h"

#include <QList>
#include <optional>

namespace planner {

class Database;

// What reminders read and record: the bookmarked sessions about to start, in
// every conference, and which of their reminders have been shown. The lead
// times themselves are the user's data, set through UserDataStore.
class ReminderStore
{
public:
    explicit ReminderStore(Database &database);

    struct Upcoming
    {
        Reminder reminder; // its minutes are the session's own, when it has some
        bool ownMinutes = false; // false: the user's usual lead time applies
        bool shown = false; // its reminder for this start was shown already
    };
    // The bookmarked sessions still in their programme that start after `from`
    // and no later than `to`: at the programme's time, else at the time the user
    // planned. By start.
    QList<Upcoming> upcoming(const QDateTime &from, const QDateTime &to) const;

    // Records that the reminder of the session starting at `start` was shown.
    StoreStatus markShown(const QString &conference, const QString &session, const QDateTime &start);
    // Forgets the reminders of sessions that started before `moment`.
    StoreStatus forgetShownBefore(const QDateTime &moment);

private:
    Database &m_database;
};

} // namespace planner
