#include "schedulejsonreader.h"

#include "frabtime.h"
#include "htmltext.h"
#include "programmebuilder.h"
#include "slug.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace planner {

namespace {

// A string member, with null and other types read as empty: real files write
// "code": null and "subtitle": null, and ids are sometimes numbers.
QString stringOf(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isDouble())
        return value.toString();
    // Whole numbers as integers ("id": 1233). Any other number, 1e30 included,
    // as written: converting it to an integer would be undefined.
    const double number = value.toDouble();
    if (std::abs(number) < 1e15 && number == std::trunc(number))
        return QString::number(qint64(number));
    return QString::number(number, 'g', 17);
}

QString personName(const QJsonValue &person)
{
    if (person.isString())
        return person.toString().simplified();
    const QJsonObject object = person.toObject();
    for (const char *name : { "public_name", "full_public_name", "name" }) {
        const QString text = stringOf(object, name).simplified();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// QJsonObject sorts its keys; the conference's room list keeps the order the
// file gave, so sessions come in programme order as in the XML.
QStringList roomsInOrder(const QJsonObject &rooms, const QStringList &order)
{
    QStringList names;
    for (const QString &room : order) {
        if (rooms.contains(room) && !names.contains(room))
            names.append(room);
    }
    for (const QString &room : rooms.keys()) {
        if (!names.contains(room))
            names.append(room);
    }
    return names;
}

ReadError errorAt(
    const QString &file, const QByteArray &bytes, qint64 offset, const QString &message)
{
    return ReadError::at(file, bytes, offset, message);
}

} // namespace

struct ScheduleJsonReader::Event
{
    Session session;
    QString track;
    ProgrammeBuilder::Ids ids;
    FrabTime::Slot slot;
    QDateTime dayStart;
};

struct ScheduleJsonReader::Context
{
    const QByteArray &bytes;
    QString fileName;
    Conference conference;
    QString acronym;
    QDateTime conferenceStart, conferenceEnd;
    QTimeZone offsetZone; // of the first zoned event date
    QStringList roomOrder; // from the conference's "rooms"
    QList<Event> events;
    std::optional<ReadError> error;

    // Semantic errors have no parser position; the event's own guid or id,
    // found in the text, points at it well enough.
    bool fail(const QString &message, const QString &near = {})
    {
        const qint64 at = near.isEmpty() ? -1 : bytes.indexOf('"' + near.toUtf8() + '"');
        error = at < 0 ? ReadError { fileName, 0, 0, -1, message }
                       : errorAt(fileName, bytes, at, message);
        return false;
    }
};

ReadResult ScheduleJsonReader::read(const QByteArray &bytes, const QString &fileName) const
{
    // QJsonDocument takes raw control characters inside strings; a NUL is
    // never text, and would cut strings short further on.
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return ReadResult::failure(
            errorAt(fileName, bytes, nul, tr("a NUL byte; a schedule.json file is text")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::DeepNesting)
        return ReadResult::failure(errorAt(fileName, bytes, parseError.offset,
            tr("the JSON is nested too deeply to be a programme; the file is refused")));
    if (parseError.error != QJsonParseError::NoError)
        return ReadResult::failure(errorAt(fileName, bytes, parseError.offset,
            tr("not valid JSON: %1").arg(parseError.errorString())));
    Context context { bytes, fileName, {}, {}, {}, {}, {}, {}, {}, std::nullopt };
    const QJsonValue schedule = document.object().value(QLatin1String("schedule"));
    const QJsonValue conference = schedule.toObject().value(QLatin1String("conference"));
    if (!schedule.isObject() || !conference.isObject()) {
        context.fail(tr("expected {\"schedule\": {\"conference\": {...}}} at the top level"));
        return ReadResult::failure(*context.error);
    }
    if (!readConference(conference.toObject(), context))
        return ReadResult::failure(*context.error);
    return ReadResult::success(assemble(context));
}

bool ScheduleJsonReader::readConference(const QJsonObject &object, Context &context) const
{
    Conference &c = context.conference;
    context.acronym = stringOf(object, "acronym").trimmed();
    c.title = ProgrammeBuilder::localized(stringOf(object, "title").simplified());
    c.timeZone = stringOf(object, "time_zone_name").trimmed();
    if (!c.timeZone.isEmpty() && !ProgrammeBuilder::timeZone(c.timeZone).isValid())
        return context.fail(tr("unknown time zone \"%1\"").arg(c.timeZone), c.timeZone);
    c.url = QUrl(stringOf(object, "url").trimmed());
    c.city = stringOf(object, "city").trimmed();
    // Dates or zoned instants; the latter may be in UTC while events are not,
    // so they are turned into dates only once the conference zone is known.
    for (const char *name : { "start", "end" }) {
        const QString text = stringOf(object, name).trimmed();
        QDateTime instant = FrabTime::zonedDateTime(text);
        if (!instant.isValid())
            instant = QDateTime(QDate::fromString(text.left(10), Qt::ISODate), QTime(0, 0));
        (qstrcmp(name, "start") == 0 ? context.conferenceStart : context.conferenceEnd) = instant;
    }
    for (const QJsonValue &room : object.value(QLatin1String("rooms")).toArray())
        context.roomOrder.append(
            room.isObject() ? stringOf(room.toObject(), "name") : room.toString());
    const QJsonValue days = object.value(QLatin1String("days"));
    if (!days.isArray())
        return context.fail(tr("expected \"days\" to be a list in \"conference\""));
    for (int i = 0; i < days.toArray().size(); ++i) {
        if (!readDay(days.toArray().at(i), i, context))
            return false;
    }
    return true;
}

bool ScheduleJsonReader::readDay(const QJsonValue &value, int index, Context &context) const
{
    const QJsonObject day = value.toObject();
    const QDate date = QDate::fromString(stringOf(day, "date").trimmed(), Qt::ISODate);
    if (!date.isValid())
        return context.fail(tr("day %1 has no \"date\" (YYYY-MM-DD)").arg(index + 1));
    const QDateTime dayStart = FrabTime::zonedDateTime(stringOf(day, "day_start"));
    const QJsonObject rooms = day.value(QLatin1String("rooms")).toObject();
    for (const QString &room : roomsInOrder(rooms, context.roomOrder)) {
        const qsizetype first = context.events.size();
        for (const QJsonValue &event : rooms.value(room).toArray()) {
            if (!readEvent(event, date, room, context))
                return false;
        }
        for (qsizetype i = first; i < context.events.size(); ++i)
            context.events[i].dayStart = dayStart;
    }
    return true;
}

bool ScheduleJsonReader::readEvent(
    const QJsonValue &value, const QDate &day, const QString &roomName, Context &context) const
{
    const QJsonObject object = value.toObject();
    Event event;
    event.ids = { stringOf(object, "guid"), stringOf(object, "id"), stringOf(object, "code") };
    event.track = stringOf(object, "track");
    event.slot.day = day;
    Session &s = event.session;
    s.language = stringOf(object, "language").trimmed();
    s.code = event.ids.code.trimmed();
    s.title = ProgrammeBuilder::localized(stringOf(object, "title").simplified(), s.language);
    s.subtitle = ProgrammeBuilder::localized(stringOf(object, "subtitle").simplified(), s.language);
    s.overview = ProgrammeBuilder::localized(
        HtmlText::toPlainText(stringOf(object, "abstract")), s.language);
    s.description = ProgrammeBuilder::localized(
        HtmlText::toPlainText(stringOf(object, "description")), s.language);
    s.type = stringOf(object, "type").trimmed();
    const QJsonValue room = object.value(QLatin1String("room"));
    s.room = (room.isObject() ? stringOf(room.toObject(), "name") : room.toString()).trimmed();
    if (s.room.isEmpty())
        s.room = roomName;
    for (const QJsonValue &person : object.value(QLatin1String("persons")).toArray()) {
        const QString name = personName(person);
        if (!name.isEmpty())
            s.speakers.append(name);
    }
    if (QString url = Link::addressOf(stringOf(object, "url").trimmed()); !url.isEmpty())
        s.links.append({ std::move(url), QString() });
    for (const QJsonValue &link : object.value(QLatin1String("links")).toArray()) {
        // An object with a url and a title, or, in some programmes, the address alone.
        const QJsonObject described = link.toObject();
        const QString written
            = (link.isString() ? link.toString() : stringOf(described, "url")).trimmed();
        if (link.isString() && !Link::looksLikeAddress(written))
            continue;
        QString target = Link::addressOf(written);
        if (!target.isEmpty())
            s.links.append({ std::move(target), stringOf(described, "title").simplified() });
    }
    if (!readEventTime(object, event, context))
        return false;
    context.events.append(std::move(event));
    return true;
}

bool ScheduleJsonReader::readEventTime(
    const QJsonObject &object, Event &event, Context &context) const
{
    const QString near = event.ids.guid.isEmpty() ? event.ids.id : event.ids.guid;
    const QString date = stringOf(object, "date").trimmed();
    event.slot.exact = FrabTime::zonedDateTime(date);
    if (!date.isEmpty() && !event.slot.exact.isValid()
        && !QDate::fromString(date, Qt::ISODate).isValid())
        return context.fail(
            tr("event %1: \"date\" is not an ISO 8601 date and time (\"%2\")").arg(near, date),
            near);
    if (!context.offsetZone.isValid() && event.slot.exact.isValid())
        context.offsetZone = FrabTime::zoneFromOffsetOf(event.slot.exact);
    const QString start = stringOf(object, "start").trimmed();
    event.slot.start = FrabTime::clockTime(start);
    if (!start.isEmpty() && !event.slot.start.isValid())
        return context.fail(
            tr("event %1: \"start\" is not a time of day (HH:MM): \"%2\"").arg(near, start), near);
    const QString duration = stringOf(object, "duration").trimmed();
    const std::optional<int> seconds = FrabTime::durationSeconds(duration);
    if (!duration.isEmpty() && !seconds)
        return context.fail(
            tr("event %1: \"duration\" is not a duration (H:MM): \"%2\"").arg(near, duration),
            near);
    event.slot.durationSeconds = seconds.value_or(0);
    return true;
}

ConferenceData ScheduleJsonReader::assemble(Context &context) const
{
    Conference conference = context.conference;
    // The zone: named by the file, else the offset its event dates carry, else UTC.
    QTimeZone zone = ProgrammeBuilder::timeZone(conference.timeZone);
    if (!zone.isValid())
        zone = context.offsetZone.isValid() ? context.offsetZone : QTimeZone::utc();
    conference.timeZone = QString::fromUtf8(zone.id());
    auto dateOf = [&](const QDateTime &t) {
        return t.timeSpec() == Qt::LocalTime ? t.date() : t.toTimeZone(zone).date();
    };
    conference.startDate = dateOf(context.conferenceStart);
    conference.endDate = dateOf(context.conferenceEnd);
    conference.key = ProgrammeBuilder::conferenceKey(
        context.acronym, conference.title.text(Language::English));
    if (conference.key.isEmpty())
        conference.key = slugify(QFileInfo(context.fileName).completeBaseName());
    ProgrammeBuilder builder(conference);
    for (Event &event : context.events) {
        event.slot.dayStart = event.dayStart;
        event.session.time = FrabTime::sessionTime(event.slot, zone, QTime());
        builder.addSession(std::move(event.session), event.track, event.ids);
    }
    return builder.finish();
}

} // namespace planner
