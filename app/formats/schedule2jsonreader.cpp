#include "schedule2jsonreader.h"

#include "frabtime.h"
#include "htmltext.h"
#include "programmebuilder.h"
#include "slug.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace planner {

namespace {

QString stringOf(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : value.toString();
}

// ISO 8601 durations as the draft writes them ("PT1H30M", "P1DT2H"); nullopt
// when unreadable. Years and months have no fixed length and are refused, and so
// are numbers of more than six digits, which no session lasts.
std::optional<qint64> isoDurationSeconds(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^P(?!$)(?:(\\d{1,6})W)?(?:(\\d{1,6})D)?(?:T(?=\\d)(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?"
        "(?:(\\d{1,6})(?:\\.\\d+)?S)?)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong() * 7 * 86400 + m.captured(2).toLongLong() * 86400
        + m.captured(3).toLongLong() * 3600 + m.captured(4).toLongLong() * 60
        + m.captured(5).toLongLong();
}

// The names of the conference's rooms or tracks by guid and slug, for the
// references events make to them.
QHash<QString, QString> namesByReference(const QJsonArray &items)
{
    QHash<QString, QString> names;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QString name = stringOf(object, "name").simplified();
        for (const char *reference : { "guid", "slug" }) {
            const QString key = stringOf(object, reference).trimmed();
            if (!key.isEmpty() && !name.isEmpty())
                names.insert(key, name);
        }
    }
    return names;
}

// A reference to a room or a track: its name, else the name the conference
// gives its guid or slug, else the slug itself.
QString referredName(const QJsonValue &value, const QHash<QString, QString> &names)
{
    if (value.isString())
        return names.value(value.toString().trimmed(), value.toString().simplified());
    const QJsonObject object = value.toObject();
    const QString name = stringOf(object, "name").simplified();
    if (!name.isEmpty())
        return name;
    for (const char *reference : { "guid", "slug" }) {
        const QString key = stringOf(object, reference).trimmed();
        if (names.contains(key))
            return names.value(key);
    }
    return stringOf(object, "slug").simplified();
}

} // namespace

struct Schedule2JsonReader::Context
{
    const QByteArray &bytes;
    QString fileName;
    QString language; // the conference's default
    QTimeZone zone;
    QHash<QString, QString> rooms, tracks;
    std::optional<ProgrammeBuilder> builder;
    std::optional<ReadError> error;

    // Semantic errors have no parser position; the event's guid, found in the
    // text, points at it well enough.
    bool fail(const QString &message, const QString &near = {})
    {
        const qint64 at = near.isEmpty() ? -1 : bytes.indexOf('"' + near.toUtf8() + '"');
        error = at < 0 ? ReadError { fileName, 0, 0, -1, message }
                       : ReadError::at(fileName, bytes, at, message);
        return false;
    }
};

ReadResult Schedule2JsonReader::read(const QByteArray &bytes, const QString &fileName) const
{
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return ReadResult::failure(
            ReadError::at(fileName, bytes, nul, tr("a NUL byte; a schedule2 file is text")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::DeepNesting)
        return ReadResult::failure(ReadError::at(fileName, bytes, parseError.offset,
            tr("the JSON is nested too deeply to be a programme; the file is refused")));
    if (parseError.error != QJsonParseError::NoError)
        return ReadResult::failure(ReadError::at(fileName, bytes, parseError.offset,
            tr("not valid JSON: %1").arg(parseError.errorString())));
    Context context { bytes, fileName, {}, {}, {}, {}, std::nullopt, std::nullopt };
    const QJsonObject schedule = document.object().value(QLatin1String("schedule")).toObject();
    const QJsonValue conference = schedule.value(QLatin1String("conference"));
    const QJsonValue events = schedule.value(QLatin1String("events"));
    if (!conference.isObject() || !events.isArray()) {
        context.fail(tr("expected {\"schedule\": {\"conference\": {...}, \"events\": [...]}} at "
                        "the top level"));
        return ReadResult::failure(*context.error);
    }
    if (!readConference(conference.toObject(), context))
        return ReadResult::failure(*context.error);
    const QJsonArray list = events.toArray();
    context.builder->reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        if (!readEvent(list.at(i), i, context))
            return ReadResult::failure(*context.error);
    }
    return ReadResult::success(context.builder->finish());
}

bool Schedule2JsonReader::readConference(const QJsonObject &object, Context &context) const
{
    Conference c;
    context.language
        = stringOf(object.value(QLatin1String("defaults")).toObject(), "language").trimmed();
    const QString acronym = stringOf(object, "acronym").trimmed();
    c.title = ProgrammeBuilder::localized(stringOf(object, "title").simplified());
    const LocalizedText description
        = localized(object.value(QLatin1String("description")), context.language);
    if (!description.isEmpty())
        c.description = { description };
    c.url = QUrl(stringOf(object, "url").trimmed());
    // The zone: named, else the offset the conference's start is written with, else UTC.
    const QDateTime start = FrabTime::zonedDateTime(stringOf(object, "start"));
    const QDateTime end = FrabTime::zonedDateTime(stringOf(object, "end"));
    const QString zoneName = stringOf(object, "time_zone_name").trimmed();
    context.zone = ProgrammeBuilder::timeZone(zoneName);
    if (!zoneName.isEmpty() && !context.zone.isValid())
        return context.fail(tr("unknown time zone \"%1\"").arg(zoneName), zoneName);
    if (!context.zone.isValid())
        context.zone = start.isValid() ? FrabTime::zoneFromOffsetOf(start) : QTimeZone::utc();
    c.timeZone = QString::fromUtf8(context.zone.id());
    c.startDate = start.isValid() ? start.toTimeZone(context.zone).date() : QDate();
    c.endDate = end.isValid() ? end.toTimeZone(context.zone).date() : QDate();
    c.key = ProgrammeBuilder::conferenceKey(acronym, c.title.text(Language::English));
    if (c.key.isEmpty())
        c.key = slugify(QFileInfo(context.fileName).completeBaseName());
    context.rooms = namesByReference(object.value(QLatin1String("rooms")).toArray());
    context.tracks = namesByReference(object.value(QLatin1String("tracks")).toArray());
    context.builder.emplace(c);
    return true;
}

LocalizedText Schedule2JsonReader::localized(const QJsonValue &value, const QString &language)
{
    if (value.isString())
        return ProgrammeBuilder::localized(HtmlText::toPlainText(value.toString()), language);
    const QJsonObject texts = value.toObject();
    LocalizedText text;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("zh")) && text.zh.isEmpty())
            text.zh = HtmlText::toPlainText(it.value().toString());
    }
    // English where given, else the event's own language, else whichever comes first.
    for (const QString &key : { QStringLiteral("en"), language }) {
        if (text.en.isEmpty() && !key.startsWith(QLatin1String("zh")))
            text.en = HtmlText::toPlainText(texts.value(key).toString());
    }
    for (auto it = texts.constBegin(); it != texts.constEnd() && text.en.isEmpty(); ++it) {
        if (!it.key().startsWith(QLatin1String("zh")))
            text.en = HtmlText::toPlainText(it.value().toString());
    }
    return text;
}

bool Schedule2JsonReader::readEvent(const QJsonValue &value, int index, Context &context) const
{
    const QJsonObject object = value.toObject();
    const QString state = stringOf(object, "state").trimmed().toUpper();
    const QString type = stringOf(object, "type").trimmed();
    // Not on the programme: what will not happen, and the breaks between sessions.
    if (state == QLatin1String("CANCELED") || state == QLatin1String("WITHDRAWN")
        || state == QLatin1String("DELETED") || state == QLatin1String("REJECTED")
        || type.compare(QLatin1String("BREAK"), Qt::CaseInsensitive) == 0)
        return true;
    Session s;
    s.language = stringOf(object, "language").trimmed();
    const QString language = s.language.isEmpty() ? context.language : s.language;
    s.code = stringOf(object, "code").trimmed();
    s.type = type;
    s.title = ProgrammeBuilder::localized(stringOf(object, "title").simplified(), language);
    s.subtitle = ProgrammeBuilder::localized(stringOf(object, "subtitle").simplified(), language);
    s.overview = localized(object.value(QLatin1String("abstract")), language);
    s.description = localized(object.value(QLatin1String("description")), language);
    s.room = referredName(object.value(QLatin1String("room")), context.rooms);
    for (const QJsonValue &participant : object.value(QLatin1String("participants")).toArray()) {
        const QString name = participant.isString()
            ? participant.toString().simplified()
            : stringOf(participant.toObject(), "name").simplified();
        if (!name.isEmpty() && !s.speakers.contains(name))
            s.speakers.append(name);
    }
    if (QString url = Link::addressOf(stringOf(object, "url")); !url.isEmpty())
        s.links.append({ std::move(url), QString() });
    for (const char *list : { "links", "attachments" }) {
        for (const QJsonValue &link : object.value(QLatin1String(list)).toArray()) {
            const QJsonObject described = link.toObject();
            QString url
                = Link::addressOf(link.isString() ? link.toString() : stringOf(described, "url"));
            if (!url.isEmpty())
                s.links.append({ std::move(url), stringOf(described, "title").simplified() });
        }
    }
    if (!readTime(object, index, s, context))
        return false;
    const ProgrammeBuilder::Ids ids { stringOf(object, "guid").trimmed(), {}, s.code };
    const QString track = referredName(object.value(QLatin1String("track")), context.tracks);
    context.builder->addSession(std::move(s), track, ids);
    return true;
}

bool Schedule2JsonReader::readTime(
    const QJsonObject &object, int index, Session &session, Context &context) const
{
    const QString guid = stringOf(object, "guid").trimmed();
    const QString name = guid.isEmpty() ? tr("events[%1]").arg(index) : guid;
    const QString startText = stringOf(object, "start").trimmed();
    if (startText.isEmpty())
        return true; // on demand
    const QDateTime start = FrabTime::zonedDateTime(startText);
    if (!start.isValid())
        return context.fail(tr("event %1: \"start\" is not an ISO 8601 date and time with an "
                               "offset (\"%2\")")
                                .arg(name, startText),
            guid);
    QDateTime end;
    const QString endText = stringOf(object, "end").trimmed();
    const QString durationText = stringOf(object, "duration").trimmed();
    if (!endText.isEmpty()) {
        end = FrabTime::zonedDateTime(endText);
        if (!end.isValid())
            return context.fail(tr("event %1: \"end\" is not an ISO 8601 date and time with an "
                                   "offset (\"%2\")")
                                    .arg(name, endText),
                guid);
    } else if (!durationText.isEmpty()) {
        const std::optional<qint64> seconds = isoDurationSeconds(durationText);
        if (!seconds)
            return context.fail(
                tr("event %1: \"duration\" is not an ISO 8601 duration such as PT45M (\"%2\")")
                    .arg(name, durationText),
                guid);
        end = start.addSecs(*seconds);
    }
    if (end.isValid() && end < start)
        return context.fail(tr("event %1 ends before it starts").arg(name), guid);
    session.time = SessionTime::timed(start, end, start.toTimeZone(context.zone).date());
    return true;
}

} // namespace planner
