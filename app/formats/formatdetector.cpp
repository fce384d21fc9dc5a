#include "formatdetector.h"

namespace planner {

namespace {

QByteArray withoutBomAndSpace(const QByteArray &head)
{
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    return text.trimmed();
}

} // namespace

FormatDetector::Format FormatDetector::detect(const QByteArray &head)
{
    const QByteArray text = withoutBomAndSpace(head);
    if (text.startsWith('{') && text.contains("\"conference-planner-programme\""))
        return Format::PlannerJson;
    if (text.startsWith('{') && text.contains("\"schedule\""))
        return Format::ScheduleJson;
    // XML may open with a declaration, comments or a DOCTYPE before its root.
    if (text.startsWith('<') && text.contains("<schedule"))
        return Format::PentabarfXml;
    // Property names are case-insensitive in iCalendar.
    if (text.left(15).toUpper() == "BEGIN:VCALENDAR")
        return Format::ICalendar;
    // A digest opens with its conference heading.
    if (text.startsWith("# "))
        return Format::Digest;
    return Format::Unknown;
}

} // namespace planner
