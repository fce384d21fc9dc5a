#include "programmedownload.h"

#include <QAuthenticator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace planner {

namespace {

bool isWebScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

QString shown(const QUrl &url)
{
    return ProgrammeDownload::withoutCredentials(url).toDisplayString();
}

} // namespace

ProgrammeDownload::ProgrammeDownload(QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    qRegisterMetaType<DownloadResult>();
    // Redirects are followed here, to count them and see loops and downgrades.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_network.get(), &QNetworkAccessManager::authenticationRequired, this,
        &ProgrammeDownload::onAuthenticationRequired);
}

void ProgrammeDownload::setCredentials(
    const QString &host, const QString &user, const QString &password)
{
    m_credentialsHost = host;
    m_user = user;
    m_password = password;
}

void ProgrammeDownload::onAuthenticationRequired(
    QNetworkReply *reply, QAuthenticator *authenticator)
{
    m_result.host = reply->url().host();
    m_result.realm = authenticator->realm();
    // Once per request, and to the host they were given for: asked again, the
    // server refused them; another host (a redirect) never sees them. Left
    // empty, the reply ends with 401.
    if (m_user.isEmpty() || m_credentialsSent
        || reply->url().host().compare(m_credentialsHost, Qt::CaseInsensitive) != 0)
        return;
    m_credentialsSent = true;
    authenticator->setUser(m_user);
    authenticator->setPassword(m_password);
}

ProgrammeDownload::~ProgrammeDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

std::optional<QString> ProgrammeDownload::refusal(const QUrl &url)
{
    if (!url.isValid() || !isWebScheme(url.scheme().toLower()))
        return tr("%1 is not a web address: only http and https are downloaded")
            .arg(url.isValid() ? shown(url) : url.toString());
    if (url.host().isEmpty())
        return tr("%1 names no server").arg(shown(url));
    return std::nullopt;
}

QUrl ProgrammeDownload::fromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1String("://")))
        return QUrl(trimmed, QUrl::TolerantMode);
    // Browsers add the scheme the same way; https first.
    return QUrl(QStringLiteral("https://") + trimmed, QUrl::TolerantMode);
}

QUrl ProgrammeDownload::withoutCredentials(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo);
}

void ProgrammeDownload::start(const QUrl &url, const DownloadValidators &validators)
{
    cancel();
    m_result = DownloadResult();
    m_result.url = withoutCredentials(url);
    m_sent = validators;
    m_visited.clear();
    m_cancelled = false;
    if (const std::optional<QString> why = refusal(url)) {
        // Reported as any other failure: after start() returns.
        m_result.error = *why;
        QMetaObject::invokeMethod(
            this, [this, result = m_result] { emit finished(result); }, Qt::QueuedConnection);
        return;
    }
    request(url);
}

void ProgrammeDownload::request(const QUrl &url)
{
    m_visited.insert(withoutCredentials(url));
    m_result.finalUrl = withoutCredentials(url);
    m_tlsErrors.clear();
    m_tooLarge = false;
    m_credentialsSent = false;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_limits.idleSeconds * 1000);
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("conference-planner/" PLANNER_VERSION));
    request.setRawHeader(
        "Accept", "application/xml, application/json, text/calendar, text/html;q=0.8, */*;q=0.5");
    if (!m_sent.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_sent.etag);
    if (!m_sent.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_sent.lastModified);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ProgrammeDownload::onProgress);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &ProgrammeDownload::onFinished);
}

bool ProgrammeDownload::isRunning() const
{
    return !m_reply.isNull();
}

void ProgrammeDownload::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows at once
}

DownloadResult ProgrammeDownload::fetch(const QUrl &url, const DownloadValidators &validators)
{
    QEventLoop loop;
    DownloadResult result;
    const QMetaObject::Connection done
        = connect(this, &ProgrammeDownload::finished, &loop, [&](const DownloadResult &r) {
              result = r;
              loop.quit();
          });
    start(url, validators);
    loop.exec();
    disconnect(done);
    return result;
}

void ProgrammeDownload::onProgress(qint64 received, qint64 total)
{
    if (received > m_limits.bytes || total > m_limits.bytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    emit progress(received, total);
}

std::optional<QUrl> ProgrammeDownload::redirectTarget(QNetworkReply *reply, QString *error) const
{
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty())
        return std::nullopt;
    const QUrl from = reply->url();
    const QUrl target = from.resolved(location);
    if (!isWebScheme(target.scheme().toLower()))
        *error = tr("%1: %2 redirects to %3, which is not a web address")
                     .arg(shown(m_result.url), from.host(), shown(target));
    else if (from.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http"))
        *error = tr("%1: %2 redirects from a secure address to an insecure one (%3)")
                     .arg(shown(m_result.url), from.host(), shown(target));
    else if (m_visited.contains(withoutCredentials(target)))
        *error = tr("%1: the redirects go round in a loop (back to %2)")
                     .arg(shown(m_result.url), shown(target));
    else if (m_visited.size() > m_limits.redirects)
        *error = tr("%1: more than %n redirect(s); the last one was to %2", "", m_limits.redirects)
                     .arg(shown(m_result.url), shown(target));
    return target;
}

void ProgrammeDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    if (m_cancelled)
        return finish(DownloadResult::Status::Cancelled);
    if (m_tooLarge)
        return finish(DownloadResult::Status::Failed,
            tr("%1: larger than %2 MB, more than any programme; nothing was downloaded")
                .arg(shown(m_result.url))
                .arg(m_limits.bytes / (1024 * 1024)));
    if (status == 304 && !m_sent.isEmpty()) {
        m_result.validators = m_sent;
        return finish(DownloadResult::Status::NotModified);
    }
    if (status >= 300 && status < 400) {
        QString error;
        if (const std::optional<QUrl> target = redirectTarget(reply, &error)) {
            if (!error.isEmpty())
                return finish(DownloadResult::Status::Failed, error);
            return request(*target);
        }
    }
    if (status == 401) {
        m_result.needsPassword = true;
        m_result.passwordRefused = m_credentialsSent;
        m_result.host = reply->url().host();
        return finish(DownloadResult::Status::Failed, passwordFailure());
    }
    if (reply->error() != QNetworkReply::NoError || status != 200)
        return finish(DownloadResult::Status::Failed, failureOf(reply));
    QByteArray body = reply->readAll();
    // A body sent shorter than its length is an error; Qt itself decompresses a
    // compressed one, which this check then leaves alone (the tests serve both).
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != body.size())
        return finish(DownloadResult::Status::Failed,
            tr("%1: the download from %2 ended early (%3 of %4 bytes)")
                .arg(shown(m_result.url), reply->url().host())
                .arg(body.size())
                .arg(length.toLongLong()));
    m_result.body = std::move(body);
    m_result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_result.validators = { reply->rawHeader("ETag"), reply->rawHeader("Last-Modified") };
    finish(DownloadResult::Status::Downloaded);
}

QString ProgrammeDownload::passwordFailure() const
{
    const QString url = shown(m_result.url);
    if (m_result.passwordRefused)
        return m_result.realm.isEmpty()
            ? tr("%1: %2 refused the user name and password").arg(url, m_result.host)
            : tr("%1: %2 refused the user name and password for “%3”")
                  .arg(url, m_result.host, m_result.realm);
    return m_result.realm.isEmpty()
        ? tr("%1: %2 asks for a user name and password").arg(url, m_result.host)
        : tr("%1: %2 asks for a user name and password for “%3”")
              .arg(url, m_result.host, m_result.realm);
}

QString ProgrammeDownload::failureOf(QNetworkReply *reply) const
{
    const QString url = shown(m_result.url);
    const QString host = reply->url().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)
        return tr("%1: the secure connection to %2 cannot be trusted: %3")
            .arg(url, host,
                m_tlsErrors.isEmpty() ? reply->errorString()
                                      : m_tlsErrors.join(QLatin1String("; ")));
    if (reply->error() == QNetworkReply::OperationCanceledError) // the transfer timeout
        return tr("%1: %2 sent nothing for %n second(s)", "", m_limits.idleSeconds).arg(url, host);
    if (status != 0) {
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return tr("%1: %2 answered HTTP %3 %4").arg(url, host).arg(status).arg(reason).trimmed();
    }
    return tr("%1: %2").arg(url, reply->errorString());
}

void ProgrammeDownload::finish(DownloadResult::Status status, const QString &error)
{
    m_result.status = status;
    m_result.error = error;
    if (status != DownloadResult::Status::Downloaded)
        m_result.body.clear();
    emit finished(m_result);
}

} // namespace planner
