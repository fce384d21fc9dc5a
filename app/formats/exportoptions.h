#pragma once

#include "language.h"

#include <QDateTime>

namespace planner {

// What the user chose for an export, shared by every writer.
struct ExportOptions
{
    Language language = Language::English;
    bool withNotes = false;
    // When the export was made (iCalendar's DTSTAMP, the page footer); null means now.
    QDateTime timestamp;

    QDateTime effectiveTimestamp() const
    {
        return timestamp.isValid() ? timestamp.toUTC() : QDateTime::currentDateTimeUtc();
    }
};

} // namespace planner
