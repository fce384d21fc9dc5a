#pragma once

// A conference of many timed sessions in a fresh database, for the publishing
// tests and benchmark: every session has a room, speakers and a description, so
// each published event carries what the ICS export writes.

#include "conferencedata.h"
#include "database.h"
#include "importer.h"
#include "userdatastore.h"

#include <QTemporaryDir>
#include <QTimeZone>

namespace publishfixture {

using namespace planner;

inline const QString conference = QStringLiteral("pubconf-2026");
inline const QString conferenceTitle = QStringLiteral("Publishing Conference 2026");

inline QString sessionKey(int i)
{
    return QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0'));
}

inline ConferenceData programme(int sessions)
{
    ConferenceData data;
    data.conference.key = conference;
    data.conference.title = { QStringLiteral("出版大會 2026"), conferenceTitle };
    data.conference.startDate = QDate(2026, 9, 14);
    data.conference.endDate = QDate(2026, 9, 18);
    data.conference.timeZone = QStringLiteral("Europe/Berlin");
    data.tracks
        = { { QStringLiteral("main"), { QStringLiteral("主軌"), QStringLiteral("Main") } } };
    const QTimeZone berlin("Europe/Berlin");
    for (int i = 0; i < sessions; ++i) {
        Session s;
        s.key = sessionKey(i);
        s.code = s.key;
        s.trackKey = QStringLiteral("main");
        s.title = { QStringLiteral("講座 %1").arg(i),
            QStringLiteral("Talk %1; on calendars, sync").arg(i) };
        s.description
            = LocalizedText::english(QStringLiteral("What talk %1 is about.\nSecond line.").arg(i));
        const QDate day = QDate(2026, 9, 14).addDays(i % 5);
        const QDateTime start(day, QTime(8, 0).addSecs(60 * 30 * ((i / 5) % 20)), berlin);
        s.time = SessionTime::timed(start, start.addSecs(25 * 60), day);
        s.room = QStringLiteral("Room %1").arg(i % 7);
        s.speakers = { QStringLiteral("Speaker %1").arg(i), QStringLiteral("林小明") };
        data.sessions.append(s);
    }
    return data;
}

// Owns the database; false when it could not be prepared.
class Fixture
{
public:
    bool setUp(int sessions)
    {
        return m_dir.isValid() && m_database.open(m_dir.filePath(QStringLiteral("p.sqlite"))).ok()
            && Importer(m_database).importData(programme(sessions), QStringLiteral("fixture")).ok();
    }

    bool bookmarkFirst(int count, bool bookmarked = true)
    {
        QStringList keys;
        for (int i = 0; i < count; ++i)
            keys.append(sessionKey(i));
        return UserDataStore(m_database).setBookmarked(conference, keys, bookmarked).ok();
    }

    Database &database() { return m_database; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    Database m_database;
};

} // namespace publishfixture
