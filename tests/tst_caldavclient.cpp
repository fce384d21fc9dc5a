// What the CalDAV client says when a server refuses or fails, as the status bar
// and the `publish` command show it: servers made to answer 403, 507, nothing at
// all, or to speak plain HTTP where TLS was asked for (the test HTTP server).
// Publishing to a real server is tst_agendapublisher's.

#include "testhttpserver.h"

#include "caldavclient.h"

#include <QTest>

#include <optional>

using namespace planner;

class TestCalDavClient : public QObject
{
    Q_OBJECT

private slots:
    void refusalsAreSaidInWords_data();
    void refusalsAreSaidInWords();
    void silentServerTimesOut();
    void plainServerForTlsIsATlsError();
    void refusedConnectionNamesHostAndPort();

private:
    // PUTs one event to `url` and waits for the answer.
    static CalDavReply put(CalDavClient &client, const QUrl &url);
};

CalDavReply TestCalDavClient::put(CalDavClient &client, const QUrl &url)
{
    std::optional<CalDavReply> answer;
    client.put(url, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        CalDavClient::Precondition::IfNoneMatch, {},
        [&](const CalDavReply &reply) { answer = reply; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return {};
    return *answer;
}

void TestCalDavClient::refusalsAreSaidInWords_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("stopsEverything");
    QTest::newRow("401") << 401
                         << QStringLiteral(
                                "127.0.0.1 did not accept the user name or password (401)")
                         << true;
    QTest::newRow("403") << 403
                         << QStringLiteral(
                                "127.0.0.1 does not allow this account to do that (403 Forbidden)")
                         << true;
    QTest::newRow("507") << 507
                         << QStringLiteral("127.0.0.1 has no room left for this account (507 "
                                           "Insufficient Storage)")
                         << true;
    QTest::newRow("500") << 500
                         << QStringLiteral("127.0.0.1 failed to handle the request (500)")
                         << false;
    QTest::newRow("409") << 409 << QStringLiteral("127.0.0.1 refused the request (409)") << false;
}

void TestCalDavClient::refusalsAreSaidInWords()
{
    QFETCH(int, status);
    QFETCH(QString, words);
    QFETCH(bool, stopsEverything);
    QByteArray method;
    httptest::Server server([&](const httptest::Request &request) {
        method = request.method;
        httptest::Response response;
        response.status = status;
        response.reason = "Refused";
        return response;
    });
    CalDavClient client;
    client.setCredentials(QStringLiteral("alice"), QStringLiteral("pass"));
    const CalDavReply reply = put(client, server.url(QStringLiteral("/alice/gtc/one.ics")));
    QCOMPARE(method, QByteArray("PUT"));
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.ok());
    QCOMPARE(reply.error, words);
    QCOMPARE(reply.stopsEverything, stopsEverything);
}

void TestCalDavClient::silentServerTimesOut()
{
    httptest::Server server([](const httptest::Request &) {
        httptest::Response response = httptest::Response::ok("late", "text/plain");
        response.delayMs = 3000;
        return response;
    });
    CalDavClient client;
    client.setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const CalDavReply reply = put(client, server.url(QStringLiteral("/alice/gtc/one.ics")));
    QVERIFY2(clock.elapsed() < 2500, "the request waited for the server's late answer");
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QStringLiteral("127.0.0.1 did not answer in time (timeout)"));
    QVERIFY(reply.stopsEverything);
}

void TestCalDavClient::plainServerForTlsIsATlsError()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    httptest::Server server([](const httptest::Request &) {
        return httptest::Response::ok("not TLS", "text/plain");
    });
    QUrl url = server.url(QStringLiteral("/alice/gtc/one.ics"));
    url.setScheme(QStringLiteral("https"));
    CalDavClient client;
    const CalDavReply reply = put(client, url);
    QCOMPARE(reply.status, 0);
    QVERIFY2(reply.error.startsWith(
                 QStringLiteral("the secure connection (TLS) to 127.0.0.1 failed: ")),
        qPrintable(reply.error));
    QVERIFY(reply.stopsEverything);
}

void TestCalDavClient::refusedConnectionNamesHostAndPort()
{
    QTcpServer probe; // a port nobody listens on once the probe is closed
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    CalDavClient client;
    const CalDavReply reply
        = put(client, QUrl(QStringLiteral("http://127.0.0.1:%1/alice/gtc/one.ics").arg(port)));
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error,
        QStringLiteral("127.0.0.1:%1 refused the connection: is the server running, and is the "
                       "port right?")
            .arg(port));
}

QTEST_GUILESS_MAIN(TestCalDavClient)
#include "tst_caldavclient.moc"
