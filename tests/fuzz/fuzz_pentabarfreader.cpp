// libFuzzer target: Pentabarf/frab schedule.xml (PentabarfReader).
// Whatever the bytes, the reader must return data or an error naming the file,
// without crashing, leaking or undefined behaviour (see run.sh).
#include "pentabarfreader.h"

#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = planner::fuzzBytes(data, size);
    const QString fileName = QStringLiteral("fuzz.xml");
    planner::checkResult(planner::PentabarfReader().read(bytes, fileName), fileName);
    return 0;
}
