#include "caldavclient.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>

namespace planner {

namespace {

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// A collection's URL ends with a slash, or relative hrefs resolve beside it.
QUrl asCollection(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

} // namespace

struct CalDavClient::Request
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

CalDavClient::CalDavClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed here, keeping the method: Qt turns a redirected
    // PROPFIND into a GET.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CalDavClient::~CalDavClient() = default;

void CalDavClient::setCredentials(const QString &user, const QString &password)
{
    m_authorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QString CalDavClient::pathKey(const QUrl &url)
{
    return url.path(QUrl::FullyDecoded);
}

QString CalDavClient::describe(int status, QNetworkReply::NetworkError error,
    const QString &errorString, const QUrl &url, bool timedOut)
{
    const QString host = url.host();
    if (timedOut)
        return tr("%1 did not answer in time (timeout)").arg(host);
    switch (status) {
    case 0:
        break;
    case 401:
        return tr("%1 did not accept the user name or password (401)").arg(host);
    case 403:
        return tr("%1 does not allow this account to do that (403 Forbidden)").arg(host);
    case 404:
        return tr("there is nothing at %1 (404 Not Found): check the address")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    case 507:
        return tr("%1 has no room left for this account (507 Insufficient Storage)").arg(host);
    default:
        if (status >= 500)
            return tr("%1 failed to handle the request (%2)").arg(host).arg(status);
        return tr("%1 refused the request (%2)").arg(host).arg(status);
    }
    if (error == QNetworkReply::SslHandshakeFailedError
        || (error == QNetworkReply::ProtocolFailure && errorString.contains(QLatin1String("SSL"))))
        return tr("the secure connection (TLS) to %1 failed: %2").arg(host, errorString);
    if (error == QNetworkReply::ConnectionRefusedError)
        return tr("%1 refused the connection: is the server running, and is the port right?")
            .arg(QStringLiteral("%1:%2").arg(host).arg(
                url.port(url.scheme() == QLatin1String("https") ? 443 : 80)));
    if (error == QNetworkReply::HostNotFoundError)
        return tr("the server %1 was not found: check the address").arg(host);
    if (error == QNetworkReply::TimeoutError)
        return tr("%1 did not answer in time (timeout)").arg(host);
    return tr("cannot reach %1: %2").arg(host, errorString);
}

void CalDavClient::send(const Request &request, Done done, int redirects)
{
    QNetworkRequest http(request.url);
    http.setRawHeader("Authorization", m_authorization);
    http.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Conference Planner"));
    if (!request.contentType.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        http.setRawHeader(name, value);
    http.setTransferTimeout(m_timeout);
    QNetworkReply *reply = m_network->sendCustomRequest(http, request.verb, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, done, redirects] {
        reply->deleteLater();
        CalDavReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.url = request.url;
        if (isRedirect(answer.status) && redirects < 5) {
            const QUrl location
                = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (location.isValid()) {
                Request next = request;
                next.url = request.url.resolved(location);
                send(next, done, redirects + 1);
                return;
            }
        }
        if (reply->isOpen()) // a timed-out transfer is closed and has no body
            answer.body = reply->readAll();
        answer.etag = QString::fromUtf8(reply->rawHeader("ETag"));
        if (!isSuccess(answer.status)) {
            // Qt reports a stalled transfer as cancelled; nothing here cancels one.
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            answer.error = describe(
                answer.status, reply->error(), reply->errorString(), request.url, timedOut);
            answer.stopsEverything = answer.status == 0 || answer.status == 401
                || answer.status == 403 || answer.status == 507;
        }
        done(answer);
    });
}

void CalDavClient::propfind(const QUrl &url, int depth, const QByteArray &body, Done done)
{
    send({ "PROPFIND", url, body, "application/xml; charset=utf-8",
             { { "Depth", QByteArray::number(depth) } } },
        std::move(done));
}

void CalDavClient::discover(const QUrl &server, std::function<void(const CalDavDiscovery &)> done)
{
    findPrincipal(server, server, server.path().endsWith(QLatin1String("/.well-known/caldav")),
        std::move(done));
}

void CalDavClient::findPrincipal(const QUrl &url, const QUrl &server, bool last,
    std::function<void(const CalDavDiscovery &)> done)
{
    propfind(
        url, 0, CalDavXml::principalQuery(), [this, server, last, done](const CalDavReply &reply) {
            QString principal;
            if (reply.ok()) {
                for (const DavResource &r :
                    CalDavXml::parseMultistatus(reply.body).value_or(QList<DavResource>())) {
                    if (!r.principal.isEmpty())
                        principal = r.principal;
                }
            }
            if (!principal.isEmpty())
                return findHome(reply.url.resolved(QUrl(principal)), done);
            // The address given first, then the well-known one (RFC 6764) of its host.
            if (!last && !reply.stopsEverything)
                return findPrincipal(server.resolved(QUrl(QStringLiteral("/.well-known/caldav"))),
                    server, true, done);
            done({ {}, {},
                reply.ok() ? tr("%1 does not look like a CalDAV server: it names no principal for "
                                "this account")
                                 .arg(server.toDisplayString(QUrl::RemoveUserInfo))
                           : reply.error });
        });
}

void CalDavClient::findHome(
    const QUrl &principal, std::function<void(const CalDavDiscovery &)> done)
{
    propfind(principal, 0, CalDavXml::homeQuery(), [this, done](const CalDavReply &reply) {
        if (!reply.ok())
            return done({ {}, {}, reply.error });
        QString home;
        for (const DavResource &r :
            CalDavXml::parseMultistatus(reply.body).value_or(QList<DavResource>())) {
            if (!r.calendarHomes.isEmpty())
                home = r.calendarHomes.first();
        }
        if (home.isEmpty())
            return done(
                { {}, {}, tr("%1 names no calendar home for this account").arg(reply.url.host()) });
        findCalendars(asCollection(reply.url.resolved(QUrl(home))), done);
    });
}

void CalDavClient::findCalendars(
    const QUrl &home, std::function<void(const CalDavDiscovery &)> done)
{
    propfind(home, 1, CalDavXml::calendarsQuery(), [done, home](const CalDavReply &reply) {
        CalDavDiscovery found { home, {}, reply.error };
        if (!reply.ok())
            return done(found);
        QString error;
        const auto resources = CalDavXml::parseMultistatus(reply.body, &error);
        if (!resources)
            found.error = tr("the answer of %1 cannot be read: %2").arg(home.host(), error);
        for (const DavResource &r : resources.value_or(QList<DavResource>())) {
            if (!r.acceptsEvents())
                continue;
            const QUrl url = asCollection(reply.url.resolved(QUrl(r.href)));
            const QString name = r.displayName.isEmpty()
                ? url.path(QUrl::FullyDecoded).section(u'/', -2, -2)
                : r.displayName;
            found.calendars.append({ url, name });
        }
        done(found);
    });
}

void CalDavClient::makeCalendar(const QUrl &url, const QString &name, Done done)
{
    send({ "MKCALENDAR", asCollection(url), CalDavXml::makeCalendar(name),
             "application/xml; charset=utf-8", {} },
        std::move(done));
}

void CalDavClient::listEvents(const QUrl &calendar,
    std::function<void(const QHash<QString, QString> &, const CalDavReply &)> done)
{
    const QUrl collection = asCollection(calendar);
    propfind(collection, 1, CalDavXml::etagQuery(), [done, collection](const CalDavReply &reply) {
        QHash<QString, QString> etags;
        if (!reply.ok())
            return done(etags, reply);
        QString error;
        const auto resources = CalDavXml::parseMultistatus(reply.body, &error);
        if (!resources) {
            CalDavReply unreadable = reply;
            unreadable.error
                = tr("the answer of %1 cannot be read: %2").arg(collection.host(), error);
            unreadable.stopsEverything = true;
            return done(etags, unreadable);
        }
        for (const DavResource &r : *resources) {
            if (!r.isCollection)
                etags.insert(pathKey(reply.url.resolved(QUrl(r.href))), r.etag);
        }
        done(etags, reply);
    });
}

void CalDavClient::put(const QUrl &url, const QByteArray &calendarObject, Precondition precondition,
    const QString &etag, Done done)
{
    Request request { "PUT", url, calendarObject, "text/calendar; charset=utf-8", {} };
    if (precondition == Precondition::IfNoneMatch)
        request.headers.append(std::pair(QByteArray("If-None-Match"), QByteArray("*")));
    else if (precondition == Precondition::IfMatch && !etag.isEmpty())
        request.headers.append(std::pair(QByteArray("If-Match"), etag.toUtf8()));
    send(request, std::move(done));
}

void CalDavClient::get(const QUrl &url, Done done)
{
    send({ "GET", url, {}, {}, {} }, std::move(done));
}

void CalDavClient::remove(const QUrl &url, const QString &etag, Done done)
{
    Request request { "DELETE", url, {}, {}, {} };
    if (!etag.isEmpty())
        request.headers.append(std::pair(QByteArray("If-Match"), etag.toUtf8()));
    send(request, std::move(done));
}

} // namespace planner
