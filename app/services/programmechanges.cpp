#include "programmechanges.h"

#include <QHash>

namespace planner {

namespace {

SessionChange changeOf(const SessionRow &was, SessionChange::Kind kind)
{
    SessionChange change;
    change.sessionKey = was.key;
    change.kind = kind;
    change.oldStart = was.time.start;
    change.oldEnd = was.time.end;
    change.oldRoom = was.room;
    change.oldTitle = was.title;
    return change;
}

} // namespace

QList<SessionChange> ProgrammeChanges::between(
    const QList<SessionRow> &before, const QList<SessionRow> &after)
{
    QHash<QString, const SessionRow *> live;
    for (const SessionRow &row : before) {
        if (!row.removed)
            live.insert(row.key, &row);
    }
    QList<SessionChange> changes;
    for (const SessionRow &row : after) {
        const SessionRow *was = live.value(row.key);
        if (row.removed) {
            if (was)
                changes.append(changeOf(*was, SessionChange::Kind::Cancelled));
        } else if (!was) {
            SessionChange added;
            added.sessionKey = row.key;
            added.kind = SessionChange::Kind::New;
            changes.append(added);
        } else if (!(was->time == row.time) || was->room != row.room) {
            changes.append(changeOf(*was, SessionChange::Kind::Moved));
        } else if (was->title != row.title || was->code != row.code
            || was->trackKey != row.trackKey) {
            changes.append(changeOf(*was, SessionChange::Kind::Changed));
        }
    }
    return changes;
}

} // namespace planner
