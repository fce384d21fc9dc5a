#pragma once

#include "localizedtext.h"

#include <QDateTime>
#include <QMetaType>
#include <QTimeZone>

namespace planner {

// A bookmarked session the user asked to be told of before it starts.
struct Reminder
{
    QString conference;
    QString session;
    LocalizedText title;
    QString room;
    QDateTime start; // UTC: the programme's slot, or the time the user planned
    QDateTime end; // UTC, null when none is known
    QTimeZone zone; // the conference's, for printing the times
    int minutes = 0; // how long before the start

    // When the user is to be told.
    QDateTime due() const { return start.addSecs(-60 * qint64(minutes)); }
};

} // namespace planner

Q_DECLARE_METATYPE(planner::Reminder)
