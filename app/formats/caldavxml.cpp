#include "caldavxml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace planner {

namespace {

const QString dav = QStringLiteral("DAV:");
const QString caldav = QStringLiteral("urn:ietf:params:xml:ns:caldav");

// A PROPFIND asking for `props`, each a (namespace, name) pair.
QByteArray propfind(const QList<std::pair<QString, QString>> &props)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeNamespace(dav, QStringLiteral("d"));
    xml.writeNamespace(caldav, QStringLiteral("c"));
    xml.writeStartElement(dav, QStringLiteral("propfind"));
    xml.writeStartElement(dav, QStringLiteral("prop"));
    for (const auto &[space, name] : props)
        xml.writeEmptyElement(space, name);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return body;
}

// The HTTP status of a "HTTP/1.1 404 Not Found" line; 0 when it is not one.
int statusCode(const QString &line)
{
    const QStringList parts = line.simplified().split(u' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

// Reads what a DAV:prop element holds into `resource`, up to its end tag.
class PropReader
{
public:
    explicit PropReader(QXmlStreamReader &xml)
        : m_xml(xml)
    {
    }

    void read(DavResource &resource)
    {
        while (m_xml.readNextStartElement()) {
            const QStringView space = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (space == dav && name == u"displayname")
                resource.displayName
                    = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (space == dav && name == u"getetag")
                resource.etag
                    = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            else if (space == dav && name == u"current-user-principal")
                resource.principal = hrefs().value(0);
            else if (space == caldav && name == u"calendar-home-set")
                resource.calendarHomes = hrefs();
            else if (space == dav && name == u"resourcetype")
                readResourceType(resource);
            else if (space == caldav && name == u"supported-calendar-component-set")
                readComponents(resource);
            else
                m_xml.skipCurrentElement();
        }
    }

private:
    // The DAV:href children of the current element.
    QStringList hrefs()
    {
        QStringList found;
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() == dav && m_xml.name() == u"href")
                found.append(m_xml.readElementText().trimmed());
            else
                m_xml.skipCurrentElement();
        }
        return found;
    }

    void readResourceType(DavResource &resource)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() == dav && m_xml.name() == u"collection")
                resource.isCollection = true;
            else if (m_xml.namespaceUri() == caldav && m_xml.name() == u"calendar")
                resource.isCalendar = true;
            m_xml.skipCurrentElement();
        }
    }

    void readComponents(DavResource &resource)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() == caldav && m_xml.name() == u"comp")
                resource.components.append(
                    m_xml.attributes().value(QStringLiteral("name")).toString().toUpper());
            m_xml.skipCurrentElement();
        }
    }

    QXmlStreamReader &m_xml;
};

// One DAV:response: its href, and the properties of its 2xx propstat.
DavResource readResponse(QXmlStreamReader &xml)
{
    DavResource resource;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == dav && xml.name() == u"href") {
            resource.href = xml.readElementText().trimmed();
        } else if (xml.namespaceUri() == dav && xml.name() == u"status") {
            resource.status = statusCode(xml.readElementText());
        } else if (xml.namespaceUri() == dav && xml.name() == u"propstat") {
            // Read the properties aside: only those of a successful propstat count
            // (the others come back empty, with 404 for "not defined here").
            DavResource found;
            int status = 0;
            while (xml.readNextStartElement()) {
                if (xml.namespaceUri() == dav && xml.name() == u"prop")
                    PropReader(xml).read(found);
                else if (xml.namespaceUri() == dav && xml.name() == u"status")
                    status = statusCode(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
            if (status >= 200 && status < 300) {
                found.href = resource.href;
                found.status = status;
                resource = found;
            } else if (resource.status == 0) {
                resource.status = status;
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return resource;
}

} // namespace

QByteArray CalDavXml::principalQuery()
{
    return propfind({ { dav, QStringLiteral("current-user-principal") } });
}

QByteArray CalDavXml::homeQuery()
{
    return propfind({ { caldav, QStringLiteral("calendar-home-set") } });
}

QByteArray CalDavXml::calendarsQuery()
{
    return propfind(
        { { dav, QStringLiteral("displayname") }, { dav, QStringLiteral("resourcetype") },
            { caldav, QStringLiteral("supported-calendar-component-set") } });
}

QByteArray CalDavXml::etagQuery()
{
    return propfind(
        { { dav, QStringLiteral("getetag") }, { dav, QStringLiteral("resourcetype") } });
}

QByteArray CalDavXml::makeCalendar(const QString &displayName)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeNamespace(dav, QStringLiteral("d"));
    xml.writeNamespace(caldav, QStringLiteral("c"));
    xml.writeStartElement(caldav, QStringLiteral("mkcalendar"));
    xml.writeStartElement(dav, QStringLiteral("set"));
    xml.writeStartElement(dav, QStringLiteral("prop"));
    xml.writeTextElement(dav, QStringLiteral("displayname"), displayName);
    xml.writeStartElement(caldav, QStringLiteral("supported-calendar-component-set"));
    xml.writeEmptyElement(caldav, QStringLiteral("comp"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VEVENT"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return body;
}

std::optional<QList<DavResource>> CalDavXml::parseMultistatus(
    const QByteArray &body, QString *error)
{
    QXmlStreamReader xml(body);
    QList<DavResource> resources;
    if (!xml.readNextStartElement() || xml.namespaceUri() != dav || xml.name() != u"multistatus") {
        if (error)
            *error = xml.hasError() ? tr("line %1, column %2: %3")
                                          .arg(xml.lineNumber())
                                          .arg(xml.columnNumber())
                                          .arg(xml.errorString())
                                    : tr("the answer is not a WebDAV multistatus document");
        return std::nullopt;
    }
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == dav && xml.name() == u"response")
            resources.append(readResponse(xml));
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError()) {
        if (error)
            *error = tr("line %1, column %2: %3")
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString());
        return std::nullopt;
    }
    return resources;
}

} // namespace planner
