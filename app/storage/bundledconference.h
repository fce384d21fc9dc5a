#pragma once

#include "storestatus.h"

#include <QCoreApplication>

namespace planner {

class Database;

// The conference the app ships with (GTC 2025), imported on first start and
// again only when a new version of the app ships changed data.
class BundledConference
{
    Q_DECLARE_TR_FUNCTIONS(planner::BundledConference)

public:
    static QString key() { return QStringLiteral("gtc-2025"); }
    static QString resourcePath() { return QStringLiteral(":/conferences/gtc-2025.json"); }

    // Imports the bundled programme unless this very version was imported
    // before. A conference the user deleted stays deleted.
    static StoreStatus ensureImported(Database &database);
};

} // namespace planner
