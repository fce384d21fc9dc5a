// libFuzzer target: iCalendar (ICalendarReader).
// Whatever the bytes, the reader must return data or an error naming the file,
// without crashing, leaking or undefined behaviour (see run.sh), also when its
// texts are cut (FieldLimit).
#include "icalendarreader.h"

#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = planner::fuzzBytes(data, size);
    const QString fileName = QStringLiteral("fuzz.ics");
    planner::checkResult(planner::ICalendarReader().read(bytes, fileName), fileName);
    // With a limit small enough to cut most texts, lines and characters included.
    planner::checkResult(planner::ICalendarReader(7).read(bytes, fileName), fileName);
    return 0;
}
