#include "sessionlisting.h"

#include <QJsonObject>
#include <QTimeZone>

namespace planner {

namespace {

QString isoInZone(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

SessionListing::SessionListing(Language language)
    : m_language(language)
{
}

QString SessionListing::conferencesText(const QList<ConferenceSummary> &conferences) const
{
    QString text;
    for (const ConferenceSummary &c : conferences) {
        text += QStringList { c.key, c.title.text(m_language), c.startDate.toString(Qt::ISODate),
            c.endDate.toString(Qt::ISODate), c.timeZone, QString::number(c.sessionCount) }
                    .join(u'\t')
            + u'\n';
    }
    return text;
}

QJsonArray SessionListing::conferencesJson(const QList<ConferenceSummary> &conferences) const
{
    QJsonArray array;
    for (const ConferenceSummary &c : conferences) {
        array.append(QJsonObject { { QLatin1String("key"), c.key },
            { QLatin1String("title"), c.title.text(m_language) },
            { QLatin1String("start"), orNull(c.startDate.toString(Qt::ISODate)) },
            { QLatin1String("end"), orNull(c.endDate.toString(Qt::ISODate)) },
            { QLatin1String("timeZone"), orNull(c.timeZone) },
            { QLatin1String("sessions"), c.sessionCount } });
    }
    return array;
}

QHash<QString, QString> SessionListing::trackNames(const QList<Track> &tracks) const
{
    QHash<QString, QString> names;
    for (const Track &track : tracks)
        names.insert(track.key, track.name.text(m_language));
    return names;
}

QString SessionListing::sessionsText(const Conference &conference, const QList<Track> &tracks,
    const QList<Session> &sessions, const QSet<QString> &removed) const
{
    const QTimeZone zone = conference.zone();
    const QHash<QString, QString> names = trackNames(tracks);
    QString text;
    for (const Session &s : sessions) {
        QString when = isoInZone(s.time.start, zone);
        if (when.isEmpty())
            when = s.time.date.isValid() ? s.time.date.toString(Qt::ISODate) : QStringLiteral("-");
        QStringList columns { s.key, s.code.isEmpty() ? QStringLiteral("-") : s.code,
            s.title.text(m_language), names.value(s.trackKey), when };
        if (removed.contains(s.key))
            columns.append(tr("removed from the programme"));
        text += columns.join(u'\t') + u'\n';
    }
    return text;
}

QJsonObject SessionListing::sessionJson(
    const Session &s, const QTimeZone &zone, const QHash<QString, QString> &trackNames) const
{
    return QJsonObject { { QLatin1String("key"), s.key }, { QLatin1String("code"), orNull(s.code) },
        { QLatin1String("title"), s.title.text(m_language) },
        { QLatin1String("track"), trackNames.value(s.trackKey) },
        { QLatin1String("trackKey"), s.trackKey },
        { QLatin1String("day"), orNull(s.time.date.toString(Qt::ISODate)) },
        { QLatin1String("start"), orNull(isoInZone(s.time.start, zone)) },
        { QLatin1String("end"), orNull(isoInZone(s.time.end, zone)) },
        { QLatin1String("room"), orNull(s.room) } };
}

QJsonArray SessionListing::sessionsJson(const Conference &conference, const QList<Track> &tracks,
    const QList<Session> &sessions, const QSet<QString> &removed) const
{
    const QTimeZone zone = conference.zone();
    const QHash<QString, QString> names = trackNames(tracks);
    QJsonArray array;
    for (const Session &s : sessions) {
        QJsonObject object = sessionJson(s, zone, names);
        object.insert(QLatin1String("removed"), removed.contains(s.key));
        array.append(object);
    }
    return array;
}

} // namespace planner
