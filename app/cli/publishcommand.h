#pragma once

#include "language.h"

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
    struct Request
    {
        QString conference;
        QString url;
        QString user;
        QString passwordFile;
        bool withNotes = false;
        QStringList extra; // stray arguments
    };

    PublishCommand(Database &database, Language language, QTextStream &out, QTextStream &err);

    // One of CommandLine::ExitCode.
    int run(const Request &request);

private:
    // --password-file, else the keyring, else a line of standard input.
    std::optional<QString> password(
        const Request &request, const QString &url, const QString &user);

    Database &m_database;
    Language m_language;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace planner
