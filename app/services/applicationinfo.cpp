#include "applicationinfo.h"

#include <QCoreApplication>

namespace planner {

void ApplicationInfo::apply()
{
    QCoreApplication::setApplicationName(QStringLiteral("conference-planner"));
    QCoreApplication::setOrganizationName(QStringLiteral("conference-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANNER_VERSION));
}

} // namespace planner
