#pragma once

#include "conferencedata.h"
#include "storestatus.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <optional>

namespace planner {

class Database;

// A conference's time zone, which the user may correct when its file named the
// wrong one or none (a calendar of UTC times, a schedule.xml read as FOSDEM's):
// shown times follow it everywhere, and later imports of the programme keep it.
// Times a file wrote on the conference's wall clock keep that wall clock; exact
// ones keep their instant (SessionTime::inZone).
class ConferenceZone
{
    Q_DECLARE_TR_FUNCTIONS(planner::ConferenceZone)

public:
    explicit ConferenceZone(Database &database);

    // The zone of a stored conference, as its times are shown; nullopt when no
    // such conference is stored.
    std::optional<QTimeZone> zoneOf(const QString &conferenceKey) const;
    // Whether the user chose it rather than the file.
    bool isChosen(const QString &conferenceKey) const;
    // Changes the conference's zone to the IANA zone `id` (letter case aside); an
    // unknown id changes nothing and says so.
    StoreStatus change(const QString &conferenceKey, const QString &id);

    // A programme about to be stored, read from a file in the file's zone, in the
    // zone the user chose for its conference, if any.
    void applyChoice(ConferenceData &data) const;
    // The zone the user chose for the conference, if any.
    std::optional<QTimeZone> choiceFor(const QString &conferenceKey) const;
    // Sessions read in `read` moved into `chosen`, as applyChoice() moves them.
    static void move(QList<Session> &sessions, const QTimeZone &read, const QTimeZone &chosen);

    // The zone an IANA id names, as the system's database spells it; nullopt for
    // anything else.
    static std::optional<QTimeZone> named(const QString &id);
    // Every IANA zone the system knows, sorted, for the user to choose from.
    static QStringList zoneIds();

private:
    Database &m_database;
};

} // namespace planner
