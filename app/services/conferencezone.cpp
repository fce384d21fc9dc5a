#include "conferencezone.h"

#include "conferencezonestore.h"
#include "database.h"
#include "programmestore.h"

namespace planner {

namespace {

// Qt adds fixed offsets of its own ("UTC+01:00") to the IANA zones: not a place.
bool isOffset(const QByteArray &id)
{
    return id.size() > 3 && id.startsWith("UTC") && (id.at(3) == '+' || id.at(3) == '-');
}

} // namespace

ConferenceZone::ConferenceZone(Database &database)
    : m_database(database)
{
}

std::optional<QTimeZone> ConferenceZone::zoneOf(const QString &conferenceKey) const
{
    const std::optional<Conference> conference
        = ProgrammeStore(m_database).conference(conferenceKey);
    if (!conference)
        return std::nullopt;
    return conference->zone();
}

bool ConferenceZone::isChosen(const QString &conferenceKey) const
{
    return choiceFor(conferenceKey).has_value();
}

StoreStatus ConferenceZone::change(const QString &conferenceKey, const QString &id)
{
    const std::optional<QTimeZone> zone = named(id);
    if (!zone)
        return StoreStatus::failure(
            tr("\"%1\" is not a time zone; give an IANA time zone such as Europe/Brussels, "
               "America/New_York or Asia/Taipei")
                .arg(id));
    return ConferenceZoneStore(m_database).choose(conferenceKey, *zone);
}

void ConferenceZone::applyChoice(ConferenceData &data) const
{
    const std::optional<QTimeZone> chosen = choiceFor(data.conference.key);
    if (!chosen)
        return;
    const QTimeZone read = data.conference.zone();
    data.conference.timeZone = QString::fromUtf8(chosen->id());
    move(data.sessions, read, *chosen);
}

std::optional<QTimeZone> ConferenceZone::choiceFor(const QString &conferenceKey) const
{
    return ConferenceZoneStore(m_database).chosenZone(conferenceKey);
}

void ConferenceZone::move(QList<Session> &sessions, const QTimeZone &read, const QTimeZone &chosen)
{
    if (read == chosen)
        return;
    for (Session &session : sessions)
        session.time = session.time.inZone(read, chosen);
}

std::optional<QTimeZone> ConferenceZone::named(const QString &id)
{
    const QByteArray wanted = id.trimmed().toUtf8();
    if (wanted.isEmpty() || isOffset(wanted))
        return std::nullopt;
    if (QTimeZone::isTimeZoneIdAvailable(wanted))
        return QTimeZone(wanted);
    for (const QByteArray &known : QTimeZone::availableTimeZoneIds()) {
        if (known.compare(wanted, Qt::CaseInsensitive) == 0)
            return QTimeZone(known);
    }
    return std::nullopt;
}

QStringList ConferenceZone::zoneIds()
{
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (!isOffset(id))
            ids.append(QString::fromUtf8(id));
    }
    ids.sort();
    return ids;
}

} // namespace planner
