#pragma once

#include "icalendarcontent.h"
#include "icalendartimes.h"

#include <QTimeZone>

namespace planner {

class SessionStream;

// Reads a conference published as an iCalendar file (RFC 5545): each VEVENT is
// a session, each occurrence of a repeating one too. Copes with what real exports
// do: TZIDs that name an IANA or Windows zone without a VTIMEZONE, HTML
// descriptions, speakers as ATTENDEEs, a "Speaker:" line of the description or
// the ORGANIZER, DATE values, and no DTEND. Times are ICalendarTimes' (libical's).
class ICalendarReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::ICalendarReader)

public:
    // Texts longer than `fieldLimit` bytes are cut as they are read, with a
    // warning naming the session (FieldLimit).
    explicit ICalendarReader(qsizetype fieldLimit = FieldLimit::defaultBytes)
        : m_fieldLimit(fieldLimit)
    {
    }

    // Sessions go to `stream`, if given, as they are made (ProgrammeBuilder::streamTo);
    // an agenda exported here is always read whole.
    ReadResult read(
        const QByteArray &bytes, const QString &fileName, SessionStream *stream = nullptr) const;

private:
    struct Context;
    using Event = QList<ContentLine>;
    // Sorts a line, as it is read, into the calendar's own and its events'.
    void take(ContentLine &&line, Context &context) const;
    // Adds a session for each of the event's occurrences, [from, to).
    using Occurrences = QList<ICalendarTimes::Occurrence>::const_iterator;
    void readEvent(int index, Occurrences from, Occurrences to, Context &context) const;
    // The event's own lines (not its alarms'), read again from the file.
    Event eventAt(int index, const Context &context) const;
    // The session's key: stable across updates that add, remove or retitle events.
    static QString sessionKey(const Event &event, const Session &session, Context &context);
    // A warning for each line of `lines` whose value was cut, naming `title`.
    void warnOfCuts(const QList<ContentLine> &lines, const QString &title, Context &context) const;

    qsizetype m_fieldLimit;
};

} // namespace planner
