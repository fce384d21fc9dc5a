<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>planner::AgendaExporter</name>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n session to %1.</numerusform>
            <numerusform>Exported %n sessions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n on-demand session(s) with no time for a calendar to hold: %1. To include one, give it a time with Plan a Time… in My Schedule.</source>
        <translation>
            <numerusform>Left out %n on-demand session with no time for a calendar to hold: %1. To include it, give it a time with Plan a Time… in My Schedule.</numerusform>
            <numerusform>Left out %n on-demand sessions with no time for a calendar to hold: %1. To include one, give it a time with Plan a Time… in My Schedule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ChangesDialog</name>
    <message numerus="yes">
        <source>%n session(s) changed since you last looked. Your bookmarks come first (★).</source>
        <translation>
            <numerusform>%n session changed since you last looked. Your bookmarks come first (★).</numerusform>
            <numerusform>%n sessions changed since you last looked. Your bookmarks come first (★).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ChangesFlow</name>
    <message numerus="yes">
        <source>%n of your sessions changed</source>
        <comment>bookmarked sessions an update moved or cancelled</comment>
        <translation>
            <numerusform>One of your sessions changed</numerusform>
            <numerusform>%n of your sessions changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::DayView</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <comment>on the day shown</comment>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ExportDialog</name>
    <message numerus="yes">
        <source>%n session(s) will be exported.</source>
        <translation>
            <numerusform>%n session will be exported.</numerusform>
            <numerusform>%n sessions will be exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::HtmlWriter</name>
    <message numerus="yes">
        <source>%n session(s), exported %1</source>
        <translation>
            <numerusform>%n session, exported %1</numerusform>
            <numerusform>%n sessions, exported %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ImportSummary</name>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n session added</numerusform>
            <numerusform>%n sessions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from the programme</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n removed from the programme</numerusform>
            <numerusform>%n removed from the programme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would remove %2 of the %n session(s) of &quot;%3&quot;.</source>
        <translation>
            <numerusform>%1 would remove %2 of the %n session of &quot;%3&quot;.</numerusform>
            <numerusform>%1 would remove %2 of the %n sessions of &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) bookmarked</source>
        <translation>
            <numerusform>%n session bookmarked</numerusform>
            <numerusform>%n sessions bookmarked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already bookmarked</source>
        <comment>sessions</comment>
        <translation>
            <numerusform>%n already bookmarked</numerusform>
            <numerusform>%n already bookmarked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned time(s) set</source>
        <translation>
            <numerusform>%n planned time set</numerusform>
            <numerusform>%n planned times set</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::Importer</name>
    <message numerus="yes">
        <source>this file would remove %1 of the %n session(s) of &quot;%2&quot;; nothing was changed</source>
        <translation>
            <numerusform>this file would remove %1 of the %n session of &quot;%2&quot;; nothing was changed</numerusform>
            <numerusform>this file would remove %1 of the %n sessions of &quot;%2&quot;; nothing was changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n session(s) shown</source>
        <translation>
            <numerusform>%1 of %n session shown</numerusform>
            <numerusform>%1 of %n sessions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarked</source>
        <translation>
            <numerusform>%n bookmarked</numerusform>
            <numerusform>%n bookmarked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved to the database.</source>
        <translation>
            <numerusform>%n note could not be saved to the database.</numerusform>
            <numerusform>%n notes could not be saved to the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept “%1”; %n clashing bookmark(s) removed. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Kept “%1”; %n clashing bookmark removed. Ctrl+Z brings it back.</numerusform>
            <numerusform>Kept “%1”; %n clashing bookmarks removed. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::NotesEditor</name>
    <message numerus="yes">
        <source>%n other note(s) are waiting to be saved too.</source>
        <translation>
            <numerusform>%n other note is waiting to be saved too.</numerusform>
            <numerusform>%n other notes are waiting to be saved too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::NowNextModel</name>
    <message numerus="yes">
        <source>Running now (%n)</source>
        <translation>
            <numerusform>Running now (%n)</numerusform>
            <numerusform>Running now (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting within the hour (%n)</source>
        <translation>
            <numerusform>Starting within the hour (%n)</numerusform>
            <numerusform>Starting within the hour (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <comment>minutes until the session starts</comment>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n min ago</source>
        <translation>
            <numerusform>started %n min ago</numerusform>
            <numerusform>started %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <comment>minutes until the session ends</comment>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::OpenUrlFlow</name>
    <message numerus="yes">
        <source>%n session(s) changed since you last looked: View ▸ Programme Changes.</source>
        <translation>
            <numerusform>%n session changed since you last looked: View ▸ Programme Changes.</numerusform>
            <numerusform>%n sessions changed since you last looked: View ▸ Programme Changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeDownload</name>
    <message numerus="yes">
        <source>%1: more than %n redirect(s); the last one was to %2</source>
        <translation>
            <numerusform>%1: more than %n redirect; the last one was to %2</numerusform>
            <numerusform>%1: more than %n redirects; the last one was to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 sent nothing for %n second(s)</source>
        <translation>
            <numerusform>%1: %2 sent nothing for %n second</numerusform>
            <numerusform>%1: %2 sent nothing for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ProgrammeFetch</name>
    <message numerus="yes">
        <source>%1 links to %n programme(s); give the address of one</source>
        <translation>
            <numerusform>%1 links to %n programme; give the address of one</numerusform>
            <numerusform>%1 links to %n programmes; give the address of one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::PublishAgendaDialog</name>
    <message numerus="yes">
        <source>Connected: %n calendar(s) for events.</source>
        <translation>
            <numerusform>Connected: %n calendar for events.</numerusform>
            <numerusform>Connected: %n calendars for events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::PublishCommand</name>
    <message numerus="yes">
        <source>%1 (%n session(s) published; run publish again to send the rest)</source>
        <translation>
            <numerusform>%1 (%n session published; run publish again to send the rest)</numerusform>
            <numerusform>%1 (%n sessions published; run publish again to send the rest)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n session(s) to %1</source>
        <translation>
            <numerusform>Published %n session to %1</numerusform>
            <numerusform>Published %n sessions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on-demand session(s) without a planned time left out</source>
        <translation>
            <numerusform>%n on-demand session without a planned time left out</numerusform>
            <numerusform>%n on-demand sessions without a planned time left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::PublishScheduler</name>
    <message numerus="yes">
        <source>Published %n session(s) to %1</source>
        <translation>
            <numerusform>Published %n session to %1</numerusform>
            <numerusform>Published %n sessions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not publish to %1: %2. Trying again in %n second(s).</source>
        <translation>
            <numerusform>Could not publish to %1: %2. Trying again in %n second.</numerusform>
            <numerusform>Could not publish to %1: %2. Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ReminderChooser</name>
    <message numerus="yes">
        <source>As usual (%n minute(s) before)</source>
        <translation>
            <numerusform>As usual (%n minute before)</numerusform>
            <numerusform>As usual (%n minutes before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ReminderFlow</name>
    <message numerus="yes">
        <source>%n Minute(s) Before Each Bookmark</source>
        <translation>
            <numerusform>%n Minute Before Each Bookmark</numerusform>
            <numerusform>%n Minutes Before Each Bookmark</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ReminderNotifier</name>
    <message numerus="yes">
        <source>Starts in %n minute(s), %1.</source>
        <translation>
            <numerusform>Starts in %n minute, %1.</numerusform>
            <numerusform>Starts in %n minutes, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n minute(s), %1, in %2.</source>
        <translation>
            <numerusform>Starts in %n minute, %1, in %2.</numerusform>
            <numerusform>Starts in %n minutes, %1, in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ScheduleModel</name>
    <message numerus="yes">
        <source>Free for %n minute(s)</source>
        <comment>a gap between sessions</comment>
        <translation>
            <numerusform>Free for %n minute</numerusform>
            <numerusform>Free for %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key point(s) starred</source>
        <translation>
            <numerusform>%n key point starred</numerusform>
            <numerusform>%n key points starred</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ScheduleView</name>
    <message numerus="yes">
        <source>&amp;Keep This One, Remove %n Clashing</source>
        <translation>
            <numerusform>&amp;Keep This One, Remove %n Clashing</numerusform>
            <numerusform>&amp;Keep This One, Remove %n Clashing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::TrackTreeModel</name>
    <message numerus="yes">
        <source>%1 (%2 of %n session(s))</source>
        <comment>track name, then how many of its sessions the search shows, of how many</comment>
        <translation>
            <numerusform>%1 (%2 of %n session)</numerusform>
            <numerusform>%1 (%2 of %n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <comment>track name, then how many sessions it holds</comment>
        <translation>
            <numerusform>%1 (%n session)</numerusform>
            <numerusform>%1 (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::UrlCommand</name>
    <message numerus="yes">
        <source>%1 links to %n programme(s). Nothing was changed; run the import again with the address of the one you want:</source>
        <translation>
            <numerusform>%1 links to %n programme. Nothing was changed; run the import again with the address of the one you want:</numerusform>
            <numerusform>%1 links to %n programmes. Nothing was changed; run the import again with the address of the one you want:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::UserDataBackupFlow</name>
    <message numerus="yes">
        <source>%n note(s) or annotation(s) were changed on this computer after the backup was made. Keep the versions on this computer, or use the backup&apos;s for all of them?</source>
        <translation>
            <numerusform>%n note or annotation was changed on this computer after the backup was made. Keep the version on this computer, or use the backup&apos;s?</numerusform>
            <numerusform>%n notes or annotations were changed on this computer after the backup was made. Keep the versions on this computer, or use the backup&apos;s for all of them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::UserDataSummary</name>
    <message numerus="yes">
        <source>Backed up your data on %n session(s) to %1:</source>
        <translation>
            <numerusform>Backed up your data on %n session to %1:</numerusform>
            <numerusform>Backed up your data on %n sessions to %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key-point annotation(s)</source>
        <translation>
            <numerusform>%n key-point annotation</numerusform>
            <numerusform>%n key-point annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  bookmarks: %n added</source>
        <translation>
            <numerusform>  bookmarks: %n added</numerusform>
            <numerusform>  bookmarks: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  notes: %n added</source>
        <translation>
            <numerusform>  notes: %n added</numerusform>
            <numerusform>  notes: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (newer on this computer)</source>
        <comment>notes</comment>
        <translation>
            <numerusform>%n kept (newer on this computer)</numerusform>
            <numerusform>%n kept (newer on this computer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  key-point annotations: %n added</source>
        <translation>
            <numerusform>  key-point annotations: %n added</numerusform>
            <numerusform>  key-point annotations: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (newer on this computer)</source>
        <comment>annotations</comment>
        <translation>
            <numerusform>%n kept (newer on this computer)</numerusform>
            <numerusform>%n kept (newer on this computer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  own key points: %n added</source>
        <translation>
            <numerusform>  own key points: %n added</numerusform>
            <numerusform>  own key points: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  planned times: %n set</source>
        <translation>
            <numerusform>  planned times: %n set</numerusform>
            <numerusform>  planned times: %n set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (planned differently on this computer)</source>
        <translation>
            <numerusform>%n kept (planned differently on this computer)</numerusform>
            <numerusform>%n kept (planned differently on this computer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  reminders: %n set</source>
        <translation>
            <numerusform>  reminders: %n set</numerusform>
            <numerusform>  reminders: %n set</numerusform>
        </translation>
    </message>
</context>
</TS>
