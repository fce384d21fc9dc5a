#pragma once

// The web site of a small conference, served on 127.0.0.1 for the tests of
// programmes from the web: its page, its programme (whose next version a test
// publishes, with a new ETag) and the ways a server goes wrong.

#include "importtesthelpers.h"
#include "testhttpserver.h"

namespace httptest {

class Site
{
public:
    Site()
        : m_server([this](const Request &request) { return answer(request); })
    {
        publish(importtest::readAll(importtest::fixture("url-programme.xml")));
    }

    QString url(const char *path) const { return m_server.url(QLatin1String(path)).toString(); }
    const QList<Request> &requests() const { return m_server.requests(); }

    void publish(const QByteArray &programme)
    {
        m_programme = programme;
        m_etag = '"' + QByteArray::number(++m_version) + '"';
    }
    QByteArray programme() const { return m_programme; }
    // Publishes the next version, with the session titled `title` in `room` at
    // `start` (HH:MM) on the same day; false when there is no such session.
    bool moveSession(const QByteArray &title, const QByteArray &room, const QByteArray &start)
    {
        QByteArray next = m_programme;
        const qsizetype at = next.indexOf("<title>" + title + "</title>");
        const qsizetype from = next.lastIndexOf("<event", at);
        const qsizetype to = next.indexOf("</event>", at);
        if (at < 0 || from < 0 || to < 0)
            return false;
        QString event = QString::fromUtf8(next.mid(from, to - from));
        event.replace(QRegularExpression(QStringLiteral("<room>[^<]*</room>")),
            QStringLiteral("<room>%1</room>").arg(QString::fromUtf8(room)));
        event.replace(QRegularExpression(QStringLiteral("<start>[^<]*</start>")),
            QStringLiteral("<start>%1</start>").arg(QString::fromUtf8(start)));
        event.replace(QRegularExpression(QStringLiteral("T\\d\\d:\\d\\d:00")),
            QStringLiteral("T%1:00").arg(QString::fromUtf8(start)));
        next.replace(from, to - from, event.toUtf8());
        publish(next);
        return true;
    }
    // From now on the programme's address answers `status`.
    void breakWith(int status) { m_brokenWith = status; }

private:
    Response answer(const Request &request) const
    {
        const QByteArray path = request.path;
        if (path == "/schedule.xml" && m_brokenWith)
            return Response::error(m_brokenWith, "Broken");
        if (path == "/schedule.xml") {
            if (request.headers.value("if-none-match") == m_etag)
                return Response::notModified();
            return Response::ok(m_programme, "application/xml")
                .header("ETag", m_etag)
                .header("Last-Modified", "Sat, 02 May 2026 08:00:00 GMT");
        }
        if (path == "/" || path == "/index.html")
            return Response::ok(R"html(<!DOCTYPE html><html><head><title>Web Conference</title>
                <link rel="alternate" type="application/xml" title="Programme"
                      href="schedule.xml"></head><body>Welcome</body></html>)html",
                "text/html; charset=utf-8");
        if (path == "/several.html")
            return Response::ok(R"html(<html><body><a href="schedule.xml">XML</a>
                <a href="schedule.ics">Calendar</a></body></html>)html",
                "text/html");
        if (path == "/nothing.html")
            return Response::ok("<html><body>Programme coming soon</body></html>", "text/html");
        if (path == "/moved")
            return Response::redirect(301, "/schedule.xml");
        if (path == "/loop")
            return Response::redirect(302, "/loop");
        if (path == "/truncated.xml") {
            Response r = Response::ok(m_programme.left(m_programme.size() / 2), "application/xml");
            r.declaredLength = m_programme.size();
            return r;
        }
        if (path == "/as-text.xml")
            return Response::ok(m_programme, "text/plain");
        if (path == "/garbage.xml")
            return Response::ok("this is not a programme", "application/xml");
        if (path == "/image.xml")
            return Response::ok("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image/png");
        if (path == "/oversized.xml") {
            Response r = Response::ok(m_programme, "application/xml");
            r.declaredLength = 100LL * 1024 * 1024;
            return r;
        }
        if (path == "/500")
            return Response::error(500, "Internal Server Error");
        return Response::error(404, "Not Found");
    }

    Server m_server;
    QByteArray m_programme;
    QByteArray m_etag;
    int m_version = 0;
    int m_brokenWith = 0;
};

} // namespace httptest
