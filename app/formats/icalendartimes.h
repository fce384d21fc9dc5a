#pragma once

#include "icalendarcontent.h"
#include "icalendareventlines.h"
#include "sessiontime.h"

#include <QTimeZone>

#include <memory>

struct icalcomponent_impl;
struct icaltimetype;

namespace planner {

// When a calendar's events happen, as libical reads them: times in the zones the
// file defines (its VTIMEZONEs first, then IANA and Windows zone names), floating
// times in the conference's zone, and repeating events (RRULE, RDATE, EXDATE)
// expanded into occurrences, less those that a RECURRENCE-ID event overrides.
// The syntax and its errors' positions stay with ICalendarContent: libical is
// handed only files that passed it.
class ICalendarTimes
{
    Q_DECLARE_TR_FUNCTIONS(planner::ICalendarTimes)

public:
    // One occurrence of an event. `recurrenceId` is empty for the event's own
    // DTSTART and otherwise the occurrence's start as a RECURRENCE-ID that
    // overrides it would write it, so that such an override takes its key.
    struct Occurrence
    {
        SessionTime time;
        QString recurrenceId;
    };

    // A rule without COUNT or UNTIL is expanded to the end of the last day that the
    // calendar's other events start on or, when none starts after it, over this many
    // days, with a warning; no event has more occurrences than maximumOccurrences.
    static constexpr int unboundedSpanDays = 366;
    static constexpr int maximumOccurrences = 500;

    ICalendarTimes(const QString &fileName, const ICalendarEventLines &events);
    ~ICalendarTimes();
    ICalendarTimes(const ICalendarTimes &) = delete;
    ICalendarTimes &operator=(const ICalendarTimes &) = delete;

    // What libical needs of the file besides its events, written anew from the
    // content lines ICalendarContent accepted, one at a time: its calendars and
    // their time zones whole. Each event is handed to libical alone, from its lines
    // that place it in time, when its times are asked for: libical's tree is several
    // times the size of what it holds, too much to hold for every event at once.
    class Input
    {
    public:
        void add(const ContentLine &line);
        // Whether an event's line of this name is one of those that place it in time,
        // which are all that libical and this class read of an event.
        static bool placesInTime(const QString &name);

    private:
        friend class ICalendarTimes;
        QByteArray m_text;
        int m_inZone = 0; // depth inside a VTIMEZONE, where every line counts
        int m_calendars = 0; // VCALENDARs begun
        int m_eventCalendar = -1; // the first with an event: the programme's
    };
    // Parses the file's times with libical; false, with the error set, when its
    // events are not those ICalendarContent found.
    bool parse(Input &&input);

    // The conference's zone: the calendar's X-WR-TIMEZONE, else the zone most
    // events' TZIDs name, else (every time in UTC or floating) the user's own.
    QTimeZone conferenceZone(const QString &calendarZoneName);
    void setConferenceZone(const QTimeZone &zone) { m_zone = zone; }

    // The occurrences of event `index` (in file order), or nullopt with the error
    // set. Empty for an event without DTSTART, which is on demand.
    std::optional<QList<Occurrence>> occurrences(int index);

    const std::optional<ReadError> &error() const { return m_error; }
    // What was read other than as written, for the user: "file:line: message".
    const QStringList &warnings() const { return m_warnings; }

    // The zone a TZID names by IANA id (perhaps after a prefix, "/" or a
    // vendor's path) or, from Outlook, by Windows name; invalid when none.
    static QTimeZone zoneNamed(const QString &tzid);

private:
    struct Value;
    using Component = icalcomponent_impl;

    std::optional<QDateTime> instant(const Value &value, const ContentLine &line);
    static bool isFloating(const icaltimetype &time, const QString &tzid);
    std::optional<Value> valueOf(Component *event, int kind, const ContentLine &line);
    std::optional<SessionTime> timeOf(int index);
    bool expand(int index, const SessionTime &first, QList<Occurrence> &out);
    void collectOverrides();
    // m_lastStart, which only a rule without end needs.
    void findLastStart();
    // Event `index` as libical reads it, in the calendar while it is asked about (the
    // one before it is let go); null when libical cannot read it.
    Component *component(int index);
    void releaseComponent();
    void tameZoneRules();
    QDateTime expansionEnd(const QDateTime &start) const;
    std::optional<QDateTime> markerOf(const Value &value, const ContentLine &line);
    bool ruleStarts(int index, const Value &start, QList<Value> &starts);
    bool fail(const ContentLine &line, const QString &message);
    void warn(const ContentLine &line, const QString &message);
    const ContentLine *lineOf(int index, const char *name) const;
    // Whether event `index` has an RRULE or RDATE.
    bool repeats(int index) const;

    QString m_fileName;
    const ICalendarEventLines &m_events;
    Component *m_root = nullptr;
    Component *m_calendar = nullptr;
    Component *m_component = nullptr; // of m_events at m_componentIndex
    int m_componentIndex = -1;
    QTimeZone m_zone;
    QHash<QString, QList<QDateTime>> m_overridden; // UID -> RECURRENCE-ID instants
    QDateTime m_lastStart; // of the events that do not repeat
    bool m_overridesCollected = false;
    bool m_lastStartFound = false;
    std::optional<ReadError> m_error;
    QStringList m_warnings;
};

} // namespace planner
