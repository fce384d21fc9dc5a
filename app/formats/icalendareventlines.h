#pragma once

#include "icalendarcontent.h"

namespace planner {

// The lines of a calendar's events that ICalendarTimes reads (those that place an
// event in time, and a few more), for every event of the file. Held as the bytes
// they were read from, one block for all events, and parsed again one event at a
// time when asked for: a list of parsed lines per event took about 480 bytes an
// event, which for a calendar of millions of short events was most of the import's
// memory; the bytes take a fifth of that.
class ICalendarEventLines
{
public:
    explicit ICalendarEventLines(qsizetype fieldLimit = FieldLimit::defaultBytes)
        : m_fieldLimit(fieldLimit)
    {
    }

    // Adds the next event: its `lines`, read from `file` (ContentLine::offset, end).
    void append(const QList<ContentLine> &lines, QByteArrayView file);
    int size() const { return int(m_eventFrom.size()); }
    bool isEmpty() const { return m_eventFrom.isEmpty(); }
    // The lines of event `index` as they were read (their `line` the file's; their
    // offsets are not), valid until it is called for another event.
    const QList<ContentLine> &at(int index) const;
    void clear();

private:
    qsizetype m_fieldLimit;
    QByteArray m_bytes;
    QList<qsizetype> m_eventFrom; // where each event's lines begin in m_bytes
    QList<qsizetype> m_firstLine; // each event's first in m_lineNumbers
    QList<qint64> m_lineNumbers; // of every line kept, in the file
    mutable int m_parsed = -1; // the event m_lines holds
    mutable QList<ContentLine> m_lines;
};

} // namespace planner
