#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the tests of downloads: each request is
// answered by a function the test gives, which may delay the answer, cut its body
// short or redirect. It runs on the test's thread and answers while the code under
// test waits in an event loop (as downloads do), one request per connection.

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace httptest {

struct Request
{
    QByteArray method;
    QByteArray path; // with its query
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

struct Response
{
    int status = 200;
    QByteArray reason = "OK";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // before anything is sent
    // When set, Content-Length says this (the connection is closed after the body
    // in any case); noLength sends none, so the body ends where the connection does.
    qint64 declaredLength = -1;
    static constexpr qint64 noLength = -2;

    Response &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({ name, value });
        return *this;
    }

    static Response ok(const QByteArray &body, const QByteArray &type)
    {
        Response r;
        r.body = body;
        r.header("Content-Type", type);
        return r;
    }
    static Response redirect(int status, const QByteArray &location)
    {
        Response r;
        r.status = status;
        r.reason = "Redirect";
        r.header("Location", location);
        return r;
    }
    static Response notModified()
    {
        Response r;
        r.status = 304;
        r.reason = "Not Modified";
        return r;
    }
    static Response error(int status, const QByteArray &reason)
    {
        Response r;
        r.status = status;
        r.reason = reason;
        r.body = reason;
        r.header("Content-Type", "text/plain");
        return r;
    }
};

class Server
{
public:
    using Handler = std::function<Response(const Request &)>;

    explicit Server(Handler handler)
        : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    const QList<Request> &requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                if (buffer->startsWith('\x16')) { // a TLS handshake: this server speaks plain HTTP
                    socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                    return;
                }
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const Request request = parse(buffer->left(end));
                buffer->clear();
                m_requests.append(request);
                const Response response = m_handler(request);
                QPointer<QTcpSocket> guarded(socket);
                QTimer::singleShot(response.delayMs, socket, [guarded, response] {
                    if (guarded)
                        send(guarded, response);
                });
            });
        }
    }

    static Request parse(const QByteArray &head)
    {
        Request request;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed());
        }
        return request;
    }

    static void send(QTcpSocket *socket, const Response &response)
    {
        QByteArray out
            = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        const bool noBody = response.status == 304 || response.status == 204;
        if (!noBody && response.declaredLength != Response::noLength)
            out += "Content-Length: "
                + QByteArray::number(
                    response.declaredLength >= 0 ? response.declaredLength : response.body.size())
                + "\r\n";
        out += "Connection: close\r\n\r\n";
        if (!noBody)
            out += response.body;
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace httptest
