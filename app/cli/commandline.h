#pragma once

#include "exportrequest.h"
#include "interfacelanguage.h"
#include "language.h"
#include "publishrequest.h"
#include "readresult.h"
#include "session.h"

#include <QCoreApplication>
#include <QStringList>
#include <future>
#include <memory>

class QTextStream;

namespace planner {

class SessionStream;

class Database;
class ProgrammeStore;
class UserDataStore;

// The headless front end: `conference-planner COMMAND ...`. stdout carries data,
// stderr diagnostics; exit codes are 0 (done), 1 (failed) and 2 (misused).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(planner::CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // Runs `export`. A PDF is laid out with QtGui, which the commands that only
    // read and write the database do without (they start twice as fast): the
    // binary that links QtGui passes ExportCommand::runWith; without it, `export`
    // is refused.
    using Exporter = int (*)(Database &database, Language language, QTextStream &out,
        QTextStream &err, const ExportRequest &request);

    // Runs `publish`, which needs the keyring (QtKeychain, over Qt DBus): the
    // binary that links them passes PublishCommand::runWith, so that every other
    // command starts without loading them; without it, `publish` is refused.
    using Publisher = int (*)(Database &database, Language language, QTextStream &out,
        QTextStream &err, const PublishRequest &request);

    CommandLine(QTextStream &out, QTextStream &err, Exporter exporter = nullptr,
        Publisher publisher = nullptr);
    ~CommandLine();

    // The command `arguments` (argv, program name first) ask for: its word (a
    // mistyped one too), the option for help or the version, or empty for the
    // window (with or without files to open).
    static QString commandWord(const QStringList &arguments);
    static bool isCommand(const QStringList &arguments)
    {
        return !commandWord(arguments).isEmpty();
    }
    // main()'s argv as text, before a QCoreApplication exists to give it.
    static QStringList argumentsOf(int argc, char *argv[]);
    static QStringList commandNames();

    int run(const QStringList &arguments);

    // Every command reports the same way on stderr: a misused command points to
    // --help and gives UsageError; a failed one gives Failure.
    static int usageError(QTextStream &err, const QString &message);
    static int failure(QTextStream &err, const QString &message);

private:
    struct Options;
    int dispatch(const Options &options);
    bool openDatabase(const Options &options);
    std::optional<QString> conferenceKey(const Options &options);
    std::optional<QString> resolveSession(const QString &conference, const QString &keyOrCode);

    int listConferences(const Options &options);
    int listSessions(const Options &options);
    // `sessions --at TIME` and `--next`: what the window's Now & Next lists.
    int listSessionsAtTime(const QString &conferenceKey, const Options &options);
    int bookmark(const Options &options);
    int note(const Options &options);
    int importFile(
        const Options &options, SessionStream &sessions, std::future<ReadResult> &programme);
    int exportAgenda(const Options &options);
    // `refresh`: see UrlCommand.
    int refresh(const Options &options);
    void printSessions(const QString &conferenceKey, const QList<Session> &sessions, bool json);
    int usage(const QString &message);
    int fail(const QString &message);
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
    Exporter m_exporter;
    Publisher m_publisher;
    Language m_language = Language::English;
    InterfaceLanguage m_translations;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProgrammeStore> m_programme;
    std::unique_ptr<UserDataStore> m_userData;
};

} // namespace planner
