#pragma once

#include "bundledconference.h"
#include "database.h"
#include "programmestore.h"
#include "userdatastore.h"

#include <QTemporaryDir>
#include <QTimeZone>

// The bundled conference in a fresh database, with the user data every export
// must carry safely: bookmarks of a timed, a date-only, a planned on-demand and
// an unplanned on-demand session; notes holding Chinese, quotes, commas,
// semicolons, line breaks, markup, Markdown and a spreadsheet formula; starred,
// commented and user-written key points.
namespace agendafixture {

using namespace planner;

inline const QString conference = QStringLiteral("gtc-2025");
inline const QString keynote = QStringLiteral("S72484"); // 2025-03-18 10:00-12:00 PDT
inline const QString quantum = QStringLiteral("S74495"); // 2025-03-20, time TBA
inline const QString startup = QStringLiteral("S73541"); // on demand, planned by the user
inline const QString driving = QStringLiteral("nvidia-全面赋能端到端自动驾驶"); // on demand
inline const QString drivingTitle
    = QStringLiteral("NVIDIA: Comprehensive Support for End-to-End Autonomous Driving");

inline const QString trickyNote = QStringLiteral("筆記：問 \"Jensen\" 關於 Blackwell, 價格; 時程\n"
                                                 "第二行 <script>alert(1)</script>\n"
                                                 "- not a key point\n"
                                                 "# not a track\n"
                                                 "**Topic:** not a topic\n"
                                                 "=cmd|' /C calc'!A0");
inline const QString formulaNote = QStringLiteral("=cmd|' /C calc'!A0");
inline const QString starComment = QStringLiteral("關鍵, \"must\" see; really");
inline const QString ownPoint = QStringLiteral("我的重點: ask about <b>qubits</b>");

class Fixture
{
public:
    // False, with a warning, when the database could not be prepared.
    bool setUp()
    {
        if (!m_dir.isValid() || !m_database.open(m_dir.filePath(QStringLiteral("t.sqlite"))).ok()
            || !BundledConference::ensureImported(m_database).ok())
            return false;
        UserDataStore user(m_database);
        const ProgrammeStore programme(m_database);
        const std::optional<Session> keynoteSession = programme.session(conference, keynote);
        const std::optional<Session> drivingSession = programme.session(conference, driving);
        if (!keynoteSession || !drivingSession)
            return false;
        const QTimeZone la("America/Los_Angeles");
        const QDateTime planned(QDate(2025, 3, 19), QTime(14, 0), la);
        return user.setBookmarked(conference, { driving, quantum, startup, keynote }, true).ok()
            && user.setNote(conference, keynote, trickyNote).ok()
            && user.setNote(conference, startup, formulaNote).ok()
            && user.setAnnotation(conference, keynote,
                       { keynoteSession->keyPoints.first().key(), true, starComment })
                   .ok()
            && user.setAnnotation(conference, driving,
                       { drivingSession->keyPoints.first().key(), true, QString() })
                   .ok()
            && user.addUserKeyPoint(conference, quantum, ownPoint).ok()
            && user.setPlannedTime(conference, startup, planned, planned.addSecs(3600)).ok();
    }

    Database &database() { return m_database; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    Database m_database;
};

} // namespace agendafixture
