#pragma once

#include "localizedtext.h"
#include "sessiontime.h"

#include <QDate>
#include <QString>

namespace planner {

// What lists and trees show of a session: enough for a row, without the
// overview and key points that only the details pane needs.
struct SessionRow
{
    QString key;
    QString code;
    QString trackKey;
    LocalizedText title;
    SessionTime time;
    QString room;
    bool removed = false; // gone from the latest programme, kept for the user's data
};

} // namespace planner

// Every member is relocatable, so lists of 100,000 rows grow by moving memory
// rather than copying each row.
Q_DECLARE_TYPEINFO(planner::SessionRow, Q_RELOCATABLE_TYPE);

namespace planner {

// One stored conference as the conference list shows it.
struct ConferenceSummary
{
    QString key;
    LocalizedText title;
    QDate startDate;
    QDate endDate;
    QString timeZone;
    int sessionCount = 0;
};

// What an import changed, for the summary shown to the user.
struct ImportReport
{
    QString conferenceKey;
    bool newConference = false;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<SessionRow> removed; // sessions that vanished from the programme
};

} // namespace planner
