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
    // A digest opens with its conference heading.
    if (text.startsWith("# "))
        return Format::Digest;
    return Format::Unknown;
}

} // namespace planner
