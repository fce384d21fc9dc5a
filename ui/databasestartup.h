#pragma once

#include "database.h"

#include <QCoreApplication>

class QWidget;

namespace planner {

// Opens the user's database for the window and settles what can be wrong with it
// before the window shows. A damaged file is moved aside (kept, never deleted),
// the user is told where, and the planner starts on a fresh one; a file written by
// a newer version, or one that cannot be opened at all, is refused with the reason.
class DatabaseStartup
{
    Q_DECLARE_TR_FUNCTIONS(planner::DatabaseStartup)

public:
    // False when the window cannot open; the user has been told why.
    static bool open(Database &database, const QString &path, QWidget *parent = nullptr);
};

} // namespace planner
