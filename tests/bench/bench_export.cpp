// Exporting the personal agenda: the first 1,000 sessions of a conference are
// bookmarked (with a note on every tenth), then each round builds the agenda from
// the store and writes it as iCalendar and as PDF, file written included.
//
//   bench_export --database PATH --conference KEY [--rounds N] [--sessions N]

#include "benchutil.h"

#include "agendabuilder.h"
#include "agendaexporter.h"
#include "applicationinfo.h"
#include "database.h"
#include "exportfile.h"
#include "programmestore.h"
#include "userdatastore.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace planner;

namespace {

bool exportOnce(Database &database, const QString &conference, ExportFormat format,
    const QString &path, const char *name)
{
    QElapsedTimer timer;
    timer.start();
    const Agenda agenda = AgendaBuilder(database).build(conference, AgendaScope::Bookmarked);
    ExportOptions options;
    options.withNotes = true;
    const ExportOutput output = AgendaExporter::render(format, agenda, options);
    if (ExportFile::write(path, output.bytes))
        return false;
    bench::result(name, bench::ms(timer));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // PDF lays out text; the offscreen platform keeps the benchmark headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ApplicationInfo::apply();
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), {}, QStringLiteral("PATH"));
    const QCommandLineOption conferenceOption(
        QStringLiteral("conference"), {}, QStringLiteral("KEY"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), {}, QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption sessionsOption(
        QStringLiteral("sessions"), {}, QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({ databaseOption, conferenceOption, roundsOption, sessionsOption });
    parser.process(app);
    const QString conference = parser.value(conferenceOption);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    Database database;
    if (!database.open(parser.value(databaseOption)).ok())
        return 1;
    const QList<SessionRow> rows = ProgrammeStore(database).sessionRows(conference);
    QStringList keys;
    for (const SessionRow &row : rows) {
        if (keys.size() < parser.value(sessionsOption).toInt())
            keys.append(row.key);
    }
    UserDataStore userData(database);
    if (!userData.setBookmarked(conference, keys, true).ok())
        return 1;
    for (int i = 0; i < keys.size(); i += 10)
        userData.setNote(conference, keys.at(i), QStringLiteral("Ask about 量子 %1").arg(i));
    std::printf("INFO bookmarked %lld sessions\n", static_cast<long long>(keys.size()));

    QTemporaryDir dir;
    for (int round = 0; round < rounds; ++round) {
        if (!exportOnce(database, conference, ExportFormat::ICalendar,
                dir.filePath(QStringLiteral("agenda.ics")), "export_ics")
            || !exportOnce(database, conference, ExportFormat::Pdf,
                dir.filePath(QStringLiteral("agenda.pdf")), "export_pdf"))
            return 1;
    }
    return 0;
}
