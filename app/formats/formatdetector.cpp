#include "formatdetector.h"

#include "textencoding.h"

#include <QChar>

namespace planner {

namespace {

QByteArray withoutBomAndSpace(const QByteArray &head)
{
    QByteArray text = TextEncoding::headAsUtf8(head);
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    return text.trimmed();
}

// The c3voc schedule2 draft: its $schema names it, or its events are a list of
// their own ("events": [...]), which schedule.json, listing them under each
// day's rooms, never has.
bool isSchedule2(const QByteArray &text)
{
    if (text.contains("schedule2"))
        return true;
    for (qsizetype at = text.indexOf("\"events\""); at >= 0;
         at = text.indexOf("\"events\"", at + 1)) {
        qsizetype i = at + 8;
        while (i < text.size() && QChar::isSpace(uchar(text.at(i))))
            ++i;
        if (i < text.size() && text.at(i) == ':') {
            ++i;
            while (i < text.size() && QChar::isSpace(uchar(text.at(i))))
                ++i;
            if (i < text.size() && text.at(i) == '[')
                return true;
        }
    }
    return false;
}

} // namespace

FormatDetector::Format FormatDetector::detect(const QByteArray &head)
{
    const QByteArray text = withoutBomAndSpace(head);
    if (text.startsWith('{') && text.contains("\"conference-planner-programme\""))
        return Format::PlannerJson;
    if (text.startsWith('{') && text.contains("\"schedule\""))
        return isSchedule2(text) ? Format::Schedule2Json : Format::ScheduleJson;
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
