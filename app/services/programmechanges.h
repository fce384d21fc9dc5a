#pragma once

#include "sessionchangestore.h"
#include "sessionrow.h"

#include <QList>

namespace planner {

// What an update did to each session of a programme, from its rows before and
// after: new (or back after a cancellation), moved (another time or room),
// changed (another title, code or track) or cancelled.
class ProgrammeChanges
{
public:
    static QList<SessionChange> between(
        const QList<SessionRow> &before, const QList<SessionRow> &after);
};

} // namespace planner
