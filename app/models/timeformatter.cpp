#include "timeformatter.h"

namespace planner {

TimeFormatter::TimeFormatter(const QLocale &locale, const QTimeZone &conferenceZone)
    : m_locale(locale)
    , m_zone(conferenceZone.isValid() ? conferenceZone : QTimeZone::utc())
{
}

QString TimeFormatter::day(const QDate &date) const
{
    // The short date format of zh_TW already names the year; a conference
    // week reads better as weekday and day.
    const QString pattern = m_locale.language() == QLocale::Chinese ? QStringLiteral("M月d日 ddd")
                                                                    : QStringLiteral("ddd d MMM");
    return m_locale.toString(date, pattern);
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
    QString text = day(time.date) + u' ' + clock(time.start);
    if (time.end.isValid())
        text += QStringLiteral("–") + clock(time.end);
    return text;
}

QString TimeFormatter::clock(const QDateTime &utc) const
{
    // Qt 6.4's zh_TW short time format uses the CLDR day-period letter "B",
    // which QLocale prints literally; conference programmes in Taiwan use 24 hours.
    const QTime time = utc.toTimeZone(m_zone).time();
    if (m_locale.language() == QLocale::Chinese)
        return m_locale.toString(time, QStringLiteral("HH:mm"));
    return m_locale.toString(time, QLocale::ShortFormat);
}

} // namespace planner
