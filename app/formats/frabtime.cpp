#include "frabtime.h"

#include <QRegularExpression>

namespace planner {

std::optional<int> FrabTime::durationSeconds(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,3}):(\\d{1,2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int minutes = match.captured(2).toInt();
    const int seconds = match.captured(3).toInt();
    if (minutes > 59 || seconds > 59)
        return std::nullopt;
    return match.captured(1).toInt() * 3600 + minutes * 60 + seconds;
}

QTime FrabTime::clockTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QTime(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
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

SessionTime FrabTime::sessionTime(const Slot &slot, const QTimeZone &zone, const QTime &dayChange)
{
    QDateTime start = slot.exact;
    if (!start.isValid()) {
        if (!slot.day.isValid() || !slot.start.isValid())
            return slot.day.isValid() ? SessionTime::onDay(slot.day) : SessionTime::onDemand();
        const bool afterMidnight = dayChange.isValid() && slot.start < dayChange;
        start = QDateTime(slot.day.addDays(afterMidnight ? 1 : 0), slot.start, zone);
    }
    const QDateTime end
        = slot.durationSeconds > 0 ? start.addSecs(slot.durationSeconds) : QDateTime();
    return SessionTime::timed(start, end, slot.day.isValid() ? slot.day : start.date());
}

} // namespace planner
