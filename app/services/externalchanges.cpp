#include "externalchanges.h"

#include "database.h"

namespace planner {

ExternalChanges::ExternalChanges(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_seen(database.dataVersion())
{
}

bool ExternalChanges::check()
{
    const qint64 version = m_database.dataVersion();
    if (version == m_seen)
        return false;
    m_seen = version;
    emit changed();
    return true;
}

} // namespace planner
