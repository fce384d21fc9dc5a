#pragma once

#include <QByteArray>

namespace planner {

// Tells a programme's format from its first bytes, never from its file name:
// users rename downloads, and servers serve schedules under any name. A head in
// UTF-16 (after its byte order mark) is told as its text.
class FormatDetector
{
public:
    enum class Format {
        Unknown,
        PlannerJson,
        Digest,
        PentabarfXml,
        ScheduleJson,
        Schedule2Json,
        ICalendar
    };

    static Format detect(const QByteArray &head);
};

} // namespace planner
