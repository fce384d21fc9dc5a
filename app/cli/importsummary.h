#pragma once

#include "conference.h"
#include "importimpact.h"
#include "language.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace planner {

// What the command line tells the user about an import's effect on their
// bookmarks, after SessionListing's counts: moved, cancelled and newly
// clashing sessions, and new ones in the tracks they follow.
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(planner::ImportSummary)

public:
    // Times are written in `conference`'s zone.
    ImportSummary(Language language, const Conference &conference);

    // Empty when the import changed nothing the user bookmarked.
    QString impactText(const ImportImpact &impact) const;

private:
    QString named(const SessionRow &row) const;
    QString when(const SessionRow &row) const;
    QString place(const SessionRow &row) const;

    Language m_language;
    QTimeZone m_zone;
};

} // namespace planner
