#include "userdatamerge.h"

namespace planner {

namespace {

using Snapshot = UserDataSnapshot;

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

enum class Decision { Add, Same, Update, Conflict };

// The backup's version replaces this computer's only when it is strictly newer;
// otherwise the caller is asked, so no newer words are lost unseen.
Decision decide(bool exists, bool identical, const QDateTime &local, const QDateTime &backup)
{
    if (!exists)
        return Decision::Add;
    if (identical)
        return Decision::Same;
    return backup > local ? Decision::Update : Decision::Conflict;
}

// Counts one decision in the report: `overwrite` when the user chose the backup's
// version over a newer one here.
void count(Decision d, bool overwrite, int &added, int &updated, int &kept)
{
    added += d == Decision::Add ? 1 : 0;
    updated += d == Decision::Update || overwrite ? 1 : 0;
    kept += d == Decision::Conflict && !overwrite ? 1 : 0;
}

} // namespace

int RestoreReport::changes() const
{
    return bookmarksAdded + notesAdded + notesUpdated + annotationsAdded + annotationsUpdated
        + keyPointsAdded + plannedTimesSet + remindersSet;
}

QString LocalUserData::pointKey(const QString &session, const QString &point)
{
    return session + QChar(0x1f) + point;
}

// One session of the backup, with the keys every row written for it starts with.
struct UserDataMerge::Place
{
    const Snapshot::ConferenceData &conference;
    const Snapshot::SessionData &session;
    const LocalUserData &local;
    QVariantMap keys;
};

UserDataMerge::UserDataMerge(bool overwriteNewerLocal)
    : m_overwriteNewerLocal(overwriteNewerLocal)
    , m_now(stamp(QDateTime::currentDateTimeUtc()))
{
    m_report.conflictsOverwritten = overwriteNewerLocal;
}

void UserDataMerge::addConference(
    const Snapshot::ConferenceData &conference, const LocalUserData &local)
{
    const int changesBefore = m_report.changes();
    for (const Snapshot::SessionData &s : conference.sessions) {
        const Place place { conference, s, local,
            { { QStringLiteral(":conference"), conference.key },
                { QStringLiteral(":session"), s.key } } };
        addBookmark(place);
        addNote(place);
        addAnnotations(place);
        addOwnKeyPoints(place);
        addPlanned(place);
        addReminder(place);
    }
    if (m_report.changes() > changesBefore)
        m_report.changedConferences.append(conference.key);
}

bool UserDataMerge::conflict(const Place &place, RestoreConflict::Kind kind, const QString &point)
{
    m_report.conflicts.append(
        { place.conference.key, place.session.key, place.session.title, kind, point });
    return m_overwriteNewerLocal;
}

void UserDataMerge::addBookmark(const Place &place)
{
    const Snapshot::SessionData &s = place.session;
    if (!s.bookmarked || place.local.bookmarks.contains(s.key))
        return;
    QVariantMap row = place.keys;
    // The original time keeps the bookmarks in the order the user made them.
    row.insert(QStringLiteral(":at"), s.bookmarkedAt.isValid() ? stamp(s.bookmarkedAt) : m_now);
    m_rows.bookmarks.append(row);
    ++m_report.bookmarksAdded;
}

void UserDataMerge::addNote(const Place &place)
{
    const Snapshot::SessionData &s = place.session;
    if (!s.note || s.note->text.isEmpty())
        return;
    const auto it = place.local.notes.constFind(s.key);
    const bool exists = it != place.local.notes.cend();
    const Decision d = decide(exists, exists && it->text == s.note->text,
        exists ? it->updated : QDateTime(), s.note->updated);
    const bool overwrite = d == Decision::Conflict && conflict(place, RestoreConflict::Note, {});
    if (d == Decision::Add || d == Decision::Update || overwrite) {
        QVariantMap row = place.keys;
        row.insert(QStringLiteral(":text"), s.note->text);
        // The backup's time, so a later restore still knows which note is newer.
        row.insert(QStringLiteral(":at"), stamp(s.note->updated));
        m_rows.notes.append(row);
    }
    count(d, overwrite, m_report.notesAdded, m_report.notesUpdated, m_report.notesKept);
}

void UserDataMerge::addAnnotations(const Place &place)
{
    const Snapshot::SessionData &s = place.session;
    for (const Snapshot::KeyPointMark &mark : s.annotations) {
        const Annotation &a = mark.annotation;
        if (!a.starred && a.comment.isEmpty())
            continue; // the store keeps no annotation that says nothing
        const auto it
            = place.local.annotations.constFind(LocalUserData::pointKey(s.key, a.pointKey));
        const bool exists = it != place.local.annotations.cend();
        const Decision d = decide(exists, exists && it->annotation == a,
            exists ? it->updated : QDateTime(), mark.updated);
        const bool overwrite
            = d == Decision::Conflict && conflict(place, RestoreConflict::Annotation, a.pointKey);
        if (d == Decision::Add || d == Decision::Update || overwrite) {
            QVariantMap row = place.keys;
            row.insert(QStringLiteral(":point"), a.pointKey);
            row.insert(QStringLiteral(":starred"), a.starred ? 1 : 0);
            row.insert(QStringLiteral(":comment"), a.comment);
            row.insert(QStringLiteral(":at"), stamp(mark.updated));
            m_rows.annotations.append(row);
        }
        count(d, overwrite, m_report.annotationsAdded, m_report.annotationsUpdated,
            m_report.annotationsKept);
    }
}

void UserDataMerge::addOwnKeyPoints(const Place &place)
{
    const Snapshot::SessionData &s = place.session;
    for (const Snapshot::OwnKeyPoint &own : s.ownKeyPoints) {
        // Own key points are never edited, only added and removed: one key, one text.
        if (place.local.ownKeyPoints.contains(LocalUserData::pointKey(s.key, own.point.key)))
            continue;
        QVariantMap row = place.keys;
        row.insert(QStringLiteral(":point"), own.point.key);
        row.insert(QStringLiteral(":text"), own.point.text);
        row.insert(QStringLiteral(":at"), own.created.isValid() ? stamp(own.created) : m_now);
        m_rows.ownKeyPoints.append(row);
        ++m_report.keyPointsAdded;
    }
}

void UserDataMerge::addPlanned(const Place &place)
{
    const Snapshot::SessionData &s = place.session;
    if (!s.planned)
        return;
    const qint64 start = s.planned->first.toSecsSinceEpoch();
    const qint64 end
        = (s.planned->second.isValid() ? s.planned->second : s.planned->first).toSecsSinceEpoch();
    const auto it = place.local.planned.constFind(s.key);
    if (it != place.local.planned.cend()) {
        m_report.plannedTimesKept += it->first != start || it->second != end ? 1 : 0;
        return;
    }
    QVariantMap row = place.keys;
    row.insert(QStringLiteral(":start"), start);
    row.insert(QStringLiteral(":end"), end);
    row.insert(QStringLiteral(":at"), m_now);
    m_rows.planned.append(row);
    ++m_report.plannedTimesSet;
}

void UserDataMerge::addReminder(const Place &place)
{
    const Snapshot::SessionData &s = place.session;
    if (!s.reminderMinutes || place.local.reminders.contains(s.key))
        return; // this computer's own choice stays
    QVariantMap row = place.keys;
    row.insert(QStringLiteral(":minutes"), *s.reminderMinutes);
    row.insert(QStringLiteral(":at"), m_now);
    m_rows.reminders.append(row);
    ++m_report.remindersSet;
}

} // namespace planner
