#include "zonecommand.h"

#include "commandline.h"
#include "conferencezone.h"

#include <QTextStream>

namespace planner {

ZoneCommand::ZoneCommand(Database &database, QTextStream &out, QTextStream &err)
    : m_database(database)
    , m_out(out)
    , m_err(err)
{
}

int ZoneCommand::run(const QString &conferenceKey, const QStringList &arguments)
{
    if (arguments.size() > 1)
        return CommandLine::usageError(
            m_err, tr("zone takes one time zone, such as Europe/Brussels, or none to show it"));
    ConferenceZone zone(m_database);
    if (!arguments.isEmpty()) {
        const StoreStatus status = zone.change(conferenceKey, arguments.first());
        if (!status.ok())
            return CommandLine::failure(m_err, status.error);
    }
    const std::optional<QTimeZone> now = zone.zoneOf(conferenceKey);
    if (!now)
        return CommandLine::failure(m_err, tr("no conference with the key \"%1\"").arg(conferenceKey));
    // The zone alone on stdout, for scripts; whose choice it is on stderr.
    m_out << QString::fromUtf8(now->id()) << Qt::endl;
    if (arguments.isEmpty())
        m_err << (zone.isChosen(conferenceKey)
                ? tr("%1: chosen by you; imports of the programme keep it").arg(conferenceKey)
                : tr("%1: as the programme gives it").arg(conferenceKey))
              << Qt::endl;
    return CommandLine::Success;
}

} // namespace planner
