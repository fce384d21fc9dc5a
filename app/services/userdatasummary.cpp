#include "userdatasummary.h"

#include <QDir>

namespace planner {

UserDataSummary::UserDataSummary(Language language)
    : m_language(language)
{
}

QString UserDataSummary::backupText(const UserDataSnapshot &snapshot, const QString &path) const
{
    int sessions = 0;
    int bookmarks = 0;
    int notes = 0;
    int annotations = 0;
    for (const UserDataSnapshot::ConferenceData &c : snapshot.conferences) {
        sessions += int(c.sessions.size());
        for (const UserDataSnapshot::SessionData &s : c.sessions) {
            bookmarks += s.bookmarked ? 1 : 0;
            notes += s.note ? 1 : 0;
            annotations += int(s.annotations.size());
        }
    }
    return tr("Backed up your data on %n session(s) to %1:", "", sessions)
               .arg(QDir::toNativeSeparators(path))
        + u' ' + tr("%n bookmark(s)", "", bookmarks) + QStringLiteral(", ")
        + tr("%n note(s)", "", notes) + QStringLiteral(", ")
        + tr("%n key-point annotation(s)", "", annotations) + u'\n';
}

QString UserDataSummary::countsText(const RestoreReport &r) const
{
    QString text;
    text += tr("  bookmarks: %n added", "", r.bookmarksAdded) + u'\n';
    text += tr("  notes: %n added", "", r.notesAdded) + QStringLiteral(", ")
        + tr("%n updated", "notes", r.notesUpdated) + QStringLiteral(", ")
        + tr("%n kept (newer on this computer)", "notes", r.notesKept) + u'\n';
    text += tr("  key-point annotations: %n added", "", r.annotationsAdded) + QStringLiteral(", ")
        + tr("%n updated", "annotations", r.annotationsUpdated) + QStringLiteral(", ")
        + tr("%n kept (newer on this computer)", "annotations", r.annotationsKept) + u'\n';
    text += tr("  own key points: %n added", "", r.keyPointsAdded) + u'\n';
    text += tr("  planned times: %n set", "", r.plannedTimesSet);
    if (r.plannedTimesKept > 0)
        text += QStringLiteral(", ")
            + tr("%n kept (planned differently on this computer)", "", r.plannedTimesKept);
    if (r.remindersSet > 0)
        text += u'\n' + tr("  reminders: %n set", "", r.remindersSet);
    return text + u'\n';
}

QString UserDataSummary::restoreText(const RestoreReport &report) const
{
    QString text = report.changes() == 0 && report.conflicts.isEmpty()
        ? tr("Nothing to restore: everything in the backup is already here.") + u'\n'
        : tr("Restored from the backup:") + u'\n' + countsText(report);
    if (!report.conflicts.isEmpty()) {
        text += (report.conflictsOverwritten
                        ? tr("Changed on this computer after the backup, replaced by the "
                             "backup's version:")
                        : tr("Changed on this computer after the backup, kept as they are:"))
            + u'\n' + conflictLines(report.conflicts);
    }
    if (!report.conferencesWithoutProgramme.isEmpty())
        text += tr("Kept for conferences whose programme is not imported here; they show once "
                   "it is: %1")
                    .arg(report.conferencesWithoutProgramme.join(QStringLiteral(", ")))
            + u'\n';
    return text;
}

QString UserDataSummary::conflictLines(const QList<RestoreConflict> &conflicts) const
{
    QString text;
    for (const RestoreConflict &c : conflicts) {
        const QString title = c.title.isEmpty() ? c.session : c.title.text(m_language);
        text += (c.kind == RestoreConflict::Note ? tr("  note on %1 (%2)")
                                                 : tr("  key-point annotation on %1 (%2)"))
                    .arg(title, c.session)
            + u'\n';
    }
    return text;
}

} // namespace planner
