#include "plannerjsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace planner {

namespace {

LocalizedText localized(const QJsonValue &value)
{
    // A plain string is text in one language, shown in both.
    if (value.isString())
        return LocalizedText::english(value.toString());
    const QJsonObject object = value.toObject();
    return { object.value(QLatin1String("zh_TW")).toString(),
        object.value(QLatin1String("en")).toString() };
}

QList<LocalizedText> localizedList(const QJsonValue &value)
{
    QList<LocalizedText> list;
    for (const QJsonValue &item : value.toArray())
        list.append(localized(item));
    return list;
}

// A time written without an offset is wall-clock time at the conference.
QDateTime isoDateTime(const QJsonValue &value, const QString &timeZone)
{
    QDateTime dateTime = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (dateTime.isValid() && dateTime.timeSpec() == Qt::LocalTime && !timeZone.isEmpty())
        dateTime.setTimeZone(QTimeZone(timeZone.toUtf8()));
    return dateTime;
}

// The date `instant` falls on in the conference's zone (UTC when it names none).
QDate dateAt(const QDateTime &instant, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    return instant.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

} // namespace

struct PlannerJsonReader::Context
{
    QString fileName;
    ConferenceData data;
    QSet<QString> trackKeys;
    QSet<QString> sessionKeys;
    std::optional<ReadError> error;

    bool fail(const QString &message)
    {
        error = ReadError { fileName, 0, 0, -1, message };
        return false;
    }
};

ReadResult PlannerJsonReader::read(const QByteArray &bytes, const QString &fileName) const
{
    // QJsonDocument takes raw control characters inside strings; a NUL is
    // never text, and would cut strings short further on.
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return ReadResult::failure(
            { fileName, 0, 0, nul, tr("a NUL byte; a programme file is text") });
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ReadResult::failure({ fileName, 0, 0, parseError.offset,
            tr("not valid JSON: %1").arg(parseError.errorString()) });
    Context context { fileName, {}, {}, {}, std::nullopt };
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatName()) {
        context.fail(tr("expected \"format\": \"%1\" at the top level").arg(formatName()));
        return ReadResult::failure(*context.error);
    }
    const int version = root.value(QLatin1String("version")).toInt();
    if (version < 1 || version > formatVersion) {
        context.fail(tr("format version %1 is not supported (this version reads up to %2)")
                         .arg(version)
                         .arg(formatVersion));
        return ReadResult::failure(*context.error);
    }
    if (readConference(root.value(QLatin1String("conference")).toObject(), context)
        && readTracks(root.value(QLatin1String("tracks")), context)
        && readSessions(root.value(QLatin1String("sessions")), context))
        return ReadResult::success(std::move(context.data));
    return ReadResult::failure(*context.error);
}

bool PlannerJsonReader::readConference(const QJsonObject &object, Context &context) const
{
    Conference &c = context.data.conference;
    c.key = object.value(QLatin1String("key")).toString();
    if (c.key.isEmpty())
        return context.fail(tr("the conference has no \"key\""));
    c.title = localized(object.value(QLatin1String("title")));
    c.description = localizedList(object.value(QLatin1String("description")));
    c.startDate = QDate::fromString(object.value(QLatin1String("start")).toString(), Qt::ISODate);
    c.endDate = QDate::fromString(object.value(QLatin1String("end")).toString(), Qt::ISODate);
    c.timeZone = object.value(QLatin1String("timeZone")).toString();
    c.city = object.value(QLatin1String("city")).toString();
    c.venue = object.value(QLatin1String("venue")).toString();
    c.url = QUrl(object.value(QLatin1String("url")).toString());
    if (!c.timeZone.isEmpty() && !QTimeZone(c.timeZone.toUtf8()).isValid())
        return context.fail(tr("unknown time zone \"%1\"").arg(c.timeZone));
    return true;
}

bool PlannerJsonReader::readTracks(const QJsonValue &value, Context &context) const
{
    const QJsonArray tracks = value.toArray();
    for (int i = 0; i < tracks.size(); ++i) {
        const QJsonObject object = tracks.at(i).toObject();
        Track track { object.value(QLatin1String("key")).toString(),
            localized(object.value(QLatin1String("name"))) };
        if (track.key.isEmpty())
            return context.fail(tr("track %1 has no \"key\"").arg(i + 1));
        if (context.trackKeys.contains(track.key))
            return context.fail(tr("track key \"%1\" appears twice").arg(track.key));
        context.trackKeys.insert(track.key);
        context.data.tracks.append(track);
    }
    return true;
}

bool PlannerJsonReader::readSessions(const QJsonValue &value, Context &context) const
{
    const QJsonArray sessions = value.toArray();
    for (int i = 0; i < sessions.size(); ++i) {
        if (!readSession(sessions.at(i).toObject(), i, context))
            return false;
    }
    return true;
}

bool PlannerJsonReader::readSession(const QJsonObject &object, int index, Context &context) const
{
    Session s;
    s.key = object.value(QLatin1String("key")).toString();
    if (s.key.isEmpty())
        return context.fail(tr("session %1 has no \"key\"").arg(index + 1));
    if (context.sessionKeys.contains(s.key))
        return context.fail(tr("session key \"%1\" appears twice").arg(s.key));
    s.trackKey = object.value(QLatin1String("track")).toString();
    if (!context.trackKeys.contains(s.trackKey))
        return context.fail(
            tr("session \"%1\" names an unknown track \"%2\"").arg(s.key, s.trackKey));
    s.code = object.value(QLatin1String("code")).toString();
    s.title = localized(object.value(QLatin1String("title")));
    s.subtitle = localized(object.value(QLatin1String("subtitle")));
    s.overview = localized(object.value(QLatin1String("overview")));
    s.description = localized(object.value(QLatin1String("description")));
    for (const QJsonValue &point : object.value(QLatin1String("keyPoints")).toArray()) {
        const QJsonObject p = point.toObject();
        s.keyPoints.append({ localized(p.value(QLatin1String("lead"))),
            localized(p.value(QLatin1String("text"))) });
    }
    s.topics = localizedList(object.value(QLatin1String("topics")));
    s.room = object.value(QLatin1String("room")).toString();
    for (const QJsonValue &speaker : object.value(QLatin1String("speakers")).toArray())
        s.speakers.append(speaker.toString());
    for (const QJsonValue &link : object.value(QLatin1String("links")).toArray()) {
        const QJsonObject l = link.toObject();
        s.links.append({ Link::addressOf(l.value(QLatin1String("url")).toString()),
            l.value(QLatin1String("title")).toString() });
    }
    s.language = object.value(QLatin1String("language")).toString();
    s.type = object.value(QLatin1String("type")).toString();
    if (!readTime(object, s, context))
        return false;
    context.sessionKeys.insert(s.key);
    context.data.sessions.append(std::move(s));
    return true;
}

bool PlannerJsonReader::readTime(
    const QJsonObject &object, Session &session, Context &context) const
{
    const QString dayText = object.value(QLatin1String("day")).toString();
    const QDate day = QDate::fromString(dayText, Qt::ISODate);
    if (!dayText.isEmpty() && !day.isValid())
        return context.fail(
            tr("session \"%1\": \"day\" is not a date (YYYY-MM-DD)").arg(session.key));
    if (!object.contains(QLatin1String("start"))) {
        session.time = day.isValid() ? SessionTime::onDay(day) : SessionTime::onDemand();
        return true;
    }
    const QString &zone = context.data.conference.timeZone;
    const QDateTime start = isoDateTime(object.value(QLatin1String("start")), zone);
    const QDateTime end = isoDateTime(object.value(QLatin1String("end")), zone);
    if (!start.isValid())
        return context.fail(
            tr("session \"%1\": \"start\" is not an ISO 8601 date and time with offset")
                .arg(session.key));
    if (end.isValid() && end < start)
        return context.fail(tr("session \"%1\" ends before it starts").arg(session.key));
    // Without a "day", the session's conference day is its date where it happens.
    session.time = SessionTime::timed(start, end, day.isValid() ? day : dateAt(start, zone));
    return true;
}

} // namespace planner
