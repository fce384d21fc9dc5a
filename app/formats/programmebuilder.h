#pragma once

#include "conferencedata.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <utility>

namespace planner {

class SessionStream;

// Assembles a programme read from a third-party format under the rules every
// importer shares: stable session keys, one track per track name (and a
// "general" track for sessions without one), conference dates from the
// sessions when the source gives none.
class ProgrammeBuilder
{
public:
    // What a source says to identify a session, strongest first.
    struct Ids
    {
        QString guid;
        QString id;
        QString code;
    };

    explicit ProgrammeBuilder(Conference conference);

    // The conference key: the slug of its acronym, else of its title.
    static QString conferenceKey(const QString &acronym, const QString &title);

    // Text in `languageTag` ("de", "zh-TW"...): Chinese goes to `zh`, every
    // other language to `en`. Without a tag, Han characters mean Chinese.
    static LocalizedText localized(const QString &text, const QString &languageTag = {});

    // The zone of an IANA id (or "UTC+01:00"); invalid for an unknown or empty
    // id, which QTimeZone itself would take for the system's zone.
    static QTimeZone timeZone(const QString &id);

    const Conference &conference() const { return m_data.conference; }
    // Gives `session` its key and track key and appends it.
    const Session &addSession(Session session, const QString &trackName, const Ids &ids);
    // Room for `count` sessions at once, when the reader knows how many follow.
    void reserve(qsizetype count);
    // From now on each session goes to `stream` as it is added (in runs), and only
    // its key stays here: finish() then returns the programme without sessions,
    // and takeSessionKeys() names them. What a programme of millions of sessions
    // holds while it is stored is its keys, not its texts.
    void streamTo(SessionStream &stream);
    ConferenceData finish();
    // Every session's key; after finish().
    QSet<QString> takeSessionKeys() { return std::exchange(m_sessionKeys, {}); }

private:
    QString trackKey(const QString &trackName);
    QString sessionKey(const Session &session, const Ids &ids) const;

    void handOver();

    ConferenceData m_data;
    QHash<QString, QString> m_trackKeys; // track name -> key
    QSet<QString> m_usedTrackKeys;
    QSet<QString> m_sessionKeys;
    SessionStream *m_stream = nullptr;
    QList<Session> m_run; // added, not handed over yet
    QDate m_firstDay, m_lastDay; // of the sessions added
};

} // namespace planner
