#pragma once

#include "sessionrow.h"

#include <QList>

namespace planner {

// What an update of a programme did to the sessions the user bookmarked: the
// part of an import the user has to hear about. Filled in by Importer.
struct ImportImpact
{
    struct Move
    {
        SessionRow before;
        SessionRow after;
    };
    struct Clash
    {
        SessionRow first; // in programme order
        SessionRow second;
    };

    QList<Move> moved; // bookmarked, with a new time or room
    QList<Move> retitled; // bookmarked, with a new title
    QList<SessionRow> cancelled; // bookmarked, and gone from the programme
    QList<Clash> newClashes; // two bookmarked sessions that overlap now and did not before
    // New sessions in a track where the user bookmarked something.
    QList<SessionRow> newInBookmarkedTracks;

    bool isEmpty() const
    {
        return moved.isEmpty() && retitled.isEmpty() && cancelled.isEmpty() && newClashes.isEmpty()
            && newInBookmarkedTracks.isEmpty();
    }
};

} // namespace planner
