#pragma once

#include "language.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QTextStream;

namespace planner {

class Database;
class ProgrammeFetch;
struct DownloadResult;
struct ImportOutcome;

// `conference-planner import URL` and `refresh`: programmes from the web. A
// refresh asks the server whether the programme changed since the copy stored
// (ETag, Last-Modified); "not modified" reads and writes nothing.
class UrlCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::UrlCommand)

public:
    UrlCommand(Database &database, Language language, QTextStream &out, QTextStream &err);

    // For a programme behind a password (HTTP 401): the user name (--user) and
    // where the password is (--password-file; else it is asked on the terminal).
    void setLogin(const QString &user, const QString &passwordFile);

    // Whether a command's argument is a web address rather than a file.
    static bool isUrl(const QString &argument);

    // One of CommandLine::ExitCode. A page that links to several programmes lists
    // them and changes nothing.
    int importUrl(const QString &url, bool force);
    // Refreshes `conferenceKey`, or with an empty key every conference that came
    // from the web.
    int refresh(const QString &conferenceKey, bool force);

private:
    int refreshOne(const QString &conferenceKey, bool force);
    // Stores a programme downloaded from `programmeUrl` and prints the summary.
    int store(const DownloadResult &download, const QUrl &programmeUrl, bool force);
    int fail(const QString &message);
    // `attempt` again with a user name and password when the server asks for them.
    DownloadResult withLogin(ProgrammeFetch &fetch, const std::function<DownloadResult()> &attempt);

    Database &m_database;
    Language m_language;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_user;
    QString m_passwordFile;
};

} // namespace planner
