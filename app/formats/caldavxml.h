#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// One resource of a WebDAV multistatus answer (RFC 4918, 207) with the
// properties a CalDAV client asks for (RFC 4791, RFC 5397, RFC 6638).
struct DavResource
{
    QString href; // as the server wrote it: absolute path or URL, percent-encoded
    int status = 0; // the HTTP status of its properties (200 when found)
    QString displayName;
    QString etag;
    QString principal; // current-user-principal's href
    QStringList calendarHomes; // calendar-home-set's hrefs
    bool isCollection = false;
    bool isCalendar = false;
    // supported-calendar-component-set (VEVENT, VTODO, ...); empty when the
    // server does not say, which means every component.
    QStringList components;

    bool acceptsEvents() const
    {
        return isCalendar && (components.isEmpty() || components.contains(QLatin1String("VEVENT")));
    }
};

// The XML a CalDAV client sends and reads: request bodies for PROPFIND and
// MKCALENDAR, and the multistatus answers, parsed without a network.
class CalDavXml
{
    Q_DECLARE_TR_FUNCTIONS(planner::CalDavXml)

public:
    // PROPFIND bodies for each step of discovery and synchronisation.
    static QByteArray principalQuery(); // current-user-principal
    static QByteArray homeQuery(); // calendar-home-set
    static QByteArray calendarsQuery(); // displayname, resourcetype, components
    static QByteArray etagQuery(); // getetag of every event in a calendar
    // MKCALENDAR's body: a calendar of events named `displayName`.
    static QByteArray makeCalendar(const QString &displayName);

    // The resources of a 207 answer. A body that is not a multistatus document
    // gives nullopt and, in `error`, what is wrong and where (line and column).
    static std::optional<QList<DavResource>> parseMultistatus(
        const QByteArray &body, QString *error = nullptr);
};

} // namespace planner
