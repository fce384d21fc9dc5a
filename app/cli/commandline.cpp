#include "commandline.h"

#include "backupcommand.h"
#include "bundledconference.h"
#include "clock.h"
#include "database.h"
#include "importer.h"
#include "importsummary.h"
#include "programmestore.h"
#include "sessionlisting.h"
#include "sessionsearch.h"
#include "sessionstream.h"
#include "timetable.h"
#include "traditionalchinese.h"
#include "urlcommand.h"
#include "userdatastore.h"
#include "zonecommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <future>

namespace planner {

struct CommandLine::Options
{
    QString command;
    QStringList arguments; // after the command
    QString database;
    QString conference;
    QString search;
    QString at; // sessions: a time, ISO 8601
    bool next = false;
    QString file;
    bool json = false;
    QString output;
    QString format;
    bool withNotes = false;
    bool all = false;
    bool overwriteNewer = false;
    bool force = false;
    QString url; // publish
    QString user;
    QString passwordFile;
};

CommandLine::CommandLine(
    QTextStream &out, QTextStream &err, Exporter exporter, Publisher publisher)
    : m_out(out)
    , m_err(err)
    , m_exporter(exporter)
    , m_publisher(publisher)
{
}

CommandLine::~CommandLine() = default;

QStringList CommandLine::commandNames()
{
    // In the order of the help text.
    return { QStringLiteral("conferences"), QStringLiteral("sessions"), QStringLiteral("bookmark"),
        QStringLiteral("note"), QStringLiteral("import"), QStringLiteral("refresh"),
        QStringLiteral("export"), QStringLiteral("backup"), QStringLiteral("restore"),
        QStringLiteral("publish"), QStringLiteral("zone"), QStringLiteral("help") };
}

QStringList CommandLine::argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

QString CommandLine::commandWord(const QStringList &arguments)
{
    // Read before run() parses them, to tell which binary runs them: the options
    // that take a value are skipped with it, as no value is a command.
    static const QStringList optionsWithValue = { QStringLiteral("--database"),
        QStringLiteral("--conference"), QStringLiteral("--search"), QStringLiteral("--at"),
        QStringLiteral("--file"), QStringLiteral("--language"), QStringLiteral("-o"),
        QStringLiteral("--output"), QStringLiteral("--format"), QStringLiteral("--url"),
        QStringLiteral("--user"), QStringLiteral("--password-file") };
    static const QStringList versionOrHelp = { QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("-v") };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (versionOrHelp.contains(argument))
            return argument;
        if (optionsWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(u'-'))
            continue;
        // A first word that is no command and no file is a mistyped command,
        // which deserves a message rather than a window.
        if (commandNames().contains(argument) || !QFileInfo::exists(argument))
            return argument;
        return {};
    }
    return {};
}

QString CommandLine::helpText() const
{
    return tr("Usage: conference-planner [COMMAND] [OPTIONS]\n"
              "Without a command, opens the planner window.\n"
              "\n"
              "Commands:\n"
              "  conferences [--json]                    list stored conferences\n"
              "  sessions [--search TEXT] [--json]       list sessions of a conference\n"
              "  sessions --at TIME|now [--next]         sessions running at TIME, or (--next)\n"
              "                                          the ones starting next after it\n"
              "  bookmark add|remove KEY...              bookmark sessions by key or code\n"
              "  bookmark list [--json]                  list bookmarked sessions\n"
              "  note set KEY TEXT | note set KEY --file F   set a session's note\n"
              "  note get KEY                            print a session's note\n"
              "  import FILE|URL [--force]               import or update a programme, from a\n"
              "                                          file or a web address (http, https; a\n"
              "                                          conference's page that links to it)\n"
              "  refresh [--force]                       download again the programmes imported\n"
              "                                          from the web (--conference: one); an\n"
              "                                          unchanged one is neither read nor stored\n"
              "  export --format ics|md|csv|html|pdf -o FILE [--with-notes] [--all]\n"
              "                                          export the bookmarked sessions\n"
              "  backup [-o FILE]                        back up your bookmarks, notes,\n"
              "                                          annotations and planned times as JSON\n"
              "                                          (to stdout without -o)\n"
              "  restore FILE [--overwrite-newer]        merge a backup into the database\n"
              "  publish [--url URL --user NAME] [--password-file F] [--with-notes]\n"
              "                                          publish the bookmarked sessions to a\n"
              "                                          CalDAV calendar named after the\n"
              "                                          conference (made if missing); later\n"
              "                                          runs send only what changed\n"
              "  zone [ZONE]                             show the conference's time zone, or\n"
              "                                          change it to an IANA zone such as\n"
              "                                          Europe/Brussels (kept by later imports)\n"
              "\n"
              "Options:\n"
              "  --database PATH      the database file (default: %1)\n"
              "  --conference KEY     the conference (default: the one starting last)\n"
              "  --language zh_TW|en  the language of titles in listings and exports\n"
              "  --at TIME            sessions: ISO 8601, e.g. 2025-03-18T14:00+01:00 (without\n"
              "                       an offset, in the conference's time zone)\n"
              "  --next               sessions: those with the first start after TIME (or now)\n"
              "  -o, --output FILE    export, backup: the file to write\n"
              "  --format FORMAT      export: ics, md, csv, html or pdf (default: from FILE)\n"
              "  --with-notes         export, publish: include your notes\n"
              "  --all                export: the whole programme, not only bookmarks\n"
              "  --overwrite-newer    restore: take the backup's notes and annotations even\n"
              "                       where changed here later (else kept and listed)\n"
              "  --force              import, refresh: update a conference even if more than\n"
              "                       half of its sessions would be removed\n"
              "  --url URL            publish: the CalDAV server (its address, or\n"
              "                       /.well-known/caldav); needed the first time\n"
              "  --user NAME          publish: your user name on it\n"
              "  --password-file F    publish: read the password from F's first line; without\n"
              "                       it, from the keyring, else from standard input\n"
              "  -h, --help           show this help\n"
              "  -v, --version        show the version\n")
               .arg(Database::defaultPath())
        + tr("\n"
             "A programme behind a password (import URL, refresh):\n"
             "  --user NAME          the user name the server asks for; the password is read\n"
             "                       from --password-file F (its first line), else typed at\n"
             "                       the terminal (not shown), else a line of standard input.\n"
             "                       Neither is stored: give them again at each run.\n");
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), {}, QStringLiteral("PATH"));
    const QCommandLineOption conference(QStringLiteral("conference"), {}, QStringLiteral("KEY"));
    const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("TEXT"));
    const QCommandLineOption at(QStringLiteral("at"), {}, QStringLiteral("TIME"));
    const QCommandLineOption next(QStringLiteral("next"));
    const QCommandLineOption file(QStringLiteral("file"), {}, QStringLiteral("F"));
    const QCommandLineOption language(QStringLiteral("language"), {}, QStringLiteral("LANG"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption output(
        QStringList { QStringLiteral("o"), QStringLiteral("output") }, {}, QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("FORMAT"));
    const QCommandLineOption withNotes(QStringLiteral("with-notes"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption overwriteNewer(QStringLiteral("overwrite-newer"));
    const QCommandLineOption force(QStringLiteral("force"));
    const QCommandLineOption url(QStringLiteral("url"), {}, QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), {}, QStringLiteral("F"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    const QCommandLineOption version(
        QStringList { QStringLiteral("v"), QStringLiteral("version") });
    parser.addOptions({ database, conference, search, file, language, json, help, version });
    parser.addOptions({ output, format, withNotes, all, overwriteNewer, force, at, next });
    parser.addOptions({ url, user, passwordFile });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << u' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    // The language first, so that help and every message speak it.
    // The command line does not read the window's choice: a script speaks the system's
    // language unless it asks for another.
    const QString languageTag = parser.value(language);
    const std::optional<Language> asked = InterfaceLanguage::fromOption(languageTag);
    if (!languageTag.isEmpty() && !asked)
        return usage(tr("--language takes zh_TW or en, not \"%1\"").arg(languageTag));
    m_language = InterfaceLanguage::atStart(asked, std::nullopt);
    m_translations.install(m_language);
    // Chinese content in Traditional script, as the window shows it by default.
    TraditionalChinese::install(false);
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.value(0) == QLatin1String("help")) {
        m_out << helpText();
        return Success;
    }
    if (positional.isEmpty())
        return usage(tr("no command given"));

    Options options;
    options.command = positional.takeFirst();
    options.arguments = positional;
    options.database = parser.isSet(database) ? parser.value(database) : Database::defaultPath();
    options.conference = parser.value(conference);
    options.search = parser.value(search);
    options.at = parser.value(at);
    options.next = parser.isSet(next);
    options.file = parser.value(file);
    options.json = parser.isSet(json);
    options.output = parser.value(output);
    options.format = parser.value(format);
    options.withNotes = parser.isSet(withNotes);
    options.all = parser.isSet(all);
    options.overwriteNewer = parser.isSet(overwriteNewer);
    options.force = parser.isSet(force);
    options.url = parser.value(url);
    options.user = parser.value(user);
    options.passwordFile = parser.value(passwordFile);
    return dispatch(options);
}

int CommandLine::dispatch(const Options &options)
{
    if (!commandNames().contains(options.command))
        return usage(tr("unknown command \"%1\"").arg(options.command));
    // An import reads and parses its file on another core while this one opens
    // the database (a connection is used only by the thread that opened it),
    // and stores the sessions the reader hands over while it reads on.
    SessionStream sessions; // outlives the reader
    std::future<ReadResult> programme;
    if (options.command == QLatin1String("import") && options.arguments.size() == 1
        && !UrlCommand::isUrl(options.arguments.first())) {
        programme = std::async(
            std::launch::async, &Importer::readFile, options.arguments.first(), &sessions);
    }
    if (!openDatabase(options))
        return Failure;
    if (options.command == QLatin1String("conferences"))
        return listConferences(options);
    if (options.command == QLatin1String("sessions"))
        return listSessions(options);
    if (options.command == QLatin1String("bookmark"))
        return bookmark(options);
    if (options.command == QLatin1String("note"))
        return note(options);
    if (options.command == QLatin1String("export"))
        return exportAgenda(options);
    if (options.command == QLatin1String("backup"))
        return BackupCommand(*m_database, m_language, m_out, m_err)
            .backUp(options.output, options.arguments);
    if (options.command == QLatin1String("publish")) {
        const std::optional<QString> conference = conferenceKey(options);
        if (!conference)
            return Failure;
        if (!m_publisher)
            return fail(tr("this program cannot publish; run conference-planner publish"));
        return m_publisher(*m_database, m_language, m_out, m_err,
            { *conference, options.url, options.user, options.passwordFile, options.withNotes,
                options.arguments });
    }
    if (options.command == QLatin1String("restore"))
        return BackupCommand(*m_database, m_language, m_out, m_err)
            .restore(options.arguments, options.overwriteNewer);
    if (options.command == QLatin1String("refresh"))
        return refresh(options);
    if (options.command == QLatin1String("zone")) {
        const std::optional<QString> conference = conferenceKey(options);
        if (!conference)
            return Failure;
        return ZoneCommand(*m_database, m_out, m_err).run(*conference, options.arguments);
    }
    if (options.arguments.size() == 1 && UrlCommand::isUrl(options.arguments.first())) {
        UrlCommand command(*m_database, m_language, m_out, m_err);
        command.setLogin(options.user, options.passwordFile);
        return command.importUrl(options.arguments.first(), options.force);
    }
    return importFile(options, sessions, programme);
}

int CommandLine::refresh(const Options &options)
{
    if (!options.arguments.isEmpty())
        return usage(tr("refresh takes no argument; name a conference with --conference KEY"));
    QString key;
    if (!options.conference.isEmpty()) {
        const std::optional<QString> found = conferenceKey(options);
        if (!found)
            return Failure;
        key = *found;
    }
    UrlCommand command(*m_database, m_language, m_out, m_err);
    command.setLogin(options.user, options.passwordFile);
    return command.refresh(key, options.force);
}

int CommandLine::usageError(QTextStream &err, const QString &message)
{
    err << tr("conference-planner: %1").arg(message) << Qt::endl
        << tr("Try 'conference-planner --help'.") << Qt::endl;
    return UsageError;
}

int CommandLine::failure(QTextStream &err, const QString &message)
{
    err << tr("conference-planner: %1").arg(message) << Qt::endl;
    return Failure;
}

int CommandLine::usage(const QString &message)
{
    return usageError(m_err, message);
}

int CommandLine::fail(const QString &message)
{
    return failure(m_err, message);
}

bool CommandLine::openDatabase(const Options &options)
{
    m_database = std::make_unique<Database>();
    StoreStatus status = m_database->open(options.database);
    if (status.ok()) {
        // A command ends as soon as it has written; the window or a later writer
        // checkpoints.
        m_database->deferCheckpointOnClose();
        status = BundledConference::ensureImported(*m_database);
    }
    if (!status.ok()) {
        // A script must never find its file renamed: the window, which can ask
        // the user, is where a damaged database is set aside.
        if (status.damaged)
            status.error = tr("%1. It has been left as it is: open the planner window to move "
                              "it aside and start afresh.")
                               .arg(status.error);
        fail(status.error);
        return false;
    }
    m_programme = std::make_unique<ProgrammeStore>(*m_database);
    m_userData = std::make_unique<UserDataStore>(*m_database);
    return true;
}

std::optional<QString> CommandLine::conferenceKey(const Options &options)
{
    const QList<ConferenceSummary> conferences = m_programme->conferences();
    if (options.conference.isEmpty()) {
        if (conferences.isEmpty()) {
            fail(tr("no conference is stored; import one with 'conference-planner import FILE'"));
            return std::nullopt;
        }
        return conferences.first().key;
    }
    for (const ConferenceSummary &c : conferences) {
        if (c.key == options.conference)
            return c.key;
    }
    fail(tr("no conference with the key \"%1\" (see 'conference-planner conferences')")
             .arg(options.conference));
    return std::nullopt;
}

std::optional<QString> CommandLine::resolveSession(
    const QString &conference, const QString &keyOrCode)
{
    const QList<SessionRow> rows = m_programme->sessionRows(conference);
    for (const SessionRow &row : rows) {
        if (row.key == keyOrCode)
            return row.key;
    }
    for (const SessionRow &row : rows) {
        if (!row.code.isEmpty() && row.code.compare(keyOrCode, Qt::CaseInsensitive) == 0)
            return row.key;
    }
    fail(tr("no session with the key or code \"%1\" in %2").arg(keyOrCode, conference));
    return std::nullopt;
}

int CommandLine::listConferences(const Options &options)
{
    const QList<ConferenceSummary> conferences = m_programme->conferences();
    SessionListing listing(m_language);
    if (options.json)
        m_out
            << QJsonDocument(listing.conferencesJson(conferences)).toJson(QJsonDocument::Indented);
    else
        m_out << listing.conferencesText(conferences);
    return Success;
}

int CommandLine::listSessions(const Options &options)
{
    const std::optional<QString> key = conferenceKey(options);
    if (!key)
        return Failure;
    if (!options.at.isEmpty() || options.next)
        return listSessionsAtTime(*key, options);
    if (options.search.isEmpty()) {
        printSessions(*key, m_programme->sessions(*key), options.json);
        return Success;
    }
    // Found as the window's search finds them, the best first.
    const std::optional<QList<Session>> found
        = SessionSearch(*m_database).find(*key, options.search);
    if (!found) {
        fail(tr("the texts of \"%1\" could not be read from %2").arg(*key, m_database->path()));
        return Failure;
    }
    printSessions(*key, *found, options.json);
    return Success;
}

int CommandLine::listSessionsAtTime(const QString &conferenceKey, const Options &options)
{
    const std::optional<Conference> conference = m_programme->conference(conferenceKey);
    const QTimeZone zone = conference ? conference->zone() : QTimeZone::utc();
    QDateTime moment = Clock::system().now();
    if (!options.at.isEmpty() && options.at != QLatin1String("now")) {
        moment = QDateTime::fromString(options.at, Qt::ISODate);
        if (!moment.isValid())
            return usage(tr("--at takes a time such as 2025-03-18T14:00+01:00, not \"%1\"")
                             .arg(options.at));
        // A time written without an offset is the conference's wall clock, as
        // its programme is.
        if (moment.timeSpec() == Qt::LocalTime)
            moment = QDateTime(moment.date(), moment.time(), zone);
    }
    const QList<Session> sessions = m_programme->sessions(conferenceKey);
    const TimeTable table = TimeTable::of(sessions);
    const QList<int> found = options.next ? table.startingNext(moment) : table.runningAt(moment);
    QList<Session> listed;
    listed.reserve(found.size());
    for (const int position : found)
        listed.append(sessions.at(position));
    printSessions(conferenceKey, listed, options.json);
    return Success;
}

void CommandLine::printSessions(
    const QString &conferenceKey, const QList<Session> &sessions, bool json)
{
    const SessionListing listing(m_language);
    const Conference conference = m_programme->conference(conferenceKey).value_or(Conference());
    const QList<Track> tracks = m_programme->tracks(conferenceKey);
    QSet<QString> removed;
    for (const SessionRow &row : m_programme->sessionRows(conferenceKey)) {
        if (row.removed)
            removed.insert(row.key);
    }
    if (json)
        m_out << QJsonDocument(listing.sessionsJson(conference, tracks, sessions, removed))
                     .toJson(QJsonDocument::Indented);
    else
        m_out << listing.sessionsText(conference, tracks, sessions, removed);
}

int CommandLine::bookmark(const Options &options)
{
    const QString action = options.arguments.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("remove")
        && action != QLatin1String("list"))
        return usage(tr("bookmark takes add, remove or list"));
    const std::optional<QString> conference = conferenceKey(options);
    if (!conference)
        return Failure;
    if (action == QLatin1String("list")) {
        // Bookmarks on sessions dropped from the programme are listed too: the
        // user still holds them.
        const QStringList keys = m_userData->bookmarks(*conference);
        QList<Session> sessions = m_programme->sessions(*conference, ProgrammeStore::WithRemoved);
        sessions.removeIf([&](const Session &s) { return !keys.contains(s.key); });
        printSessions(*conference, sessions, options.json);
        return Success;
    }
    if (options.arguments.size() < 2)
        return usage(tr("bookmark %1 needs at least one session key").arg(action));
    QStringList keys;
    for (const QString &argument : options.arguments.mid(1)) {
        const std::optional<QString> key = resolveSession(*conference, argument);
        if (!key)
            return Failure;
        keys.append(*key);
    }
    const StoreStatus status
        = m_userData->setBookmarked(*conference, keys, action == QLatin1String("add"));
    return status.ok() ? int(Success) : fail(status.error);
}

int CommandLine::note(const Options &options)
{
    const QString action = options.arguments.value(0);
    const bool set = action == QLatin1String("set");
    if ((!set && action != QLatin1String("get")) || options.arguments.size() < 2)
        return usage(tr("use 'note set KEY TEXT', 'note set KEY --file F' or 'note get KEY'"));
    const std::optional<QString> conference = conferenceKey(options);
    if (!conference)
        return Failure;
    const std::optional<QString> session = resolveSession(*conference, options.arguments.at(1));
    if (!session)
        return Failure;
    if (!set) {
        m_out << m_userData->note(*conference, *session);
        return Success;
    }
    QString text;
    if (!options.file.isEmpty()) {
        QFile file(options.file);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(options.file, file.errorString()));
        text = QString::fromUtf8(file.readAll());
        if (options.arguments.size() > 2)
            return usage(tr("note set takes the text as an argument or from --file, not both"));
    } else if (options.arguments.size() == 3) {
        text = options.arguments.at(2);
    } else {
        return usage(tr("note set needs the text as one argument, or --file F"));
    }
    const StoreStatus status = m_userData->setNote(*conference, *session, text);
    return status.ok() ? int(Success) : fail(status.error);
}

int CommandLine::exportAgenda(const Options &options)
{
    const std::optional<QString> conference = conferenceKey(options);
    if (!conference)
        return Failure;
    if (!m_exporter)
        return fail(tr("this program cannot export; run conference-planner export"));
    return m_exporter(*m_database, m_language, m_out, m_err,
        { *conference, options.format, options.output, options.withNotes, options.all,
            options.arguments });
}

int CommandLine::importFile(
    const Options &options, SessionStream &sessions, std::future<ReadResult> &programme)
{
    if (options.arguments.size() != 1)
        return usage(tr("import takes exactly one file"));
    Importer importer(*m_database);
    importer.allowLargeRemovals(options.force);
    const ImportOutcome outcome = importer.importStream(
        sessions, options.arguments.first(), [&programme] { return programme.get(); },
        Importer::writesFor(QFileInfo(options.arguments.first()).size()));
    if (outcome.needsConfirmation())
        return fail(tr("%1 It may hold only part of the programme. Nothing was changed; run the "
                       "import again with --force to update the conference anyway.",
            "%1 says how many sessions the file would remove")
                        .arg(ImportSummary(m_language, outcome.conference)
                                 .heldBackText(options.arguments.first(), outcome.heldBackRemovals,
                                     outcome.sessionsBefore)));
    if (!outcome.ok())
        return fail(outcome.errorMessage());
    m_err << ImportSummary::warningsText(outcome.warnings);
    m_out << ImportSummary(m_language, outcome.conference).text(outcome);
    return Success;
}

} // namespace planner
