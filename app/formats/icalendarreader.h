#pragma once

#include "icalendarcontent.h"

#include <QTimeZone>

namespace planner {

// Reads a conference published as an iCalendar file (RFC 5545): each VEVENT is
// a session. Copes with what real exports do: TZIDs that name an IANA zone
// without a VTIMEZONE, HTML descriptions, speakers as ATTENDEEs or only as a
// "Speaker:" line of the description, DATE values, and no DTEND.
class ICalendarReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::ICalendarReader)

public:
    ReadResult read(const QByteArray &bytes, const QString &fileName) const;

private:
    struct Context;
    using Event = QList<ContentLine>;
    bool readComponents(const QList<ContentLine> &lines, Context &context) const;
    bool readEvent(const Event &event, Context &context) const;
    bool readTime(const Event &event, Session &session, Context &context) const;
    // The session's key: stable across updates that add, remove or retitle events.
    static QString sessionKey(const Event &event, const Session &session, Context &context);
    std::optional<QDateTime> dateTime(const ContentLine &line, Context &context) const;
    QTimeZone calendarZone(Context &context) const;
};

} // namespace planner
