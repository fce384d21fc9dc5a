#include "migrations.h"

#include <QList>

namespace planner {

namespace {

// Conference content (conference, track, session) is replaced by imports.
// User data (bookmark, note, annotation, user_key_point, planned_time) is keyed by
// the stable (conference_key, session_key) pair and never references content
// rows, so no import can delete it.
const QStringList version1 = {
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE conference ("
                   " id INTEGER PRIMARY KEY,"
                   " key TEXT NOT NULL UNIQUE,"
                   " title_zh TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',"
                   " description TEXT NOT NULL DEFAULT '[]',"
                   " start_date TEXT, end_date TEXT,"
                   " time_zone TEXT NOT NULL DEFAULT '',"
                   " city TEXT NOT NULL DEFAULT '', venue TEXT NOT NULL DEFAULT '',"
                   " url TEXT NOT NULL DEFAULT '',"
                   " source_hash TEXT NOT NULL DEFAULT '',"
                   " imported_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE track ("
                   " id INTEGER PRIMARY KEY,"
                   " conference_id INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,"
                   " key TEXT NOT NULL,"
                   " name_zh TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',"
                   " position INTEGER NOT NULL,"
                   " UNIQUE (conference_id, key))"),
    QStringLiteral("CREATE TABLE session ("
                   " id INTEGER PRIMARY KEY,"
                   " conference_id INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,"
                   " key TEXT NOT NULL,"
                   " track_key TEXT NOT NULL,"
                   " code TEXT NOT NULL DEFAULT '',"
                   " title_zh TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',"
                   " subtitle_zh TEXT NOT NULL DEFAULT '', subtitle_en TEXT NOT NULL DEFAULT '',"
                   " overview_zh TEXT NOT NULL DEFAULT '', overview_en TEXT NOT NULL DEFAULT '',"
                   " description_zh TEXT NOT NULL DEFAULT '',"
                   " description_en TEXT NOT NULL DEFAULT '',"
                   " key_points TEXT NOT NULL DEFAULT '[]',"
                   " topics TEXT NOT NULL DEFAULT '[]',"
                   " day TEXT,"
                   " start_utc INTEGER, end_utc INTEGER,"
                   " room TEXT NOT NULL DEFAULT '',"
                   " speakers TEXT NOT NULL DEFAULT '[]',"
                   " links TEXT NOT NULL DEFAULT '[]',"
                   " language TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT '',"
                   " position INTEGER NOT NULL,"
                   " revision TEXT NOT NULL,"
                   " removed INTEGER NOT NULL DEFAULT 0,"
                   " UNIQUE (conference_id, key))"),
    QStringLiteral("CREATE INDEX session_by_track ON session (conference_id, track_key, position)"),
    QStringLiteral("CREATE TABLE bookmark ("
                   " conference_key TEXT NOT NULL, session_key TEXT NOT NULL,"
                   " created_at TEXT NOT NULL,"
                   " PRIMARY KEY (conference_key, session_key))"),
    QStringLiteral("CREATE TABLE note ("
                   " conference_key TEXT NOT NULL, session_key TEXT NOT NULL,"
                   " text TEXT NOT NULL, updated_at TEXT NOT NULL,"
                   " PRIMARY KEY (conference_key, session_key))"),
    QStringLiteral("CREATE TABLE annotation ("
                   " conference_key TEXT NOT NULL, session_key TEXT NOT NULL,"
                   " point_key TEXT NOT NULL,"
                   " starred INTEGER NOT NULL DEFAULT 0, comment TEXT NOT NULL DEFAULT '',"
                   " updated_at TEXT NOT NULL,"
                   " PRIMARY KEY (conference_key, session_key, point_key))"),
    QStringLiteral("CREATE TABLE user_key_point ("
                   " conference_key TEXT NOT NULL, session_key TEXT NOT NULL,"
                   " point_key TEXT NOT NULL, text TEXT NOT NULL,"
                   " created_at TEXT NOT NULL,"
                   " PRIMARY KEY (conference_key, session_key, point_key))"),
    QStringLiteral("CREATE TABLE planned_time ("
                   " conference_key TEXT NOT NULL, session_key TEXT NOT NULL,"
                   " start_utc INTEGER NOT NULL, end_utc INTEGER NOT NULL,"
                   " updated_at TEXT NOT NULL,"
                   " PRIMARY KEY (conference_key, session_key))"),
};

// Lists, counts and the window's tree read only a session's row columns. In the
// table they sit behind the long texts (overview, description), so reading them
// walked every overflow page of the whole programme: a covering index lets those
// reads touch only the index, in programme order (about a second saved when a
// 100,000-session programme opens).
const QStringList version2 = {
    QStringLiteral("CREATE INDEX session_row ON session (conference_id, removed, position, key,"
                   " code, track_key, title_zh, title_en, day, start_utc, end_utc, room)"),
};

// Reminders. A session's own lead time is the user's (kept like a bookmark, by
// keys); a reminder already shown is recorded with the start it was for, so a
// restart shows it no second time while a session moved to a new time is
// reminded of again.
const QStringList version3 = {
    QStringLiteral("CREATE TABLE reminder ("
                   " conference_key TEXT NOT NULL, session_key TEXT NOT NULL,"
                   " minutes INTEGER NOT NULL, updated_at TEXT NOT NULL,"
                   " PRIMARY KEY (conference_key, session_key))"),
    QStringLiteral("CREATE TABLE reminder_shown ("
                   " conference_key TEXT NOT NULL, session_key TEXT NOT NULL,"
                   " start_utc INTEGER NOT NULL, shown_at TEXT NOT NULL,"
                   " PRIMARY KEY (conference_key, session_key, start_utc))"),
};

// Where a programme was downloaded from, and what its server said about the copy
// (ETag, Last-Modified), so a refresh can ask "changed since?" and be answered
// "not modified" without a download. Gone with its conference. The address is
// stored without user name and password.
const QStringList version4 = {
    QStringLiteral("CREATE TABLE programme_source ("
                   " conference_id INTEGER PRIMARY KEY"
                   " REFERENCES conference(id) ON DELETE CASCADE,"
                   " url TEXT NOT NULL,"
                   " etag TEXT NOT NULL DEFAULT '', last_modified TEXT NOT NULL DEFAULT '',"
                   " fetched_at TEXT NOT NULL)"),
};

// What programme updates changed that the user has not seen yet (SessionChangeStore):
// one row per session, with what it was when last seen. Gone with its conference.
const QStringList version5 = {
    QStringLiteral("CREATE TABLE session_change ("
                   " conference_id INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,"
                   " session_key TEXT NOT NULL,"
                   " kind TEXT NOT NULL,"
                   " old_start_utc INTEGER, old_end_utc INTEGER,"
                   " old_room TEXT NOT NULL DEFAULT '',"
                   " old_title_zh TEXT NOT NULL DEFAULT '', old_title_en TEXT NOT NULL DEFAULT '',"
                   " found_at TEXT NOT NULL,"
                   " PRIMARY KEY (conference_id, session_key))"),
};

// Publishing the agenda to a CalDAV calendar: the calendar each conference goes
// to, and what was last put there for each session (its href, the server's ETag
// and a digest of the event written), so that only changes are sent again.
const QStringList version6 = {
    QStringLiteral("CREATE TABLE caldav_account ("
                   " conference_key TEXT PRIMARY KEY,"
                   " server_url TEXT NOT NULL, user_name TEXT NOT NULL,"
                   " calendar_url TEXT NOT NULL, calendar_name TEXT NOT NULL DEFAULT '',"
                   " with_notes INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE caldav_event ("
                   " conference_key TEXT NOT NULL, session_key TEXT NOT NULL,"
                   " href TEXT NOT NULL, etag TEXT NOT NULL DEFAULT '',"
                   " content_hash TEXT NOT NULL DEFAULT '',"
                   " PRIMARY KEY (conference_key, session_key))"),
};

// The conference's zone as the user corrected it, which imports of its programme
// keep (ConferenceZoneStore), and the sessions whose times the file wrote as a wall
// clock in that zone, which move with it (SessionTime::floating).
const QStringList version7 = {
    QStringLiteral(
        "ALTER TABLE conference ADD COLUMN time_zone_chosen INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE session ADD COLUMN floating INTEGER NOT NULL DEFAULT 0"),
};

// The user's own key points in the order the user gave them; points added
// before keep the order they were added in (position 0, then created_at).
const QStringList version8 = {
    QStringLiteral("ALTER TABLE user_key_point ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
};

const QList<QStringList> steps
    = { version1, version2, version3, version4, version5, version6, version7, version8 };

} // namespace

int Migrations::latestVersion()
{
    return int(steps.size());
}

QStringList Migrations::step(int version)
{
    return steps.value(version - 1);
}

} // namespace planner
