#include "publishcommand.h"

#include "agendapublisher.h"
#include "caldavclient.h"
#include "caldavsyncstore.h"
#include "commandline.h"
#include "passwordkeyring.h"
#include "programmestore.h"
#include "slug.h"

#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace planner {

namespace {

// Waits for an asynchronous call that answers through `answer`.
template <typename Result, typename Call> Result waitFor(Call call)
{
    QEventLoop loop;
    std::optional<Result> result;
    call([&](const Result &answer) {
        result = answer;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

PublishCommand::PublishCommand(
    Database &database, Language language, QTextStream &out, QTextStream &err)
    : m_database(database)
    , m_language(language)
    , m_out(out)
    , m_err(err)
{
}

std::optional<QString> PublishCommand::password(
    const PublishRequest &request, const QString &url, const QString &user)
{
    if (!request.passwordFile.isEmpty()) {
        QFile file(request.passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            CommandLine::failure(
                m_err, tr("cannot read %1: %2").arg(request.passwordFile, file.errorString()));
            return std::nullopt;
        }
        return QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    }
    if (const std::optional<QString> kept
        = PasswordKeyring().readNow(PasswordKeyring::entryKey(QUrl(url), user), 5000))
        return kept;
    if (isatty(STDIN_FILENO)) {
        m_err << tr("Password for %1 at %2: ").arg(user, url);
        m_err.flush();
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (line.isEmpty()) {
        CommandLine::failure(m_err,
            tr("no password for %1: give --password-file FILE, keep it in the keyring (the "
               "window does when you connect), or write it to standard input")
                .arg(user));
        return std::nullopt;
    }
    return line;
}

int PublishCommand::runWith(Database &database, Language language, QTextStream &out,
    QTextStream &err, const PublishRequest &request)
{
    return PublishCommand(database, language, out, err).run(request);
}

int PublishCommand::run(const PublishRequest &request)
{
    if (!request.extra.isEmpty())
        return CommandLine::usageError(
            m_err, tr("publish takes no arguments; give the server with --url URL"));
    CalDavSyncStore store(m_database);
    const std::optional<CalDavAccount> account = store.account(request.conference);
    const QString url = !request.url.isEmpty() ? request.url
        : account                              ? account->server.toString()
                                               : QString();
    const QString user = !request.user.isEmpty() ? request.user
        : account                                ? account->user
                                                 : QString();
    const QUrl server = QUrl::fromUserInput(url);
    if (url.isEmpty() || user.isEmpty() || !server.isValid())
        return CommandLine::usageError(m_err,
            tr("publish needs the server's address and your user name: --url URL --user NAME"));
    const std::optional<QString> secret = password(request, url, user);
    if (!secret)
        return CommandLine::Failure;

    CalDavClient client;
    client.setCredentials(user, *secret);
    CalDavAccount target;
    if (account && account->server == server && account->user == user) {
        target = *account;
    } else {
        const std::optional<Conference> conference
            = ProgrammeStore(m_database).conference(request.conference);
        const QString title = conference ? conference->title.text(m_language) : request.conference;
        const CalDavDiscovery found
            = waitFor<CalDavDiscovery>([&](auto done) { client.discover(server, done); });
        if (!found.error.isEmpty())
            return CommandLine::failure(m_err, found.error);
        target = { request.conference, server, user, {}, title, false };
        for (const CalDavCalendar &calendar : found.calendars) {
            if (calendar.name == title)
                target.calendar = calendar.url;
        }
        if (target.calendar.isEmpty()) {
            const QUrl made = found.home.resolved(QUrl(slugify(request.conference) + u'/'));
            const CalDavReply reply
                = waitFor<CalDavReply>([&](auto done) { client.makeCalendar(made, title, done); });
            if (!reply.ok())
                return CommandLine::failure(
                    m_err, tr("cannot make the calendar “%1”: %2").arg(title, reply.error));
            target.calendar = made;
        }
    }
    if (request.withNotes)
        target.withNotes = true;
    if (const StoreStatus saved = store.setAccount(target); !saved.ok())
        return CommandLine::failure(m_err, saved.error);

    AgendaPublisher publisher(m_database, client);
    publisher.setLanguage(m_language);
    QObject::connect(&publisher, &AgendaPublisher::logged,
        [this](const QString &line) { m_err << line << Qt::endl; });
    const PublishOutcome outcome = waitFor<PublishOutcome>([&](auto done) {
        QObject::connect(&publisher, &AgendaPublisher::finished, done);
        publisher.publish(request.conference);
    });
    if (!outcome.ok())
        return CommandLine::failure(m_err,
            tr("%1 (%n session(s) published; run publish again to send the rest)", nullptr,
                outcome.published)
                .arg(outcome.error));
    m_out
        << tr("Published %n session(s) to %1", nullptr, outcome.published).arg(target.calendarName)
        << Qt::endl;
    if (outcome.leftOut > 0)
        m_out << tr(
            "%n on-demand session(s) without a planned time left out", nullptr, outcome.leftOut)
              << Qt::endl;
    return CommandLine::Success;
}

} // namespace planner
