#pragma once

#include "language.h"
#include "userdatabackup.h"

#include <QCoreApplication>

namespace planner {

// What the window and the command line tell the user after a backup or a
// restore of their notes and bookmarks, in the same words.
class UserDataSummary
{
    Q_DECLARE_TR_FUNCTIONS(planner::UserDataSummary)

public:
    explicit UserDataSummary(Language language);

    QString backupText(const UserDataSnapshot &snapshot, const QString &path) const;
    QString restoreText(const RestoreReport &report) const;
    // One line per conflicting note or annotation: the session's title and key.
    QString conflictLines(const QList<RestoreConflict> &conflicts) const;

private:
    QString countsText(const RestoreReport &report) const;

    Language m_language;
};

} // namespace planner
