#include "icalendartimes.h"

#include "frabtime.h"
#include "programmebuilder.h"

#include <libical/ical.h>

#include <QHash>
#include <QSet>

namespace planner {

// A date or date-time property's value as libical read it, with its TZID.
struct ICalendarTimes::Value
{
    icaltimetype time;
    QString tzid;

    bool isDate() const { return time.is_date != 0; }
    QDate date() const { return QDate(time.year, time.month, time.day); }
    QTime clock() const { return QTime(time.hour, time.minute, time.second); }
};

namespace {

QString tzidOf(icalproperty *property)
{
    icalparameter *parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    const char *tzid = parameter ? icalparameter_get_tzid(parameter) : nullptr;
    return tzid ? QString::fromUtf8(tzid).trimmed() : QString();
}

// An occurrence as a RECURRENCE-ID overriding it writes it: in the DTSTART's form.
QString recurrenceIdOf(const icaltimetype &t)
{
    const QString date = QStringLiteral("%1%2%3")
                             .arg(t.year, 4, 10, QLatin1Char('0'))
                             .arg(t.month, 2, 10, QLatin1Char('0'))
                             .arg(t.day, 2, 10, QLatin1Char('0'));
    if (t.is_date)
        return date;
    return date
        + QStringLiteral("T%1%2%3")
              .arg(t.hour, 2, 10, QLatin1Char('0'))
              .arg(t.minute, 2, 10, QLatin1Char('0'))
              .arg(t.second, 2, 10, QLatin1Char('0'))
        + (icaltime_is_utc(t) ? QStringLiteral("Z") : QString());
}

// A content line as libical reads it.
void appendLine(QByteArray &text, const ContentLine &line)
{
    text += line.name.toUtf8();
    for (const auto &[name, value] : line.parameters) {
        const bool quote = value.contains(u':') || value.contains(u';') || value.contains(u',');
        text += ';' + name.toUtf8() + '=' + (quote ? '"' + value.toUtf8() + '"' : value.toUtf8());
    }
    text += ':' + line.value.toUtf8() + "\r\n";
}

} // namespace

ICalendarTimes::ICalendarTimes(const QString &fileName, const ICalendarEventLines &events)
    : m_fileName(fileName)
    , m_events(events)
{
}

ICalendarTimes::~ICalendarTimes()
{
    releaseComponent();
    if (m_root)
        icalcomponent_free(m_root);
}

bool ICalendarTimes::Input::placesInTime(const QString &name)
{
    static const QSet<QString> names { QStringLiteral("UID"), QStringLiteral("DTSTART"),
        QStringLiteral("DTEND"), QStringLiteral("DURATION"), QStringLiteral("RRULE"),
        QStringLiteral("RDATE"), QStringLiteral("EXDATE"), QStringLiteral("RECURRENCE-ID") };
    return names.contains(name);
}

void ICalendarTimes::Input::add(const ContentLine &line)
{
    const bool begin = line.name == QLatin1String("BEGIN");
    const bool end = line.name == QLatin1String("END");
    const QString component = begin || end ? line.value.trimmed().toUpper() : QString();
    if (begin && (m_inZone > 0 || component == QLatin1String("VTIMEZONE")))
        ++m_inZone;
    const bool calendar = m_inZone == 0 && component == QLatin1String("VCALENDAR");
    if (begin && calendar)
        ++m_calendars;
    if (begin && component == QLatin1String("VEVENT") && m_eventCalendar < 0)
        m_eventCalendar = m_calendars - 1;
    if (m_inZone == 0 && !calendar)
        return;
    appendLine(m_text, line);
    if (end && m_inZone > 0)
        --m_inZone;
}

bool ICalendarTimes::parse(Input &&input)
{
    // libical's default is to abort on an error: a file's errors are the user's.
    icalerror_set_errors_are_fatal(0);
    m_root = icalparser_parse_string(std::exchange(input.m_text, {}).constData());
    // Text after the first calendar (a second one, say) puts them all under a root.
    // As ICalendarContent's reader does, the first calendar with events is the programme.
    QList<icalcomponent *> calendars;
    if (m_root && icalcomponent_isa(m_root) == ICAL_XROOT_COMPONENT) {
        for (icalcomponent *c = icalcomponent_get_first_component(m_root, ICAL_VCALENDAR_COMPONENT);
             c; c = icalcomponent_get_next_component(m_root, ICAL_VCALENDAR_COMPONENT))
            calendars.append(c);
    } else if (m_root && icalcomponent_isa(m_root) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(m_root);
    }
    m_calendar = calendars.value(qMax(input.m_eventCalendar, 0), nullptr);
    if (!m_calendar) {
        // Nothing libical could read around the events: they are read on their own.
        if (m_root)
            icalcomponent_free(m_root);
        m_root = m_calendar = icalcomponent_new_vcalendar();
    }
    tameZoneRules();
    return true;
}

icalcomponent *ICalendarTimes::component(int index)
{
    if (index == m_componentIndex)
        return m_component;
    releaseComponent();
    QByteArray text = "BEGIN:VEVENT\r\n";
    for (const ContentLine &line : m_events.at(index)) {
        if (Input::placesInTime(line.name))
            appendLine(text, line);
    }
    text += "END:VEVENT\r\n";
    icalcomponent *event = icalparser_parse_string(text.constData());
    if (event && icalcomponent_isa(event) != ICAL_VEVENT_COMPONENT) {
        icalcomponent_free(event);
        event = nullptr;
    }
    // In the calendar, as in the file: its zones are the event's.
    if (event)
        icalcomponent_add_component(m_calendar, event);
    m_component = event;
    m_componentIndex = index;
    return event;
}

void ICalendarTimes::releaseComponent()
{
    if (m_component) {
        icalcomponent_remove_component(m_calendar, m_component);
        icalcomponent_free(m_component);
    }
    m_component = nullptr;
    m_componentIndex = -1;
}

// Real zones change their offsets once or twice a year. A VTIMEZONE whose rule
// repeats more often would have libical list every change from its start to the
// times asked about (from year 1 to 9999, millions): such a rule is dropped, and
// the observance counts from its DTSTART alone.
void ICalendarTimes::tameZoneRules()
{
    for (icalcomponent *zone
         = icalcomponent_get_first_component(m_calendar, ICAL_VTIMEZONE_COMPONENT);
         zone; zone = icalcomponent_get_next_component(m_calendar, ICAL_VTIMEZONE_COMPONENT)) {
        for (icalcomponent *observance
             = icalcomponent_get_first_component(zone, ICAL_ANY_COMPONENT);
             observance; observance = icalcomponent_get_next_component(zone, ICAL_ANY_COMPONENT)) {
            QList<icalproperty *> dropped;
            for (icalproperty *rule
                 = icalcomponent_get_first_property(observance, ICAL_RRULE_PROPERTY);
                 rule; rule = icalcomponent_get_next_property(observance, ICAL_RRULE_PROPERTY)) {
                if (icalproperty_get_rrule(rule).freq != ICAL_YEARLY_RECURRENCE)
                    dropped.append(rule);
            }
            for (icalproperty *rule : std::as_const(dropped)) {
                icalcomponent_remove_property(observance, rule);
                icalproperty_free(rule);
            }
        }
    }
}

QTimeZone ICalendarTimes::zoneNamed(const QString &tzid)
{
    QString id = tzid.trimmed();
    if (id.startsWith(u'/'))
        id.remove(0, 1);
    if (const QTimeZone zone = ProgrammeBuilder::timeZone(id); zone.isValid() || id.isEmpty())
        return zone;
    // "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin",
    // "/citadel.org/20190914_1/Europe/Berlin": the IANA id ends the path. Only ids
    // the system lists count: QTimeZone reads a lone word as a POSIX rule.
    for (qsizetype slash = id.indexOf(u'/'); slash >= 0; slash = id.indexOf(u'/', slash + 1)) {
        const QByteArray tail = id.mid(slash + 1).toUtf8();
        if (tail.contains('/') && QTimeZone::isTimeZoneIdAvailable(tail))
            return QTimeZone(tail);
    }
    return ProgrammeBuilder::timeZone(
        QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(id.toUtf8())));
}

QTimeZone ICalendarTimes::conferenceZone(const QString &calendarZoneName)
{
    const QTimeZone named = zoneNamed(calendarZoneName);
    if (named.isValid())
        return named;
    QHash<QString, int> counts;
    for (int i = 0; i < m_events.size(); ++i) {
        for (const ContentLine &line : m_events.at(i)) {
            if (line.name == QLatin1String("DTSTART")
                && line.parameters.contains(QStringLiteral("TZID")))
                ++counts[line.parameters.value(QStringLiteral("TZID")).trimmed()];
        }
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best)
            || (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    if (const QTimeZone zone = zoneNamed(best); zone.isValid())
        return zone;
    // A zone of the file's own making: its offset where the calendar starts.
    icaltimezone *defined = m_calendar && !best.isEmpty()
        ? icalcomponent_get_timezone(m_calendar, best.toUtf8().constData())
        : nullptr;
    if (defined) {
        for (int i = 0; i < m_events.size(); ++i) {
            icalcomponent *event = lineOf(i, "DTSTART") ? component(i) : nullptr;
            if (!event)
                continue;
            icaltimetype start = icalcomponent_get_dtstart(event);
            if (icaltime_is_null_time(start))
                continue;
            int daylight = 0;
            const int offset = icaltimezone_get_utc_offset(defined, &start, &daylight);
            return FrabTime::zoneFromOffsetOf(
                QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, offset));
        }
    }
    // Every time in UTC or floating: the calendar was made for wherever it is read.
    return QTimeZone::systemTimeZone();
}

bool ICalendarTimes::repeats(int index) const
{
    return lineOf(index, "RRULE") || lineOf(index, "RDATE");
}

const ContentLine *ICalendarTimes::lineOf(int index, const char *name) const
{
    for (const ContentLine &line : m_events.at(index)) {
        if (line.name == QLatin1String(name))
            return &line;
    }
    return nullptr;
}

bool ICalendarTimes::fail(const ContentLine &line, const QString &message)
{
    m_error = ReadError { m_fileName, line.line, 1, -1, message };
    return false;
}

void ICalendarTimes::warn(const ContentLine &line, const QString &message)
{
    m_warnings.append(ReadError { m_fileName, line.line, 0, -1, message }.toString());
}

// The value of the event's first property of `kind`, which `line` shows as written;
// nullopt, with the error set, when libical could not read it as a date or time.
std::optional<ICalendarTimes::Value> ICalendarTimes::valueOf(
    icalcomponent *event, int kind, const ContentLine &line)
{
    icalproperty *property = icalcomponent_get_first_property(event, icalproperty_kind(kind));
    icalvalue *value = property ? icalproperty_get_value(property) : nullptr;
    Value read { icaltime_null_time(), {} };
    if (value
        && (icalvalue_isa(value) == ICAL_DATETIME_VALUE || icalvalue_isa(value) == ICAL_DATE_VALUE))
        read = { icalvalue_get_datetime(value), tzidOf(property) };
    const QString written = line.value.trimmed();
    if (icaltime_is_null_time(read.time) || !read.date().isValid()
        || (!read.isDate() && !read.clock().isValid())) {
        const bool date = line.parameters.value(QStringLiteral("VALUE"))
                              .compare(QLatin1String("DATE"), Qt::CaseInsensitive)
                == 0
            || (written.size() == 8 && !written.contains(u'T'));
        fail(line,
            date ? tr("expected a %1 DATE (YYYYMMDD), found \"%2\"").arg(line.name, written)
                 : tr("expected a %1 date and time (YYYYMMDDTHHMMSS, Z for UTC), found \"%2\"")
                       .arg(line.name, written));
        return std::nullopt;
    }
    return read;
}

// Written without a zone (a DATE, or a DATE-TIME neither in UTC nor with a
// TZID): on the conference's wall clock.
bool ICalendarTimes::isFloating(const icaltimetype &time, const QString &tzid)
{
    return tzid.isEmpty() && !icaltime_is_utc(time);
}

// A DATE-TIME as an instant: in UTC, in the zone its TZID names (the file's own
// VTIMEZONE first), or floating, in the conference's zone.
std::optional<QDateTime> ICalendarTimes::instant(const Value &value, const ContentLine &line)
{
    if (icaltime_is_utc(value.time))
        return QDateTime(value.date(), value.clock(), QTimeZone::utc());
    if (value.tzid.isEmpty())
        return QDateTime(value.date(), value.clock(), m_zone);
    if (icaltimezone *defined
        = icalcomponent_get_timezone(m_calendar, value.tzid.toUtf8().constData())) {
        icaltimetype local = value.time;
        local.zone = nullptr;
        return QDateTime::fromSecsSinceEpoch(
            qint64(icaltime_as_timet_with_zone(local, defined)), QTimeZone::utc());
    }
    const QTimeZone zone = zoneNamed(value.tzid);
    if (!zone.isValid()) {
        fail(line, tr("unknown time zone \"%1\" in TZID").arg(value.tzid));
        return std::nullopt;
    }
    return QDateTime(value.date(), value.clock(), zone);
}

// The event's own time, as written; nullopt with the error set when unreadable.
std::optional<SessionTime> ICalendarTimes::timeOf(int index)
{
    const ContentLine *startLine = lineOf(index, "DTSTART");
    if (!startLine)
        return SessionTime::onDemand();
    icalcomponent *event = component(index);
    if (!event) {
        fail(*startLine, tr("the event's times cannot be read"));
        return std::nullopt;
    }
    const std::optional<Value> start = valueOf(event, ICAL_DTSTART_PROPERTY, *startLine);
    if (!start)
        return std::nullopt;
    std::optional<Value> end;
    if (const ContentLine *endLine = lineOf(index, "DTEND")) {
        end = valueOf(event, ICAL_DTEND_PROPERTY, *endLine);
        if (!end)
            return std::nullopt;
    }
    std::optional<qint64> seconds;
    if (const ContentLine *durationLine = lineOf(index, "DURATION"); durationLine && !end) {
        icalproperty *property = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY);
        const icaldurationtype duration
            = property ? icalproperty_get_duration(property) : icaldurationtype_bad_duration();
        if (icaldurationtype_is_bad_duration(duration)) {
            fail(*durationLine,
                tr("expected a DURATION such as PT45M or P1DT2H, found \"%1\"")
                    .arg(durationLine->value.trimmed()));
            return std::nullopt;
        }
        seconds = icaldurationtype_as_int(duration);
    }
    if (start->isDate()) {
        // An all-day event of several days keeps its span, midnight to midnight
        // at the conference; one of a single day is a day whose time is not given.
        QDate last = start->date();
        if (end && end->isDate())
            last = end->date().addDays(-1);
        else if (seconds)
            last = start->date().addDays(*seconds / 86400 - 1);
        if (last <= start->date())
            return SessionTime::onDay(start->date());
        SessionTime days = SessionTime::timed(QDateTime(start->date(), QTime(0, 0), m_zone),
            QDateTime(last.addDays(1), QTime(0, 0), m_zone), start->date());
        days.floating = true; // days, wherever the conference is
        return days;
    }
    const std::optional<QDateTime> from = instant(*start, *startLine);
    if (!from)
        return std::nullopt;
    QDateTime to;
    if (end) {
        const std::optional<QDateTime> value = end->isDate()
            ? std::optional<QDateTime>(QDateTime(end->date(), QTime(0, 0), m_zone))
            : instant(*end, *lineOf(index, "DTEND"));
        if (!value)
            return std::nullopt;
        to = *value;
    } else if (seconds) {
        to = from->addSecs(*seconds);
    }
    if (to.isValid() && to < *from) {
        fail(*startLine, tr("the event ends before it starts"));
        return std::nullopt;
    }
    SessionTime time = SessionTime::timed(*from, to, from->toTimeZone(m_zone).date());
    time.floating = isFloating(start->time, start->tzid);
    return time;
}

std::optional<QList<ICalendarTimes::Occurrence>> ICalendarTimes::occurrences(int index)
{
    if (!m_overridesCollected)
        collectOverrides();
    if (!m_lastStartFound && lineOf(index, "RRULE"))
        findLastStart();
    const std::optional<SessionTime> time = timeOf(index);
    if (!time)
        return std::nullopt;
    QList<Occurrence> out { { *time, QString() } };
    if (time->kind() == SessionTime::Kind::OnDemand || lineOf(index, "RECURRENCE-ID")
        || !repeats(index))
        return out;
    if (!expand(index, *time, out))
        return std::nullopt;
    return out;
}

// Notes which occurrences RECURRENCE-ID events replace.
void ICalendarTimes::collectOverrides()
{
    m_overridesCollected = true;
    for (int i = 0; i < m_events.size(); ++i) {
        const ContentLine *recurrence = lineOf(i, "RECURRENCE-ID");
        icalcomponent *event = recurrence ? component(i) : nullptr;
        icalproperty *property
            = event ? icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY) : nullptr;
        if (!property)
            continue;
        const Value value { icalproperty_get_recurrenceid(property), tzidOf(property) };
        if (icaltime_is_null_time(value.time) || !value.date().isValid())
            continue;
        const std::optional<QDateTime> at = value.isDate()
            ? std::optional<QDateTime>(QDateTime(value.date(), QTime(0, 0), QTimeZone::utc()))
            : instant(value, *recurrence);
        m_error.reset(); // an unreadable one overrides nothing; its own start is checked
        if (at)
            m_overridden[QString::fromUtf8(icalcomponent_get_uid(event)).trimmed()].append(
                at->toUTC());
    }
}

// When the events that do not repeat end, which bounds the rules that do not.
void ICalendarTimes::findLastStart()
{
    m_lastStartFound = true;
    for (int i = 0; i < m_events.size(); ++i) {
        if (repeats(i) || lineOf(i, "RECURRENCE-ID") || !lineOf(i, "DTSTART"))
            continue;
        icalcomponent *event = component(i);
        icalproperty *startProperty
            = event ? icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY) : nullptr;
        if (!startProperty)
            continue;
        const Value value { icalproperty_get_dtstart(startProperty), tzidOf(startProperty) };
        if (icaltime_is_null_time(value.time) || !value.date().isValid())
            continue;
        const std::optional<QDateTime> at = value.isDate()
            ? std::optional<QDateTime>(QDateTime(value.date(), QTime(23, 59), m_zone))
            : instant(value, *lineOf(i, "DTSTART"));
        m_error.reset();
        if (at && at->isValid() && (!m_lastStart.isValid() || *at > m_lastStart))
            m_lastStart = at->toUTC();
    }
}

QDateTime ICalendarTimes::expansionEnd(const QDateTime &start) const
{
    // The calendar's span: to the end of the last day its other events start on.
    if (m_lastStart.isValid() && m_lastStart > start)
        return QDateTime(m_lastStart.toTimeZone(m_zone).date().addDays(1), QTime(0, 0), m_zone)
            .addSecs(-1);
    return start.addDays(unboundedSpanDays);
}

// Where an occurrence is, to compare with EXDATEs and RECURRENCE-IDs: a date at
// midnight UTC, a time as its instant in UTC.
std::optional<QDateTime> ICalendarTimes::markerOf(const Value &value, const ContentLine &line)
{
    if (value.isDate())
        return QDateTime(value.date(), QTime(0, 0), QTimeZone::utc());
    const std::optional<QDateTime> at = instant(value, line);
    return at ? std::optional<QDateTime>(at->toUTC()) : std::nullopt;
}

// The starts the event's RRULE gives, at most maximumOccurrences, up to
// expansionEnd() for a rule without COUNT or UNTIL, with a warning when cut.
bool ICalendarTimes::ruleStarts(int index, const Value &start, QList<Value> &starts)
{
    icalcomponent *event = component(index);
    icalproperty *property = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    if (!property)
        return true;
    const ContentLine &line
        = lineOf(index, "RRULE") ? *lineOf(index, "RRULE") : *lineOf(index, "DTSTART");
    const ContentLine *summary = lineOf(index, "SUMMARY");
    const QString title
        = summary ? ICalendarContent::unescapeText(summary->value).simplified() : QString();
    const icalrecurrencetype rule = icalproperty_get_rrule(property);
    // A conference's events repeat by the day at most; finer rules are no programme
    // and could take libical a long time to step through.
    if (rule.freq < ICAL_DAILY_RECURRENCE || rule.freq > ICAL_YEARLY_RECURRENCE) {
        warn(line,
            tr("the event \"%1\" repeats more often than daily; only its first "
               "occurrence is listed")
                .arg(title));
        return true;
    }
    const bool unbounded = rule.count == 0 && icaltime_is_null_time(rule.until);
    const std::optional<QDateTime> first = markerOf(start, *lineOf(index, "DTSTART"));
    if (!first)
        return false;
    const QDateTime end = unbounded ? expansionEnd(*first) : QDateTime();
    icalrecur_iterator *iterator = icalrecur_iterator_new(rule, start.time);
    if (!iterator) {
        warn(line,
            tr("the repeat rule of the event \"%1\" cannot be read; only its first "
               "occurrence is listed")
                .arg(title));
        return true;
    }
    bool cut = false;
    QDateTime last = *first;
    for (icaltimetype t = icalrecur_iterator_next(iterator); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(iterator)) {
        const Value value { t, start.tzid };
        const std::optional<QDateTime> at = markerOf(value, *lineOf(index, "DTSTART"));
        if (!at) {
            icalrecur_iterator_free(iterator);
            return false;
        }
        if (starts.size() >= maximumOccurrences) {
            cut = true;
            break;
        }
        if (end.isValid() && *at > end)
            break;
        starts.append(value);
        last = *at;
    }
    icalrecur_iterator_free(iterator);
    if (unbounded && !cut)
        warn(line,
            tr("the event \"%1\" repeats without end; it is listed until %2")
                .arg(title, last.toTimeZone(m_zone).date().toString(Qt::ISODate)));
    else if (cut)
        warn(line,
            tr("the event \"%1\" repeats more than %2 times; only the first %2 are listed")
                .arg(title)
                .arg(maximumOccurrences));
    return true;
}

bool ICalendarTimes::expand(int index, const SessionTime &first, QList<Occurrence> &out)
{
    icalcomponent *event = component(index);
    const ContentLine &startLine = *lineOf(index, "DTSTART");
    icalproperty *startProperty = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    const Value start { icalproperty_get_dtstart(startProperty), tzidOf(startProperty) };
    QList<Value> starts;
    if (!ruleStarts(index, start, starts))
        return false;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
        const icaltimetype t = icaltime_is_null_time(rdate.time) ? rdate.period.start : rdate.time;
        if (!icaltime_is_null_time(t) && QDate(t.year, t.month, t.day).isValid())
            starts.append({ t, tzidOf(p) });
    }
    // What not to list: EXDATEs, and occurrences that RECURRENCE-ID events replace.
    const QString uid = QString::fromUtf8(icalcomponent_get_uid(event)).trimmed();
    const QList<QDateTime> overridden = m_overridden.value(uid);
    QSet<QDateTime> skipped(overridden.cbegin(), overridden.cend());
    const ContentLine &exdateLine = lineOf(index, "EXDATE") ? *lineOf(index, "EXDATE") : startLine;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const Value value { icalproperty_get_exdate(p), tzidOf(p) };
        if (icaltime_is_null_time(value.time) || !value.date().isValid())
            continue;
        const std::optional<QDateTime> at = markerOf(value, exdateLine);
        if (!at)
            return false;
        skipped.insert(*at);
    }
    const std::optional<QDateTime> own = markerOf(start, startLine);
    if (!own)
        return false;
    QSet<QDateTime> listed { *own };
    if (skipped.contains(*own))
        out.clear();
    const qint64 length = first.end.isValid() ? first.start.secsTo(first.end) : -1;
    QList<std::pair<QDateTime, Occurrence>> added;
    for (const Value &value : std::as_const(starts)) {
        const std::optional<QDateTime> at = markerOf(value, startLine);
        if (!at)
            return false;
        if (listed.contains(*at) || skipped.contains(*at))
            continue;
        listed.insert(*at);
        SessionTime time;
        if (value.isDate() && first.kind() == SessionTime::Kind::DateOnly) {
            time = SessionTime::onDay(value.date());
        } else {
            const QDateTime from = value.isDate() ? QDateTime(value.date(), QTime(0, 0), m_zone)
                                                  : *instant(value, startLine);
            time = SessionTime::timed(from, length >= 0 ? from.addSecs(length) : QDateTime(),
                from.toTimeZone(m_zone).date());
            time.floating = isFloating(value.time, value.tzid);
        }
        added.append({ *at, Occurrence { time, recurrenceIdOf(value.time) } });
    }
    std::sort(
        added.begin(), added.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &occurrence : added)
        out.append(std::move(occurrence.second));
    return true;
}

} // namespace planner
