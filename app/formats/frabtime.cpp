#include "frabtime.h"

namespace planner {

namespace {

// Reads `min` to `max` ASCII digits at `i` into `value`, as far as they go.
bool digits(QStringView text, qsizetype &i, int min, int max, int &value)
{
    value = 0;
    int count = 0;
    while (count < max && i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9') {
        value = value * 10 + (text.at(i).unicode() - u'0');
        ++i;
        ++count;
    }
    return count >= min;
}

bool colon(QStringView text, qsizetype &i)
{
    if (i >= text.size() || text.at(i) != u':')
        return false;
    ++i;
    return true;
}

// "H:MM" with `hourDigits` digits at most for H and one or two for M (exactly
// two when `twoDigitMinutes`), then optionally ":SS". Every event has two such
// fields: parsed by hand rather than by a regular expression, at a tenth of
// the cost.
bool clock(QStringView text, int hourDigits, bool twoDigitMinutes, int parts[3])
{
    qsizetype i = 0;
    parts[2] = 0;
    if (!digits(text, i, 1, hourDigits, parts[0]) || !colon(text, i)
        || !digits(text, i, twoDigitMinutes ? 2 : 1, 2, parts[1])) {
        return false;
    }
    if (i < text.size() && (!colon(text, i) || !digits(text, i, 2, 2, parts[2])))
        return false;
    return i == text.size();
}

} // namespace

std::optional<int> FrabTime::durationSeconds(const QString &text)
{
    int parts[3];
    if (!clock(QStringView(text).trimmed(), 3, false, parts) || parts[1] > 59 || parts[2] > 59)
        return std::nullopt;
    return parts[0] * 3600 + parts[1] * 60 + parts[2];
}

QTime FrabTime::clockTime(const QString &text)
{
    int parts[3];
    if (!clock(QStringView(text).trimmed(), 2, true, parts))
        return {};
    return QTime(parts[0], parts[1], parts[2]);
}

QDateTime FrabTime::zonedDateTime(const QString &text)
{
    const QDateTime dateTime = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    // Without an offset the instant is unknown; callers fall back to local times.
    return dateTime.isValid() && dateTime.timeSpec() != Qt::LocalTime ? dateTime : QDateTime();
}

QTimeZone FrabTime::zoneFromOffsetOf(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    // Named "UTC+01:00", the form QTimeZone lists, so the id reads back.
    const int offset = dateTime.offsetFromUtc();
    const QTimeZone named(QStringLiteral("UTC%1%2:%3")
                              .arg(QChar(offset < 0 ? u'-' : u'+'))
                              .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                              .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'))
                              .toLatin1());
    return named.isValid() ? named : QTimeZone(offset);
}

QDate FrabTime::conferenceDay(
    const QDate &listedDay, const QDate &date, const QTime &time, const QTime &dayChange)
{
    const bool beforeDayChange = dayChange.isValid() && time < dayChange;
    const QDate nightOf = date.addDays(-1);
    if (listedDay == date || (beforeDayChange && listedDay == nightOf))
        return listedDay;
    return beforeDayChange ? nightOf : date;
}

QDateTime FrabTime::wallClock(const QDateTime &instant, const QTimeZone &zone)
{
    // A time written with an offset ("+05:30") is the wall clock where the session
    // happens as the file states it; only one in UTC needs the zone, whose rules
    // are slow to consult for every session of a large programme.
    return instant.timeSpec() == Qt::UTC ? instant.toTimeZone(zone) : instant;
}

SessionTime FrabTime::sessionTime(const Slot &slot, const QTimeZone &zone, QTime dayChange)
{
    if (!dayChange.isValid() && slot.dayStart.isValid())
        dayChange = wallClock(slot.dayStart, zone).time();
    QDateTime start = slot.exact;
    QDate date;
    QTime time;
    if (start.isValid()) {
        const QDateTime local = wallClock(start, zone);
        date = local.date();
        time = local.time();
    } else {
        if (!slot.day.isValid() || !slot.start.isValid())
            return slot.day.isValid() ? SessionTime::onDay(slot.day) : SessionTime::onDemand();
        const bool afterMidnight = dayChange.isValid() && slot.start < dayChange;
        date = slot.day.addDays(afterMidnight ? 1 : 0);
        time = slot.start;
        start = QDateTime(date, time, zone);
    }
    const QDateTime end
        = slot.durationSeconds > 0 ? start.addSecs(slot.durationSeconds) : QDateTime();
    SessionTime timed = SessionTime::timed(start, end, conferenceDay(slot.day, date, time, dayChange));
    timed.floating = !slot.exact.isValid(); // a local start, on the conference's clock
    return timed;
}

} // namespace planner
