#pragma once

#include <QByteArray>

namespace planner {

// Tells a programme's format from its first bytes, never from its file name:
// users rename downloads, and servers serve schedules under any name.
class FormatDetector
{
public:
    enum class Format { Unknown, PlannerJson, Digest, PentabarfXml, ScheduleJson, ICalendar };

    static Format detect(const QByteArray &head);
};

} // namespace planner
