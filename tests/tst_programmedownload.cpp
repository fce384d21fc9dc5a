#include "programmedownload.h"
#include "programmefetch.h"
#include "testhttpserver.h"

#include <QtTest>

using namespace planner;
using httptest::Request;
using httptest::Response;
using httptest::Server;

namespace {

const QByteArray programme = "<?xml version=\"1.0\"?><schedule/>";
const QByteArray etag = "\"v1\"";
const QByteArray modified = "Sat, 02 May 2026 08:00:00 GMT";

// A programme with validators; "not modified" to a request that names them.
Response withValidators(const Request &request)
{
    if (request.headers.value("if-none-match") == etag)
        return Response::notModified(); // no Location: a plain 304
    return Response::ok(programme, "application/xml")
        .header("ETag", etag)
        .header("Last-Modified", modified);
}

} // namespace

class TestProgrammeDownload : public QObject
{
    Q_OBJECT

private slots:
    void downloadsWithValidators();
    void notModifiedWhenValidatorsMatch();
    void lastModifiedAloneIsSentToo();
    void followsRedirectChains();
    void redirectLoopsAndLongChainsFail();
    void redirectsAwayFromTheWebFail();
    void httpErrorsNameHostAndStatus_data();
    void httpErrorsNameHostAndStatus();
    void silentServersTimeOut();
    void truncatedBodiesFail();
    void compressedBodiesAreDecompressed();
    void oversizedBodiesFail_data();
    void oversizedBodiesFail();
    void onlyWebAddresses_data();
    void onlyWebAddresses();
    void credentialsAreNotKept();
    void tlsErrorsAreReported();
    void cancelEndsTheDownload();
    void pageWithOneProgrammeLeadsToIt();
    void pageWithSeveralProgrammesAsks();
};

void TestProgrammeDownload::downloadsWithValidators()
{
    Server server(withValidators);
    QVERIFY(server.isListening());
    const DownloadResult result = ProgrammeDownload().fetch(server.url(QStringLiteral("/s.xml")));
    QCOMPARE(result.status, DownloadResult::Status::Downloaded);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body, programme);
    QCOMPARE(result.contentType, QByteArray("application/xml"));
    QCOMPARE(result.validators.etag, etag);
    QCOMPARE(result.validators.lastModified, modified);
    QVERIFY(!server.requests().first().headers.contains("if-none-match"));
}

void TestProgrammeDownload::notModifiedWhenValidatorsMatch()
{
    Server server(withValidators);
    const DownloadResult result
        = ProgrammeDownload().fetch(server.url(QStringLiteral("/s.xml")), { etag, modified });
    QCOMPARE(result.status, DownloadResult::Status::NotModified);
    QCOMPARE(result.httpStatus, 304);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(result.validators.etag, etag);
    QCOMPARE(server.requests().first().headers.value("if-none-match"), etag);
    QCOMPARE(server.requests().first().headers.value("if-modified-since"), modified);
}

void TestProgrammeDownload::lastModifiedAloneIsSentToo()
{
    Server server([](const Request &request) {
        return request.headers.value("if-modified-since") == modified
            ? Response::notModified()
            : Response::ok(programme, "application/xml");
    });
    const DownloadResult result
        = ProgrammeDownload().fetch(server.url(QStringLiteral("/s.xml")), { {}, modified });
    QCOMPARE(result.status, DownloadResult::Status::NotModified);
    QVERIFY(!server.requests().first().headers.contains("if-none-match"));
}

void TestProgrammeDownload::followsRedirectChains()
{
    Server server([](const Request &request) {
        if (request.path == "/a")
            return Response::redirect(301, "/b");
        if (request.path == "/b")
            return Response::redirect(302, "c?x=1"); // relative to /b
        if (request.path == "/c?x=1")
            return Response::redirect(307, "/final.xml");
        return Response::ok(programme, "text/xml");
    });
    const DownloadResult result = ProgrammeDownload().fetch(server.url(QStringLiteral("/a")));
    QCOMPARE(result.status, DownloadResult::Status::Downloaded);
    QCOMPARE(result.body, programme);
    QCOMPARE(result.url, server.url(QStringLiteral("/a")));
    QCOMPARE(result.finalUrl, server.url(QStringLiteral("/final.xml")));
    QCOMPARE(server.requests().size(), 4);
}

void TestProgrammeDownload::redirectLoopsAndLongChainsFail()
{
    Server loop([](const Request &request) {
        return Response::redirect(302, request.path == "/a" ? "/b" : "/a");
    });
    DownloadResult result = ProgrammeDownload().fetch(loop.url(QStringLiteral("/a")));
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("loop")), qPrintable(result.error));
    QCOMPARE(loop.requests().size(), 2);

    Server endless([](const Request &request) {
        return Response::redirect(302, "/" + QByteArray::number(request.path.mid(1).toInt() + 1));
    });
    ProgrammeDownload download;
    download.setLimits({ 3, 30, 1024 });
    result = download.fetch(endless.url(QStringLiteral("/0")));
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QVERIFY2(
        result.error.contains(QLatin1String("more than 3 redirect")), qPrintable(result.error));
    QCOMPARE(endless.requests().size(), 4);
}

void TestProgrammeDownload::redirectsAwayFromTheWebFail()
{
    Server server([](const Request &) { return Response::redirect(302, "file:///etc/passwd"); });
    const DownloadResult result = ProgrammeDownload().fetch(server.url(QStringLiteral("/s")));
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("file:///etc/passwd, which is not a web address")),
        qPrintable(result.error));
}

void TestProgrammeDownload::httpErrorsNameHostAndStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("404") << 404 << QByteArray("Not Found");
    QTest::newRow("500") << 500 << QByteArray("Internal Server Error");
    QTest::newRow("204") << 204 << QByteArray("No Content");
}

void TestProgrammeDownload::httpErrorsNameHostAndStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    Server server([&](const Request &) { return Response::error(status, reason); });
    const QUrl url = server.url(QStringLiteral("/2026/schedule.xml"));
    const DownloadResult result = ProgrammeDownload().fetch(url);
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QCOMPARE(result.httpStatus, status);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(result.error,
        QStringLiteral("%1: 127.0.0.1 answered HTTP %2 %3")
            .arg(url.toDisplayString())
            .arg(status)
            .arg(QString::fromLatin1(reason)));
}

void TestProgrammeDownload::silentServersTimeOut()
{
    Server server([](const Request &) {
        Response r = Response::ok(programme, "application/xml");
        r.delayMs = 3000;
        return r;
    });
    ProgrammeDownload download;
    download.setLimits({ 8, 1, 1024 });
    QElapsedTimer clock;
    clock.start();
    const DownloadResult result = download.fetch(server.url(QStringLiteral("/slow.xml")));
    QVERIFY(clock.elapsed() < 2900);
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("127.0.0.1 sent nothing for 1 second")),
        qPrintable(result.error));
}

void TestProgrammeDownload::truncatedBodiesFail()
{
    Server server([](const Request &) {
        Response r = Response::ok(programme, "application/xml");
        r.declaredLength = programme.size() + 100;
        return r;
    });
    const DownloadResult result = ProgrammeDownload().fetch(server.url(QStringLiteral("/cut.xml")));
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QVERIFY(result.body.isEmpty());
    QVERIFY2(result.error.contains(QLatin1String("127.0.0.1")), qPrintable(result.error));
}

void TestProgrammeDownload::compressedBodiesAreDecompressed()
{
    // Servers compress programmes; Content-Length is then the compressed size.
    const QByteArray large = programme + QByteArray(20000, ' ');
    Server server([&](const Request &request) {
        Response r = Response::ok(qCompress(large).mid(4), "application/xml"); // a zlib stream
        r.header("Content-Encoding", "deflate");
        Q_UNUSED(request);
        return r;
    });
    const DownloadResult result = ProgrammeDownload().fetch(server.url(QStringLiteral("/s.xml")));
    QVERIFY2(result.status == DownloadResult::Status::Downloaded, qPrintable(result.error));
    QCOMPARE(result.body, large);
}

void TestProgrammeDownload::oversizedBodiesFail_data()
{
    QTest::addColumn<bool>("declared");
    QTest::newRow("said by Content-Length") << true;
    QTest::newRow("found while downloading") << false;
}

void TestProgrammeDownload::oversizedBodiesFail()
{
    QFETCH(bool, declared);
    const QByteArray big(3 * 1024 * 1024, 'x');
    Server server([&](const Request &) {
        Response r = Response::ok(big, "application/xml");
        if (!declared) // the body ends where the connection does
            r.declaredLength = Response::noLength;
        return r;
    });
    ProgrammeDownload download;
    download.setLimits({ 8, 30, 1024 * 1024 });
    const DownloadResult result = download.fetch(server.url(QStringLiteral("/big.xml")));
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QVERIFY(result.body.isEmpty());
    QVERIFY2(result.error.contains(QLatin1String("larger than 1 MB")), qPrintable(result.error));
}

void TestProgrammeDownload::onlyWebAddresses_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://ftp.example/schedule.xml"));
    QTest::newRow("data") << QUrl(QStringLiteral("data:text/plain,hello"));
    QTest::newRow("no host") << QUrl(QStringLiteral("http:///schedule.xml"));
}

void TestProgrammeDownload::onlyWebAddresses()
{
    QFETCH(QUrl, url);
    QVERIFY(ProgrammeDownload::refusal(url));
    const DownloadResult result = ProgrammeDownload().fetch(url);
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QCOMPARE(result.error, *ProgrammeDownload::refusal(url));
}

void TestProgrammeDownload::credentialsAreNotKept()
{
    Server server(withValidators);
    QUrl url = server.url(QStringLiteral("/s.xml"));
    url.setUserName(QStringLiteral("ada"));
    url.setPassword(QStringLiteral("secret"));
    const DownloadResult result = ProgrammeDownload().fetch(url);
    QCOMPARE(result.status, DownloadResult::Status::Downloaded);
    QCOMPARE(result.url, server.url(QStringLiteral("/s.xml")));
    QVERIFY(!result.url.toString().contains(QLatin1String("secret")));
    QCOMPARE(ProgrammeDownload::fromUserInput(QStringLiteral(" conf.example/s.xml ")),
        QUrl(QStringLiteral("https://conf.example/s.xml")));
}

void TestProgrammeDownload::tlsErrorsAreReported()
{
    // A server that speaks plain HTTP where TLS is expected: the handshake fails,
    // and says so, rather than falling back.
    Server server(withValidators);
    QUrl url = server.url(QStringLiteral("/s.xml"));
    url.setScheme(QStringLiteral("https"));
    const DownloadResult result = ProgrammeDownload().fetch(url);
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QVERIFY(result.body.isEmpty());
    QVERIFY2(result.error.contains(QLatin1String("the secure connection to 127.0.0.1 cannot be "
                                                 "trusted")),
        qPrintable(result.error));
}

void TestProgrammeDownload::cancelEndsTheDownload()
{
    Server server([](const Request &) {
        Response r = Response::ok(programme, "application/xml");
        r.delayMs = 5000;
        return r;
    });
    ProgrammeDownload download;
    QSignalSpy finished(&download, &ProgrammeDownload::finished);
    download.start(server.url(QStringLiteral("/s.xml")));
    QVERIFY(download.isRunning());
    QTRY_COMPARE(server.requests().size(), 1);
    download.cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(
        finished.first().first().value<DownloadResult>().status, DownloadResult::Status::Cancelled);
    QVERIFY(!download.isRunning());
}

void TestProgrammeDownload::pageWithOneProgrammeLeadsToIt()
{
    Server server([](const Request &request) {
        if (request.path == "/")
            return Response::ok(R"html(<!DOCTYPE html><link rel="alternate" type="application/xml"
                href="/2026/schedule.xml">)html",
                "text/html; charset=utf-8");
        return withValidators(request);
    });
    ProgrammeFetch fetch;
    QList<ProgrammeLink> links;
    const DownloadResult result = fetch.fetch(server.url(QStringLiteral("/")), {}, &links);
    QCOMPARE(result.status, DownloadResult::Status::Downloaded);
    QCOMPARE(result.body, programme);
    QVERIFY(links.isEmpty());
    QCOMPARE(fetch.programmeUrl(), server.url(QStringLiteral("/2026/schedule.xml")));
}

void TestProgrammeDownload::pageWithSeveralProgrammesAsks()
{
    Server server([](const Request &request) {
        if (request.path == "/")
            return Response::ok(R"html(<html><a href="schedule.xml">XML</a>
                <a href="schedule.json">JSON</a></html>)html",
                "text/html");
        return withValidators(request);
    });
    ProgrammeFetch fetch;
    QList<ProgrammeLink> links;
    QSignalSpy asked(&fetch, &ProgrammeFetch::choiceNeeded);
    const DownloadResult result = fetch.fetch(server.url(QStringLiteral("/")), {}, &links);
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QCOMPARE(links.size(), 2);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(server.requests().size(), 1);
    // Asked, the caller chooses.
    QSignalSpy finished(&fetch, &ProgrammeFetch::finished);
    fetch.choose(links.at(1));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<DownloadResult>().body, programme);
    QCOMPARE(fetch.programmeUrl(), server.url(QStringLiteral("/schedule.json")));
}

QTEST_GUILESS_MAIN(TestProgrammeDownload)
#include "tst_programmedownload.moc"
