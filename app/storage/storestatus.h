#pragma once

#include <QString>

namespace planner {

// The outcome of a store operation the user can make fail (a locked, read-only,
// full or foreign database): empty on success, else a translated message.
struct StoreStatus
{
    QString error;
    // The file is not a sound SQLite database (failed integrity check, scribbled
    // header): the caller may set it aside and start afresh.
    bool damaged = false;

    bool ok() const { return error.isEmpty(); }
    static StoreStatus success() { return {}; }
    static StoreStatus failure(const QString &message) { return { message, false }; }
    static StoreStatus damage(const QString &message) { return { message, true }; }
};

} // namespace planner
