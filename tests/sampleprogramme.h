#pragma once

#include "conferencedata.h"

#include <QTimeZone>

// A small programme written for the tests: two tracks, four sessions covering a
// timed slot, a day without time, an on-demand session and a lead-in key point.
inline planner::ConferenceData sampleProgramme()
{
    using namespace planner;
    ConferenceData data;
    data.conference.key = QStringLiteral("sample-2026");
    data.conference.title = { QStringLiteral("範例大會"), QStringLiteral("Sample Conference") };
    data.conference.description
        = { { QStringLiteral("第一段"), QStringLiteral("First paragraph") } };
    data.conference.startDate = QDate(2026, 5, 4);
    data.conference.endDate = QDate(2026, 5, 6);
    data.conference.timeZone = QStringLiteral("Asia/Taipei");
    data.conference.city = QStringLiteral("Taipei");
    data.tracks
        = { { QStringLiteral("systems"), { QStringLiteral("系統"), QStringLiteral("Systems") } },
              { QStringLiteral("ai"), { QString(), QStringLiteral("AI") } } };
    const QTimeZone taipei("Asia/Taipei");

    Session timed;
    timed.key = QStringLiteral("T1");
    timed.code = QStringLiteral("T1");
    timed.trackKey = QStringLiteral("systems");
    timed.title = { QStringLiteral("記憶體配置"), QStringLiteral("Memory allocation") };
    timed.overview = { QStringLiteral("關於配置器"), QStringLiteral("About allocators") };
    timed.description = LocalizedText::english(QStringLiteral("A longer text.\nTwo lines."));
    timed.keyPoints = { { {}, { QStringLiteral("重點一"), QStringLiteral("Point one") } },
        { { QStringLiteral("前導"), QStringLiteral("Lead") },
            { QStringLiteral("內容"), QStringLiteral("Body") } } };
    timed.topics = { { QStringLiteral("記憶體"), QStringLiteral("Memory") } };
    timed.time = SessionTime::timed(QDateTime(QDate(2026, 5, 4), QTime(9, 30), taipei),
        QDateTime(QDate(2026, 5, 4), QTime(10, 15), taipei), QDate(2026, 5, 4));
    timed.room = QStringLiteral("Hall A");
    timed.speakers = { QStringLiteral("Ada"), QStringLiteral("林小明") };
    timed.links = { { QStringLiteral("https://example.org/t1"), QStringLiteral("Slides") } };
    timed.language = QStringLiteral("en");
    timed.type = QStringLiteral("talk");

    Session dayOnly;
    dayOnly.key = QStringLiteral("T2");
    dayOnly.trackKey = QStringLiteral("systems");
    dayOnly.title = LocalizedText::english(QStringLiteral("Panel on schedulers"));
    dayOnly.time = SessionTime::onDay(QDate(2026, 5, 5));

    Session onDemand;
    onDemand.key = QStringLiteral("A1");
    onDemand.trackKey = QStringLiteral("ai");
    onDemand.title = { QStringLiteral("量子機器學習"), QStringLiteral("Quantum machine learning") };

    Session second;
    second.key = QStringLiteral("A2");
    second.trackKey = QStringLiteral("ai");
    second.title = LocalizedText::english(QStringLiteral("Inference at the edge"));
    second.time = SessionTime::timed(
        QDateTime(QDate(2026, 5, 6), QTime(0, 30), taipei), {}, QDate(2026, 5, 5));

    data.sessions = { timed, dayOnly, onDemand, second };
    return data;
}
