#pragma once

#include "language.h"
#include "publishrequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class QTextStream;

namespace planner {

class Database;

// `conference-planner publish`: the bookmarked sessions to a CalDAV calendar,
// as the window's File ▸ Publish Agenda to Calendar… does, for scripts. The first
// time it finds the account's calendars from --url and makes one named after
// the conference (or takes the one of that name); later runs reuse it.
class PublishCommand
{
    Q_DECLARE_TR_FUNCTIONS(planner::PublishCommand)

public:
    PublishCommand(Database &database, Language language, QTextStream &out, QTextStream &err);

    // One of CommandLine::ExitCode.
    int run(const PublishRequest &request);
    // run(), as CommandLine::Publisher: what the library that links Qt Network
    // (conference-planner-publish) hands the command line.
    static int runWith(Database &database, Language language, QTextStream &out, QTextStream &err,
        const PublishRequest &request);

private:
    // --password-file, else the keyring, else a line of standard input.
    std::optional<QString> password(
        const PublishRequest &request, const QString &url, const QString &user);

    Database &m_database;
    Language m_language;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace planner
