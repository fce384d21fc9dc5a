#pragma once

#include "conference.h"
#include "language.h"
#include "session.h"
#include "sessionrow.h"
#include "track.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace planner {

// What the command line prints: conferences and sessions as tab-separated text
// or JSON, and import summaries. Times are ISO 8601 with the conference's offset,
// so scripts can parse them and people can read them.
class SessionListing
{
    Q_DECLARE_TR_FUNCTIONS(planner::SessionListing)

public:
    explicit SessionListing(Language language);

    QString conferencesText(const QList<ConferenceSummary> &conferences) const;
    QJsonArray conferencesJson(const QList<ConferenceSummary> &conferences) const;

    // `removed` names sessions no longer in the programme; they are marked so.
    QString sessionsText(const Conference &conference, const QList<Track> &tracks,
        const QList<Session> &sessions, const QSet<QString> &removed) const;
    QJsonArray sessionsJson(const Conference &conference, const QList<Track> &tracks,
        const QList<Session> &sessions, const QSet<QString> &removed) const;

private:
    QJsonObject sessionJson(const Session &session, const QTimeZone &zone,
        const QHash<QString, QString> &trackNames) const;
    QHash<QString, QString> trackNames(const QList<Track> &tracks) const;

    Language m_language;
};

} // namespace planner
