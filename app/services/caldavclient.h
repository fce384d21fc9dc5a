#pragma once

#include "caldavxml.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace planner {

// What one request to a CalDAV server came back with.
struct CalDavReply
{
    int status = 0; // the HTTP status; 0 when no answer came
    QByteArray body;
    QString etag; // the ETag header, when the server sent one
    QUrl url; // where the answer came from, after redirects
    QString error; // what went wrong, in words, for the user; empty on 2xx
    // The request was not answered (refused, timed out, TLS) or the server
    // refuses this account everything (401, 403, 507): nothing more will work.
    bool stopsEverything = false;

    bool ok() const { return error.isEmpty(); }
};

// A calendar the account may publish to.
struct CalDavCalendar
{
    QUrl url;
    QString name;
};

// Where the account's calendars are, and which there are.
struct CalDavDiscovery
{
    QUrl home; // calendar-home-set: where new calendars go
    QList<CalDavCalendar> calendars;
    QString error; // in words; empty when discovery worked
};

// Speaks CalDAV (RFC 4791) over Qt Network: discovery of an account's
// calendars from a server's address, MKCALENDAR, and the event's PUT, GET and
// DELETE with their preconditions. Asynchronous: each call answers once,
// through its callback, unless the client is destroyed first.
class CalDavClient : public QObject
{
    Q_OBJECT

public:
    explicit CalDavClient(QObject *parent = nullptr);
    ~CalDavClient() override;

    // Sent with every request (HTTP Basic, which every CalDAV server takes).
    void setCredentials(const QString &user, const QString &password);
    // How long a request may wait without any byte moving before it is given up.
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }

    using Done = std::function<void(const CalDavReply &)>;
    enum class Precondition { None, IfNoneMatch, IfMatch };

    // From a server's root, its /.well-known/caldav or a principal: the calendar
    // home and the calendars in it that hold events.
    void discover(const QUrl &server, std::function<void(const CalDavDiscovery &)> done);
    // Makes a calendar of events at `url` (MKCALENDAR).
    void makeCalendar(const QUrl &url, const QString &name, Done done);
    // Every object in `calendar`: the decoded path of each (see pathKey) to its ETag.
    void listEvents(const QUrl &calendar,
        std::function<void(const QHash<QString, QString> &, const CalDavReply &)> done);
    // `etag` goes with IfMatch only; IfNoneMatch creates and never replaces.
    void put(const QUrl &url, const QByteArray &calendarObject, Precondition precondition,
        const QString &etag, Done done);
    void get(const QUrl &url, Done done);
    // DELETE; with an `etag`, only that version.
    void remove(const QUrl &url, const QString &etag, Done done);

    // What identifies a resource across the spellings of its href.
    static QString pathKey(const QUrl &url);
    // The words for a failed answer (`status` 0: `error` says why none came).
    static QString describe(int status, QNetworkReply::NetworkError error,
        const QString &errorString, const QUrl &url, bool timedOut);

private:
    struct Request;
    void send(const Request &request, Done done, int redirects = 0);
    void propfind(const QUrl &url, int depth, const QByteArray &body, Done done);
    void findPrincipal(const QUrl &url, const QUrl &server, bool last,
        std::function<void(const CalDavDiscovery &)> done);
    void findHome(const QUrl &principal, std::function<void(const CalDavDiscovery &)> done);
    void findCalendars(const QUrl &home, std::function<void(const CalDavDiscovery &)> done);

    QNetworkAccessManager *m_network;
    QByteArray m_authorization;
    int m_timeout = 30000;
};

} // namespace planner
