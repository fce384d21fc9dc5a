// libFuzzer target: the c3voc schedule2 draft (Schedule2JsonReader).
// Whatever the bytes, the reader must return data or an error naming the file,
// without crashing, leaking or undefined behaviour (see run.sh).
#include "schedule2jsonreader.h"

#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = planner::fuzzBytes(data, size);
    const QString fileName = QStringLiteral("fuzz.json");
    planner::checkResult(planner::Schedule2JsonReader().read(bytes, fileName), fileName);
    return 0;
}
