#include "pentabarfreader.h"

#include "frabtime.h"
#include "htmltext.h"
#include "programmebuilder.h"
#include "slug.h"

#include <QFileInfo>
#include <QXmlStreamReader>

#include <thread>

namespace planner {

namespace {

// No programme needs an entity, so any expansion at all is suspect; the limit
// guards whatever a DTD check might miss.
constexpr int entityExpansionLimit = 1024;

QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toString();
}

} // namespace

// An event as read, turned into a session once the file's time zone is known.
struct PentabarfReader::PendingEvent
{
    QString title, subtitle, type, language, abstract, description, room, track;
    QStringList persons;
    QList<Link> links;
    ProgrammeBuilder::Ids ids;
    FrabTime::Slot slot;
    QTime dayChange;
};

Session PentabarfReader::sessionOf(const PendingEvent &event, const QTimeZone &zone)
{
    Session s;
    s.title = ProgrammeBuilder::localized(event.title.simplified(), event.language);
    s.subtitle = ProgrammeBuilder::localized(event.subtitle.simplified(), event.language);
    s.overview = ProgrammeBuilder::localized(HtmlText::toPlainText(event.abstract), event.language);
    s.description
        = ProgrammeBuilder::localized(HtmlText::toPlainText(event.description), event.language);
    s.room = event.room.trimmed();
    s.speakers = event.persons;
    s.links = event.links;
    s.language = event.language.trimmed();
    s.type = event.type.trimmed();
    s.time = FrabTime::sessionTime(event.slot, zone, event.dayChange);
    return s;
}

struct PentabarfReader::Context
{
    QXmlStreamReader xml;
    QString fileName;
    Conference conference;
    QString acronym;
    QTime dayChange; // from <conference>; invalid when not given
    QTimeZone offsetZone; // of the first zoned date, for files without a zone name
    QList<PendingEvent> events;
    std::optional<ReadError> error;

    bool failAt(qint64 line, qint64 column, const QString &message)
    {
        error = ReadError { fileName, line, column, -1, message };
        return false;
    }
    bool fail(const QString &message)
    {
        // QXmlStreamReader counts columns from 0; ReadError from 1.
        return failAt(xml.lineNumber(), xml.columnNumber() + 1, message);
    }
    // The text of the current element and of all it holds, like readElementText()
    // with IncludeChildElements, which recurses once per nested element: a file
    // nesting elements 100,000 deep would overflow the stack.
    QString text()
    {
        QString result;
        for (int depth = 1; depth > 0 && !xml.atEnd();) {
            switch (xml.readNext()) {
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                result += xml.text();
                break;
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            default:
                break;
            }
        }
        return result;
    }
    void noteZone(const QDateTime &zoned)
    {
        if (!offsetZone.isValid() && zoned.isValid())
            offsetZone = FrabTime::zoneFromOffsetOf(zoned);
    }
};

PentabarfReader::PentabarfReader(QString defaultTimeZone)
    : m_defaultTimeZone(std::move(defaultTimeZone))
{
}

ReadResult PentabarfReader::read(const QByteArray &bytes, const QString &fileName) const
{
    Context context;
    context.fileName = fileName;
    context.xml.setEntityExpansionLimit(entityExpansionLimit);
    context.xml.addData(bytes);
    if (!readProlog(context) || !readSchedule(context)) {
        // Nested readers stop at the parser's error; it is reported here, once.
        if (!context.error)
            context.fail(tr("not well-formed XML: %1").arg(context.xml.errorString()));
        return ReadResult::failure(*context.error);
    }
    return ReadResult::success(assemble(context));
}

bool PentabarfReader::readProlog(Context &context) const
{
    QXmlStreamReader &xml = context.xml;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD
            && (!xml.entityDeclarations().isEmpty() || xml.text().contains(u"<!ENTITY"))) {
            return context.fail(tr("the file declares XML entities (<!ENTITY>); programmes never "
                                   "need them and they can be used to attack the reader, so the "
                                   "file is refused"));
        }
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("schedule"))
                return true;
            return context.fail(
                tr("expected <schedule> as the root element, found <%1>").arg(xml.name()));
        }
    }
    return context.fail(xml.hasError() ? tr("not well-formed XML: %1").arg(xml.errorString())
                                       : tr("expected a <schedule> element"));
}

bool PentabarfReader::readSchedule(Context &context) const
{
    QXmlStreamReader &xml = context.xml;
    while (xml.readNextStartElement()) {
        bool ok = true;
        if (xml.name() == QLatin1String("conference"))
            ok = readConference(context);
        else if (xml.name() == QLatin1String("day"))
            ok = readDay(context);
        else
            xml.skipCurrentElement();
        if (!ok)
            return false;
    }
    return !xml.hasError();
}

bool PentabarfReader::readConference(Context &context) const
{
    QXmlStreamReader &xml = context.xml;
    Conference &c = context.conference;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == QLatin1String("acronym")) {
            context.acronym = context.text().trimmed();
        } else if (name == QLatin1String("title")) {
            c.title = ProgrammeBuilder::localized(context.text().trimmed());
        } else if (name == QLatin1String("venue")) {
            c.venue = context.text().trimmed();
        } else if (name == QLatin1String("city")) {
            c.city = context.text().trimmed();
        } else if (name == QLatin1String("start") || name == QLatin1String("end")) {
            const bool start = name == QLatin1String("start");
            const QDate date = QDate::fromString(context.text().trimmed().left(10), Qt::ISODate);
            (start ? c.startDate : c.endDate) = date;
        } else if (name == QLatin1String("day_change")) {
            context.dayChange = FrabTime::clockTime(context.text());
        } else if (name == QLatin1String("base_url") || name == QLatin1String("url")) {
            c.url = QUrl(context.text().trimmed());
        } else if (name == QLatin1String("time_zone_name")) {
            const qint64 line = xml.lineNumber(), column = xml.columnNumber() + 1;
            c.timeZone = context.text().trimmed();
            if (!c.timeZone.isEmpty() && !ProgrammeBuilder::timeZone(c.timeZone).isValid())
                return context.failAt(line, column, tr("unknown time zone \"%1\"").arg(c.timeZone));
        } else {
            xml.skipCurrentElement();
        }
    }
    return !xml.hasError();
}

bool PentabarfReader::readDay(Context &context) const
{
    QXmlStreamReader &xml = context.xml;
    const QDate day = QDate::fromString(attribute(xml, "date"), Qt::ISODate);
    if (!day.isValid())
        return context.fail(tr("expected a date attribute (YYYY-MM-DD) on <day>"));
    const QDateTime dayStart = FrabTime::zonedDateTime(attribute(xml, "start"));
    context.noteZone(dayStart);
    const qsizetype first = context.events.size();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("room")) {
            const QString roomName = attribute(xml, "name");
            while (xml.readNextStartElement()) {
                if (xml.name() != QLatin1String("event"))
                    xml.skipCurrentElement();
                else if (!readEvent(context, roomName))
                    return false;
            }
        } else if (xml.name() == QLatin1String("event")) {
            if (!readEvent(context, QString()))
                return false;
        } else {
            xml.skipCurrentElement();
        }
    }
    // Without a <day_change>, a day's own start tells early hours from late ones.
    for (qsizetype i = first; i < context.events.size(); ++i) {
        PendingEvent &event = context.events[i];
        event.slot.day = day;
        event.dayChange = context.dayChange.isValid() ? context.dayChange : dayStart.time();
    }
    return !xml.hasError();
}

bool PentabarfReader::readEvent(Context &context, const QString &roomName) const
{
    QXmlStreamReader &xml = context.xml;
    PendingEvent event;
    event.ids.id = attribute(xml, "id");
    event.ids.guid = attribute(xml, "guid");
    event.room = roomName;
    while (xml.readNextStartElement()) {
        if (!readEventField(context, event))
            return false;
    }
    if (xml.hasError())
        return false;
    context.events.append(std::move(event));
    return true;
}

bool PentabarfReader::readEventField(Context &context, PendingEvent &event) const
{
    QXmlStreamReader &xml = context.xml;
    const QStringView name = xml.name();
    QString *field = name == QLatin1String("title") ? &event.title
        : name == QLatin1String("subtitle")         ? &event.subtitle
        : name == QLatin1String("type")             ? &event.type
        : name == QLatin1String("language")         ? &event.language
        : name == QLatin1String("abstract")         ? &event.abstract
        : name == QLatin1String("description")      ? &event.description
        : name == QLatin1String("track")            ? &event.track
                                                    : nullptr;
    if (field) {
        *field = context.text();
    } else if (name == QLatin1String("room")) {
        const QString room = context.text().trimmed();
        if (!room.isEmpty())
            event.room = room;
    } else if (name == QLatin1String("persons")) {
        readPersons(context, event);
    } else if (name == QLatin1String("links")) {
        readLinks(context, event);
    } else if (name == QLatin1String("url")) {
        const QUrl url(context.text().trimmed());
        if (url.isValid() && !url.isEmpty())
            event.links.prepend({ url, QString() });
    } else if (name == QLatin1String("start") || name == QLatin1String("duration")
        || name == QLatin1String("date")) {
        return readTimeField(context, event);
    } else {
        xml.skipCurrentElement();
    }
    return true;
}

bool PentabarfReader::readTimeField(Context &context, PendingEvent &event) const
{
    QXmlStreamReader &xml = context.xml;
    const QString name = xml.name().toString();
    const qint64 line = xml.lineNumber(), column = xml.columnNumber() + 1;
    const QString text = context.text().trimmed();
    if (name == QLatin1String("date")) {
        // Older frab writes a plain date here; only a zoned one pins the instant.
        event.slot.exact = FrabTime::zonedDateTime(text);
        context.noteZone(event.slot.exact);
    } else if (name == QLatin1String("start")) {
        event.slot.start = FrabTime::clockTime(text);
        if (!text.isEmpty() && !event.slot.start.isValid())
            return context.failAt(line, column,
                tr("expected a time of day (HH:MM) in <start>, found \"%1\"").arg(text));
    } else {
        const std::optional<int> seconds = FrabTime::durationSeconds(text);
        if (!text.isEmpty() && !seconds)
            return context.failAt(line, column,
                tr("expected a duration (H:MM) in <duration>, found \"%1\"").arg(text));
        event.slot.durationSeconds = seconds.value_or(0);
    }
    return true;
}

void PentabarfReader::readPersons(Context &context, PendingEvent &event) const
{
    QXmlStreamReader &xml = context.xml;
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("person")) {
            xml.skipCurrentElement();
            continue;
        }
        const QString person = context.text().simplified();
        if (!person.isEmpty())
            event.persons.append(person);
    }
}

void PentabarfReader::readLinks(Context &context, PendingEvent &event) const
{
    QXmlStreamReader &xml = context.xml;
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("link")) {
            xml.skipCurrentElement();
            continue;
        }
        const QUrl url(attribute(xml, "href").trimmed());
        const QString title = context.text().simplified();
        if (url.isValid() && !url.isEmpty())
            event.links.append({ url, title });
    }
}

ConferenceData PentabarfReader::assemble(Context &context) const
{
    Conference conference = context.conference;
    // The zone: named by the file, else the offset its dates are written in,
    // else the default (see fallbackTimeZone()).
    QTimeZone zone = ProgrammeBuilder::timeZone(conference.timeZone);
    if (!zone.isValid())
        zone = context.offsetZone.isValid() ? context.offsetZone
                                            : ProgrammeBuilder::timeZone(m_defaultTimeZone);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    conference.timeZone = QString::fromUtf8(zone.id());
    conference.key = ProgrammeBuilder::conferenceKey(
        context.acronym, conference.title.text(Language::English));
    if (conference.key.isEmpty())
        conference.key = slugify(QFileInfo(context.fileName).completeBaseName());
    // Turning events into sessions (HTML to text, times) is most of the work after
    // the parse and each event is independent: a large programme uses two cores.
    // Keys are given in file order afterwards, by the one builder.
    const qsizetype count = context.events.size();
    QList<Session> sessions(count);
    Session *out = sessions.data(); // each thread writes its own elements
    const auto convert = [&context, out, &zone](qsizetype from, qsizetype to) {
        // A zone of the thread's own: QTimeZone is reentrant, not thread-safe.
        const QTimeZone own(zone.id());
        for (qsizetype i = from; i < to; ++i)
            out[i] = sessionOf(context.events.at(i), own.isValid() ? own : zone);
    };
    constexpr qsizetype parallelFrom = 256;
    if (count >= parallelFrom) {
        std::thread other(convert, count / 2, count);
        convert(0, count / 2);
        other.join();
    } else {
        convert(0, count);
    }
    ProgrammeBuilder builder(conference);
    for (qsizetype i = 0; i < count; ++i) {
        const PendingEvent &event = context.events.at(i);
        builder.addSession(std::move(sessions[i]), event.track, event.ids);
    }
    return builder.finish();
}

} // namespace planner
