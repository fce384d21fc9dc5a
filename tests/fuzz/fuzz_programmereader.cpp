// libFuzzer target: the generic entry every import goes through, format detection
// (FormatDetector) and then whichever reader the bytes ask for (ProgrammeReader).
// Whatever the bytes, the result is data or an error naming the file, without
// crashing, leaking or undefined behaviour (see run.sh).
#include "formatdetector.h"
#include "programmereader.h"

#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = planner::fuzzBytes(data, size);
    const QString fileName = QStringLiteral("fuzz-programme");
    planner::FormatDetector::detect(bytes);
    planner::checkResult(planner::ProgrammeReader().read(bytes, fileName), fileName);
    return 0;
}
