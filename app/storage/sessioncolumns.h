#pragma once

#include <QString>
#include <QStringList>

namespace planner::SessionColumns {

// The content columns of the session table, in the order the store writes and
// reads them (a session's revision is computed over them in this order too).
inline QStringList names()
{
    return { QStringLiteral("key"), QStringLiteral("track_key"), QStringLiteral("code"),
        QStringLiteral("title_zh"), QStringLiteral("title_en"), QStringLiteral("subtitle_zh"),
        QStringLiteral("subtitle_en"), QStringLiteral("overview_zh"), QStringLiteral("overview_en"),
        QStringLiteral("description_zh"), QStringLiteral("description_en"),
        QStringLiteral("key_points"), QStringLiteral("topics"), QStringLiteral("day"),
        QStringLiteral("start_utc"), QStringLiteral("end_utc"), QStringLiteral("room"),
        QStringLiteral("speakers"), QStringLiteral("links"), QStringLiteral("language"),
        QStringLiteral("type") };
}

// "key, track_key, …", optionally each prefixed ("s.key, s.track_key, …").
inline QString list(const QString &prefix = QString())
{
    QStringList columns = names();
    for (QString &column : columns)
        column.prepend(prefix);
    return columns.join(QStringLiteral(", "));
}

} // namespace planner::SessionColumns
