#include "timeformatter.h"

namespace planner {

TimeFormatter::TimeFormatter(
    const QLocale &locale, const QTimeZone &conferenceZone, DateLength length)
    : m_locale(locale)
    , m_zone(conferenceZone.isValid() ? conferenceZone : QTimeZone::utc())
    , m_length(length)
{
}

QString TimeFormatter::day(const QDate &date) const
{
    // Written out rather than taken from QLocale's formats: those name the
    // year in short dates, which a conference week does not need.
    const bool chinese = m_locale.language() == QLocale::Chinese;
    if (m_length == DateLength::Long)
        return m_locale.toString(
            date, chinese ? QStringLiteral("yyyy年M月d日 dddd") : QStringLiteral("ddd d MMM yyyy"));
    if (m_length == DateLength::Weekday)
        return m_locale.toString(date, QStringLiteral("ddd"));
    return m_locale.toString(
        date, chinese ? QStringLiteral("M月d日 ddd") : QStringLiteral("ddd d MMM"));
}

QString TimeFormatter::format(const SessionTime &time) const
{
    switch (time.kind()) {
    case SessionTime::Kind::OnDemand:
        return tr("On demand");
    case SessionTime::Kind::DateOnly:
        return tr("%1 · Time TBA", "day, then the time is to be announced").arg(day(time.date));
    case SessionTime::Kind::Timed:
        break;
    }
    // The date the session happens on, not the conference day it is listed under:
    // a talk after midnight is on the next calendar day.
    const QDateTime start = time.start.toTimeZone(m_zone);
    if (!time.end.isValid())
        return day(start.date()) + u' ' + wallClock(start.time());
    return day(start.date()) + u' ' + clockRange(time.start, time.end);
}

QString TimeFormatter::clockRange(const QDateTime &start, const QDateTime &end) const
{
    const QTime from = start.toTimeZone(m_zone).time();
    const QTime to = end.toTimeZone(m_zone).time();
    const bool oneHalfOfDay = (from.hour() < 12) == (to.hour() < 12) && to >= from;
    return wallClock(from, !oneHalfOfDay) + QStringLiteral("–") + wallClock(to);
}

QString TimeFormatter::clockUnder(const QDateTime &utc, const QDate &heading) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    const QString clock = wallClock(local.time());
    return local.date() == heading ? clock : day(local.date()) + u' ' + clock;
}

QString TimeFormatter::clock(const QDateTime &utc) const
{
    return wallClock(utc.toTimeZone(m_zone).time());
}

QString TimeFormatter::wallClock(const QTime &time, bool period) const
{
    // Qt 6.4's zh_TW short time format uses the CLDR day-period letter "B",
    // which QLocale prints literally; conference programmes in Taiwan use 24 hours.
    if (m_locale.language() == QLocale::Chinese)
        return m_locale.toString(time, QStringLiteral("HH:mm"));
    QString text = m_locale.toString(time, QLocale::ShortFormat);
    if (!period) // taken out of the text: without it in the format, "h" counts 24 hours
        text.remove(time.hour() < 12 ? m_locale.amText() : m_locale.pmText());
    return text.trimmed();
}

} // namespace planner
