#pragma once

#include "conference.h"
#include "session.h"
#include "track.h"

#include <QList>

namespace planner {

// A whole programme as read from a file: the unit of import.
struct ConferenceData
{
    Conference conference;
    QList<Track> tracks; // in programme order
    QList<Session> sessions; // in programme order; each trackKey names one of `tracks`
};

} // namespace planner
