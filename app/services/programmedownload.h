#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkReply;

namespace planner {

// What a server said last time about a programme, sent back so that it can answer
// "not modified" (HTTP 304) instead of the whole file.
struct DownloadValidators
{
    QByteArray etag; // ETag, sent as If-None-Match
    QByteArray lastModified; // Last-Modified, sent as If-Modified-Since

    bool isEmpty() const { return etag.isEmpty() && lastModified.isEmpty(); }
};

// How far a download may go before it is given up.
struct DownloadLimits
{
    int redirects = 8;
    int idleSeconds = 30; // with nothing received
    qint64 bytes = 64LL * 1024 * 1024;
};

struct DownloadResult
{
    enum class Status { Downloaded, NotModified, Failed, Cancelled };

    Status status = Status::Failed;
    QUrl url; // asked for, without user name and password
    QUrl finalUrl; // where the redirects led
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    DownloadValidators validators; // the server's, for the next request
    QString error; // for the user: the address, the host and why
    // HTTP 401: the server wants a user name and password (setCredentials), for
    // `realm` on `host`; `passwordRefused` when the ones given were not accepted.
    bool needsPassword = false;
    bool passwordRefused = false;
    QString host;
    QString realm;

    bool ok() const { return status == Status::Downloaded || status == Status::NotModified; }
};

// Downloads one programme over http or https with Qt Network: redirects followed
// up to a limit (never in a loop, never from https down to http, never away from
// http and https), a timeout while nothing arrives, a size cap, and conditional
// requests. TLS errors end the download and are reported; they are never ignored.
// One download at a time.
class ProgrammeDownload : public QObject
{
    Q_OBJECT

public:
    explicit ProgrammeDownload(QObject *parent = nullptr);
    ~ProgrammeDownload() override;

    void setLimits(const DownloadLimits &limits) { m_limits = limits; }
    // The user name and password a server asks for (HTTP authentication), sent to
    // `host` only and only when it asks; kept in memory, never in an address.
    void setCredentials(const QString &host, const QString &user, const QString &password);

    // Why `url` cannot be downloaded (not http or https, no host), or nothing.
    static std::optional<QString> refusal(const QUrl &url);
    // What the user typed, as an address: "example.org/x" is https://example.org/x.
    static QUrl fromUserInput(const QString &text);
    // `url` as it may be stored or shown: without user name and password.
    static QUrl withoutCredentials(const QUrl &url);

    // Starts downloading; finished() follows, also for a refused address.
    void start(const QUrl &url, const DownloadValidators &validators = {});
    // Ends the download in hand; finished() reports it as Cancelled.
    void cancel();
    bool isRunning() const;
    // start(), waiting in an event loop of its own until it is done: for the
    // command line.
    DownloadResult fetch(const QUrl &url, const DownloadValidators &validators = {});

signals:
    // `total` is -1 while the server has not said.
    void progress(qint64 received, qint64 total);
    void finished(const planner::DownloadResult &result);

private:
    void request(const QUrl &url);
    void onProgress(qint64 received, qint64 total);
    void onFinished();
    void onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    // The next address when `reply` redirects, or why it is not followed.
    std::optional<QUrl> redirectTarget(QNetworkReply *reply, QString *error) const;
    QString failureOf(QNetworkReply *reply) const;
    QString passwordFailure() const;
    void finish(DownloadResult::Status status, const QString &error = {});

    std::unique_ptr<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    DownloadLimits m_limits;
    DownloadValidators m_sent;
    DownloadResult m_result;
    QSet<QUrl> m_visited;
    QStringList m_tlsErrors;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    QString m_credentialsHost;
    QString m_user;
    QString m_password;
    bool m_credentialsSent = false; // in the request in hand
};

} // namespace planner

Q_DECLARE_METATYPE(planner::DownloadResult)
