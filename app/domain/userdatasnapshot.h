#pragma once

#include "annotation.h"
#include "localizedtext.h"

#include <QDateTime>
#include <QList>
#include <optional>
#include <utility>

namespace planner {

// Everything the user keeps, as written to and read from a backup: per
// conference and session key, with titles only for a person reading the file.
struct UserDataSnapshot
{
    struct Note
    {
        QString text;
        QDateTime updated;
    };

    struct KeyPointMark
    {
        Annotation annotation;
        QDateTime updated;
        LocalizedText pointText; // the published point, for the reader; may be empty
    };

    struct OwnKeyPoint
    {
        UserKeyPoint point;
        QDateTime created;
    };

    struct SessionData
    {
        QString key;
        QString code;
        LocalizedText title; // empty when the programme is not stored
        bool bookmarked = false;
        QDateTime bookmarkedAt;
        std::optional<Note> note;
        QList<KeyPointMark> annotations;
        QList<OwnKeyPoint> ownKeyPoints;
        std::optional<std::pair<QDateTime, QDateTime>> planned;
        std::optional<int> reminderMinutes; // the session's own reminder (0: none)
    };

    struct ConferenceData
    {
        QString key;
        LocalizedText title;
        QList<SessionData> sessions;
    };

    QDateTime exported;
    QList<ConferenceData> conferences;
};

} // namespace planner
