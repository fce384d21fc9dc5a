#pragma once

#include <QString>

namespace planner {

// The outcome of a store operation the user can make fail (a locked, read-only,
// full or foreign database): empty on success, else a translated message.
struct StoreStatus
{
    QString error;

    bool ok() const { return error.isEmpty(); }
    static StoreStatus success() { return {}; }
    static StoreStatus failure(const QString &message) { return { message }; }
};

} // namespace planner
