#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace planner {

class Database;

// `conference-planner zone [ZONE]`: prints the conference's time zone, or changes
// it to the IANA zone given (ConferenceZone).
class ZoneCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::ZoneCommand)

public:
    ZoneCommand(Database &database, QTextStream &out, QTextStream &err);

    // `arguments`: none, or the zone. One of CommandLine::ExitCode.
    int run(const QString &conferenceKey, const QStringList &arguments);

private:
    Database &m_database;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace planner
