#pragma once

#include "userdatasnapshot.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariantMap>

namespace planner {

// A note or key-point annotation changed on this computer after the backup
// was made: restoring the backup's would lose the newer words.
struct RestoreConflict
{
    enum Kind { Note, Annotation };
    QString conference;
    QString session;
    LocalizedText title; // from the backup, else empty
    Kind kind = Note;
    QString pointKey; // for annotations
};

// What a restore did, for the summary shown to the user.
struct RestoreReport
{
    int bookmarksAdded = 0;
    int notesAdded = 0;
    int notesUpdated = 0; // the backup's was newer, or the caller chose it
    int notesKept = 0; // this computer's was newer and was kept
    int annotationsAdded = 0;
    int annotationsUpdated = 0;
    int annotationsKept = 0;
    int keyPointsAdded = 0;
    int plannedTimesSet = 0;
    int plannedTimesKept = 0; // planned differently here; this computer's stays
    int remindersSet = 0; // a session's own reminder, where this computer has none
    QList<RestoreConflict> conflicts; // kept or overwritten, as the caller chose
    bool conflictsOverwritten = false;
    // Changed although no programme of theirs is stored: shown once it is imported.
    QStringList conferencesWithoutProgramme;
    QStringList changedConferences; // those whose user data the restore changed

    int changes() const;
};

// This computer's user data on one conference, as a merge compares it.
struct LocalUserData
{
    QSet<QString> bookmarks;
    QHash<QString, UserDataSnapshot::Note> notes;
    QHash<QString, UserDataSnapshot::KeyPointMark> annotations; // by pointKey(session, point)
    QSet<QString> ownKeyPoints; // pointKey(session, key)
    QHash<QString, std::pair<qint64, qint64>> planned; // seconds since the epoch
    QSet<QString> reminders; // sessions with a reminder of their own

    static QString pointKey(const QString &session, const QString &point);
};

// Decides what merging a backup into this computer's data writes, without
// touching the database: bookmarks are united; a missing note or annotation is
// added, a differing one replaced only when the backup's is strictly newer (else
// it is a conflict, replaced only when the caller said so); own key points and
// planned times and reminders are added where missing. Nothing is ever removed.
class UserDataMerge
{
public:
    // The rows to write, one list per table, bound by name (:conference, :session...).
    struct Rows
    {
        QList<QVariantMap> bookmarks;
        QList<QVariantMap> notes;
        QList<QVariantMap> annotations;
        QList<QVariantMap> ownKeyPoints;
        QList<QVariantMap> planned;
        QList<QVariantMap> reminders;
    };

    explicit UserDataMerge(bool overwriteNewerLocal);

    void addConference(
        const UserDataSnapshot::ConferenceData &conference, const LocalUserData &local);

    const Rows &rows() const { return m_rows; }
    RestoreReport &report() { return m_report; }

private:
    struct Place;
    void addBookmark(const Place &place);
    void addNote(const Place &place);
    void addAnnotations(const Place &place);
    void addOwnKeyPoints(const Place &place);
    void addPlanned(const Place &place);
    void addReminder(const Place &place);
    // Records a conflict; true when the backup's version is to be written anyway.
    bool conflict(const Place &place, RestoreConflict::Kind kind, const QString &point);

    bool m_overwriteNewerLocal;
    QString m_now;
    Rows m_rows;
    RestoreReport m_report;
};

} // namespace planner
