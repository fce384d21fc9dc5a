#pragma once

#include "conference.h"
#include "importer.h"
#include "importimpact.h"
#include "language.h"
#include "sessionrow.h"

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

    // The whole summary: what was added, updated and removed, then the impact.
    QString text(const ImportReport &report, const ImportImpact &impact) const;
    // The summary of `outcome`: text(report, impact), or mergedText() for an agenda
    // exported from here.
    QString text(const ImportOutcome &outcome) const;
    // What merging an exported agenda did (see ExportedAgendaMerge).
    QString mergedText(const AgendaMerge &merged) const;
    // What the file gave otherwise than as written, one "warning: …" line each.
    static QString warningsText(const QStringList &warnings);
    // Empty when the import changed nothing the user bookmarked.
    QString impactText(const ImportImpact &impact) const;
    // Why an update of the conference from `path` was held back: "extract.xml would
    // remove 2 of the 3 sessions of "…"." (see Importer::allowLargeRemovals).
    QString heldBackText(const QString &path, int removed, int sessionsBefore) const;

private:
    QString named(const SessionRow &row) const;
    QString when(const SessionRow &row) const;
    QString place(const SessionRow &row) const;

    QString countsText(const ImportReport &report) const;

    Conference m_conference;
    Language m_language;
    QTimeZone m_zone;
};

} // namespace planner
