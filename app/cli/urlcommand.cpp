#include "urlcommand.h"

#include "commandline.h"
#include "downloadimporter.h"
#include "importsummary.h"
#include "programmefetch.h"
#include "programmesourcestore.h"
#include "programmestore.h"
#include "terminalpassword.h"

#include <QTextStream>

namespace planner {

UrlCommand::UrlCommand(Database &database, Language language, QTextStream &out, QTextStream &err)
    : m_database(database)
    , m_language(language)
    , m_out(out)
    , m_err(err)
{
}

void UrlCommand::setLogin(const QString &user, const QString &passwordFile)
{
    m_user = user;
    m_passwordFile = passwordFile;
}

DownloadResult UrlCommand::withLogin(
    ProgrammeFetch &fetch, const std::function<DownloadResult()> &attempt)
{
    DownloadResult download = attempt();
    if (!download.needsPassword || download.passwordRefused)
        return download;
    if (m_user.isEmpty()) {
        download.error = tr("%1. The programme needs a password: give your user name with "
                            "--user NAME, and the password in a file with --password-file F or "
                            "when asked")
                             .arg(download.error);
        return download;
    }
    const std::optional<QString> password = TerminalPassword::read(
        m_passwordFile, tr("Password for %1 at %2: ").arg(m_user, download.host), m_err);
    if (!password) {
        download.error = tr("%1. No password was given for %2").arg(download.error, m_user);
        return download;
    }
    fetch.setCredentials(download.host, m_user, *password);
    return attempt();
}

bool UrlCommand::isUrl(const QString &argument)
{
    return argument.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || argument.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

int UrlCommand::fail(const QString &message)
{
    return CommandLine::failure(m_err, message);
}

int UrlCommand::importUrl(const QString &url, bool force)
{
    ProgrammeFetch fetch;
    QList<ProgrammeLink> links;
    const DownloadResult download
        = withLogin(fetch, [&] { return fetch.fetch(QUrl(url, QUrl::TolerantMode), {}, &links); });
    if (!links.isEmpty()) {
        fail(tr("%1 links to %n programme(s). Nothing was changed; run the import again with "
                "the address of the one you want:",
            "", int(links.size()))
                 .arg(download.url.toDisplayString()));
        for (const ProgrammeLink &link : links) {
            m_err << "  " << link.url.toDisplayString() << "  (" << link.type;
            if (!link.title.isEmpty())
                m_err << ", " << link.title;
            m_err << ')' << Qt::endl;
        }
        return CommandLine::Failure;
    }
    if (download.status != DownloadResult::Status::Downloaded)
        return fail(tr("%1. Nothing was changed.").arg(download.error));
    return store(download, fetch.programmeUrl(), force);
}

int UrlCommand::refresh(const QString &conferenceKey, bool force)
{
    if (!conferenceKey.isEmpty())
        return refreshOne(conferenceKey, force);
    const QList<ProgrammeSource> sources = ProgrammeSourceStore(m_database).sources();
    if (sources.isEmpty())
        return fail(tr("no conference here was imported from a web address; import one with "
                       "'conference-planner import URL'"));
    int status = CommandLine::Success;
    for (const ProgrammeSource &source : sources) {
        if (refreshOne(source.conferenceKey, force) != CommandLine::Success)
            status = CommandLine::Failure;
    }
    return status;
}

int UrlCommand::refreshOne(const QString &conferenceKey, bool force)
{
    const std::optional<ProgrammeSource> source
        = ProgrammeSourceStore(m_database).source(conferenceKey);
    if (!source)
        return fail(tr("\"%1\" was not imported from a web address; import it with "
                       "'conference-planner import URL'")
                        .arg(conferenceKey));
    ProgrammeFetch fetch;
    const DownloadResult download = withLogin(fetch, [&] {
        return fetch.fetch(source->url, { source->etag, source->lastModified }, nullptr,
            ProgrammeFetch::Pages::Refuse);
    });
    if (download.status == DownloadResult::Status::NotModified) {
        m_out << tr("%1: not modified since it was downloaded; nothing was changed")
                     .arg(DownloadImporter::nameOf(source->url))
              << Qt::endl;
        return CommandLine::Success;
    }
    if (download.status != DownloadResult::Status::Downloaded)
        return fail(tr("%1. Nothing was changed.").arg(download.error));
    return store(download, source->url, force);
}

int UrlCommand::store(const DownloadResult &download, const QUrl &programmeUrl, bool force)
{
    DownloadImporter importer(m_database);
    importer.allowLargeRemovals(force);
    const ImportOutcome outcome = importer.importDownload(download, programmeUrl);
    const QString name = DownloadImporter::nameOf(programmeUrl);
    if (outcome.needsConfirmation())
        return fail(
            CommandLine::tr(
                "%1 It may hold only part of the programme. Nothing was changed; run the "
                "import again with --force to update the conference anyway.",
                "%1 says how many sessions the file would remove")
                .arg(ImportSummary(m_language, outcome.conference)
                         .heldBackText(name, outcome.heldBackRemovals, outcome.sessionsBefore)));
    if (!outcome.ok())
        return fail(tr("%1. Nothing was changed.").arg(outcome.errorMessage()));
    m_err << ImportSummary::warningsText(outcome.warnings);
    m_out << ImportSummary(m_language, outcome.conference).text(outcome);
    return CommandLine::Success;
}

} // namespace planner
