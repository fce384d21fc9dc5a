#pragma once

#include "icalendarcontent.h"

#include <QTimeZone>

namespace planner {

// Reads a conference published as an iCalendar file (RFC 5545): each VEVENT is
// a session, each occurrence of a repeating one too. Copes with what real exports
// do: TZIDs that name an IANA or Windows zone without a VTIMEZONE, HTML
// descriptions, speakers as ATTENDEEs, a "Speaker:" line of the description or
// the ORGANIZER, DATE values, and no DTEND. Times are ICalendarTimes' (libical's).
class ICalendarReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::ICalendarReader)

public:
    ReadResult read(const QByteArray &bytes, const QString &fileName) const;

private:
    struct Context;
    using Event = QList<ContentLine>;
    bool readComponents(const QList<ContentLine> &lines, Context &context) const;
    bool readEvent(int index, Context &context) const;
    // The session's key: stable across updates that add, remove or retitle events.
    static QString sessionKey(const Event &event, const Session &session, Context &context);
};

} // namespace planner
