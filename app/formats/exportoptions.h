#pragma once

#include "language.h"

#include <QDateTime>

namespace planner {

// What the user chose for an export, shared by every writer.
struct ExportOptions
{
    // The paper of a PDF or a print: the one the export's language's country uses, or a choice.
    enum class Paper { ByLanguage, A4, Letter };

    Language language = Language::English;
    bool withNotes = false;
    Paper paper = Paper::ByLanguage;
    // The user's usual reminder, in minutes before a session (0: none), for the
    // sessions without one of their own: iCalendar carries them as alarms.
    int reminderMinutes = 0;
    // When the export was made (iCalendar's DTSTAMP, the page footer); null means now.
    QDateTime timestamp;

    QDateTime effectiveTimestamp() const
    {
        return timestamp.isValid() ? timestamp.toUTC() : QDateTime::currentDateTimeUtc();
    }
};

} // namespace planner
