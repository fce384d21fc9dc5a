#pragma once

#include "language.h"
#include "sessionchangestore.h"
#include "sessiontime.h"

#include <QCoreApplication>

namespace planner {

class TimeFormatter;

// How a programme change reads, the same in every view: the badge's word (New,
// Moved, Changed, Cancelled) and what the session was and is now, "before → now".
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(planner::ChangeText)

public:
    // The session as the programme has it now (for a cancelled one, as it was).
    struct Now
    {
        SessionTime time;
        QString room;
        LocalizedText title;
    };

    static QString badge(SessionChange::Kind kind);
    // What it was: the time and room of a moved session, the title of a changed
    // one; empty for a new one.
    static QString before(
        const SessionChange &change, const TimeFormatter &formatter, Language language);
    // What it is: its time and room, its title when that changed, or "cancelled".
    static QString now(const SessionChange &change, const Now &session,
        const TimeFormatter &formatter, Language language);
    // One line for a tooltip or a screen reader: "Moved: Sat 2 May 11:00 AM · Hall A →
    // 3:00 PM · Hall B".
    static QString description(const SessionChange &change, const Now &session,
        const TimeFormatter &formatter, Language language);

private:
    static QString place(
        const TimeFormatter &formatter, const SessionTime &time, const QString &room);
};

} // namespace planner
