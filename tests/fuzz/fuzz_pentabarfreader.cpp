// libFuzzer target: Pentabarf/frab schedule.xml (PentabarfReader).
// Whatever the bytes, the reader must return data or an error naming the file,
// without crashing, leaking or undefined behaviour (see run.sh). Read from a
// device, with its sessions streamed as the command line reads them, it must
// come to the same: the same error, or the same programme; and where the
// streamed sessions are said to hold, they are the programme's.
#include "pentabarfreader.h"
#include "sessionstream.h"

#include "fuzzcheck.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void differ(const char *what)
{
    std::fprintf(stderr, "read from bytes and streamed from a device differ: %s\n", what);
    std::abort();
}

QStringList keysAndTimes(const QList<planner::Session> &sessions)
{
    QStringList out;
    for (const planner::Session &s : sessions)
        out << s.key + u' ' + s.trackKey + u' ' + s.time.start.toString(Qt::ISODate) + u' '
                + s.time.end.toString(Qt::ISODate) + u' ' + s.room + u' ' + s.title.en;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = planner::fuzzBytes(data, size);
    const QString fileName = QStringLiteral("fuzz.xml");
    const planner::ReadResult whole = planner::PentabarfReader().read(bytes, fileName);
    planner::checkResult(whole, fileName);

    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    planner::SessionStream stream;
    const planner::ReadResult streamed
        = planner::PentabarfReader().readFile(device, fileName, &stream);
    stream.end(false); // as ProgrammeReader does: a failed read leaves it open
    planner::checkResult(streamed, fileName);
    if (whole.ok() != streamed.ok())
        differ("one read failed");
    if (!whole.ok()) {
        if (whole.error->toString() != streamed.error->toString())
            differ("the errors");
        return 0;
    }
    const QStringList expected = keysAndTimes(whole.data.sessions);
    if (keysAndTimes(streamed.data.sessions) != expected)
        differ("the sessions");
    if (whole.data.conference.key != streamed.data.conference.key
        || whole.data.conference.timeZone != streamed.data.conference.timeZone
        || whole.data.tracks.size() != streamed.data.tracks.size())
        differ("the conference");
    QList<planner::Session> handedOver;
    for (QList<planner::Session> run = stream.next(); !run.isEmpty(); run = stream.next())
        handedOver += run;
    if (stream.held() && keysAndTimes(handedOver) != expected)
        differ("the sessions handed over");
    // With a limit small enough to cut most texts, inside characters too.
    planner::PentabarfReader cutting;
    cutting.setFieldLimit(7);
    planner::checkResult(cutting.read(bytes, fileName), fileName);
    return 0;
}
