// Publishing the agenda to a CalDAV server on this machine (Radicale, started
// here): each round makes a fresh calendar and publishes 100 bookmarked
// sessions to it (discovery and calendar not counted), then publishes again
// after one note changed (one event sent). The client's own processor time is
// printed beside each (_client_cpu): the rest is the server's.
//
// Radicale flushes every event to disk as it stores it, a cost of the host's
// disk rather than of the planner: the rows are measured with the server's
// files in memory (/dev/shm), and the first publish once more with them on
// disk (_disk) to show that cost beside them.
//
//   bench_publish [--rounds N] [--sessions N] [--parallel N (requests in flight)]

#include "benchutil.h"

#include "../publishfixture.h"
#include "../radicaleserver.h"

#include "agendapublisher.h"
#include "applicationinfo.h"
#include "caldavclient.h"
#include "caldavsyncstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <sys/resource.h>

using namespace planner;

namespace {

// This process's processor time, in ms: the client's share, the server's aside.
double processorMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

bool publishOnce(AgendaPublisher &publisher, int expected, const char *name)
{
    std::optional<PublishOutcome> outcome;
    const auto connection = QObject::connect(
        &publisher, &AgendaPublisher::finished, [&](const PublishOutcome &o) { outcome = o; });
    QElapsedTimer timer;
    timer.start();
    const double processorBefore = processorMs();
    publisher.publish(publishfixture::conference);
    // A publish that never ends shows as "no answer" below.
    (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 120000);
    const double elapsed = bench::ms(timer);
    const double processor = processorMs() - processorBefore;
    QObject::disconnect(connection);
    if (!outcome || !outcome->ok() || outcome->published != expected) {
        std::fprintf(
            stderr, "publish failed: %s\n", outcome ? qPrintable(outcome->error) : "no answer");
        return false;
    }
    bench::result(name, elapsed);
    bench::result((QByteArray(name) + "_client_cpu").constData(), processor);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ApplicationInfo::apply();
    QCommandLineParser parser;
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), {}, QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption sessionsOption(
        QStringLiteral("sessions"), {}, QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption parallelOption(
        QStringLiteral("parallel"), {}, QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ roundsOption, sessionsOption, parallelOption });
    parser.process(app);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const int sessions = qMax(1, parser.value(sessionsOption).toInt());

    publishfixture::Fixture fixture;
    if (!fixture.setUp(sessions) || !fixture.bookmarkFirst(sessions))
        return 1;
    const QString memory = QStringLiteral("/dev/shm");
    RadicaleServer inMemory(QFileInfo(memory).isWritable() ? memory : QDir::tempPath());
    RadicaleServer onDisk;
    for (RadicaleServer *server : { &inMemory, &onDisk }) {
        if (const QString error = server->start(); !error.isEmpty()) {
            std::fprintf(stderr, "radicale: %s\n", qPrintable(error));
            return 1;
        }
    }
    CalDavClient client;
    client.setCredentials(inMemory.user, inMemory.password);
    AgendaPublisher publisher(fixture.database(), client);
    if (const int parallel = parser.value(parallelOption).toInt(); parallel > 0)
        publisher.setParallelRequests(parallel);
    // A fresh calendar on `server`, made the account of the conference.
    const auto freshCalendar = [&](const RadicaleServer &server, const QString &name) {
        const QUrl calendar = server.url().resolved(QUrl(QStringLiteral("/alice/%1/").arg(name)));
        bool made = false;
        client.makeCalendar(
            calendar, name, [&](const CalDavReply &reply) { made = reply.ok(); });
        if (!QTest::qWaitFor([&] { return made; }, 20000))
            return false;
        CalDavSyncStore(fixture.database())
            .setAccount({ publishfixture::conference, server.url(), server.user, calendar, name,
                true });
        return true;
    };
    for (int round = 0; round < rounds; ++round) {
        if (!freshCalendar(inMemory, QStringLiteral("round-%1").arg(round))
            || !publishOnce(publisher, sessions, "publish_100_first"))
            return 1;
        UserDataStore(fixture.database())
            .setNote(publishfixture::conference, publishfixture::sessionKey(round),
                QStringLiteral("changed in round %1").arg(round));
        if (!publishOnce(publisher, sessions, "publish_100_one_change"))
            return 1;
        if (!freshCalendar(onDisk, QStringLiteral("round-%1").arg(round))
            || !publishOnce(publisher, sessions, "publish_100_first_disk"))
            return 1;
    }
    return 0;
}
