#include "timetable.h"

#include <algorithm>

namespace planner {

TimeTable::TimeTable(const QList<SessionTime> &times)
{
    m_slots.reserve(times.size());
    for (int i = 0; i < times.size(); ++i) {
        const SessionTime &time = times.at(i);
        if (time.kind() != SessionTime::Kind::Timed)
            continue;
        const qint64 start = time.start.toMSecsSinceEpoch();
        const qint64 end = time.end.isValid() ? time.end.toMSecsSinceEpoch() : start;
        m_slots.append({ start, std::max(start, end), i });
    }
    std::stable_sort(m_slots.begin(), m_slots.end(),
        [](const Slot &a, const Slot &b) { return a.start < b.start; });
}

QList<int> TimeTable::runningAt(const QDateTime &moment) const
{
    const qint64 t = moment.toMSecsSinceEpoch();
    QList<int> running;
    // Every slot that started at or before t; those still on are kept.
    const auto last = std::upper_bound(m_slots.cbegin(), m_slots.cend(), t,
        [](qint64 value, const Slot &slot) { return value < slot.start; });
    for (auto it = m_slots.cbegin(); it != last; ++it) {
        if (it->end > t || (it->end == it->start && it->start == t))
            running.append(it->position);
    }
    return running;
}

QList<int> TimeTable::startingWithin(const QDateTime &moment, qint64 seconds) const
{
    const qint64 t = moment.toMSecsSinceEpoch();
    const qint64 until = t + seconds * 1000;
    QList<int> starting;
    auto it = std::upper_bound(m_slots.cbegin(), m_slots.cend(), t,
        [](qint64 value, const Slot &slot) { return value < slot.start; });
    for (; it != m_slots.cend() && it->start <= until; ++it)
        starting.append(it->position);
    return starting;
}

QList<int> TimeTable::startingNext(const QDateTime &moment) const
{
    const qint64 t = moment.toMSecsSinceEpoch();
    auto it = std::upper_bound(m_slots.cbegin(), m_slots.cend(), t,
        [](qint64 value, const Slot &slot) { return value < slot.start; });
    QList<int> next;
    if (it == m_slots.cend())
        return next;
    const qint64 first = it->start;
    for (; it != m_slots.cend() && it->start == first; ++it)
        next.append(it->position);
    return next;
}

int TimeTable::nowOrNext(const QDateTime &moment) const
{
    const QList<int> running = runningAt(moment);
    if (!running.isEmpty())
        return running.last(); // started last: what the user most likely walked into
    const QList<int> next = startingNext(moment);
    return next.isEmpty() ? -1 : next.first();
}

} // namespace planner
