#include "importsummary.h"

#include <QFileInfo>

namespace planner {

ImportSummary::ImportSummary(Language language, const Conference &conference)
    : m_conference(conference)
    , m_language(language)
    , m_zone(conference.zone())
{
}

QString ImportSummary::countsText(const ImportReport &report) const
{
    QString text = (report.newConference ? tr("Imported %1 (%2).") : tr("Updated %1 (%2)."))
                       .arg(m_conference.title.text(m_language), m_conference.key)
        + u'\n';
    text += tr("%n session(s) added", "", report.added) + QStringLiteral(", ")
        + tr("%n updated", "sessions", report.updated) + QStringLiteral(", ")
        + tr("%n unchanged", "sessions", report.unchanged) + QStringLiteral(", ")
        + tr("%n removed from the programme", "sessions", int(report.removed.size())) + u'\n';
    for (const SessionRow &row : report.removed)
        text += tr("  removed: %1 (%2); your notes and bookmarks on it are kept")
                    .arg(row.title.text(m_language), row.key)
            + u'\n';
    return text;
}

QString ImportSummary::text(const ImportReport &report, const ImportImpact &impact) const
{
    return countsText(report) + impactText(impact);
}

QString ImportSummary::text(const ImportOutcome &outcome) const
{
    return outcome.merged ? mergedText(*outcome.merged) : text(outcome.report, outcome.impact);
}

QString ImportSummary::mergedText(const AgendaMerge &merged) const
{
    QString text = tr("Merged an agenda exported from %1 (%2) into your bookmarks; its programme "
                      "is unchanged.")
                       .arg(m_conference.title.text(m_language), m_conference.key)
        + u'\n';
    text += tr("%n session(s) bookmarked", "", merged.bookmarked) + QStringLiteral(", ")
        + tr("%n already bookmarked", "sessions", merged.alreadyBookmarked) + QStringLiteral(", ")
        + tr("%n planned time(s) set", "", merged.planned) + u'\n';
    for (const QString &title : merged.unknown)
        text += tr("  not in the programme: %1").arg(title) + u'\n';
    return text;
}

QString ImportSummary::warningsText(const QStringList &warnings)
{
    QString text;
    for (const QString &warning : warnings)
        text += tr("warning: %1").arg(warning) + u'\n';
    return text;
}

QString ImportSummary::heldBackText(const QString &path, int removed, int sessionsBefore) const
{
    return tr("%1 would remove %2 of the %n session(s) of \"%3\".", "", sessionsBefore)
        .arg(QFileInfo(path).fileName())
        .arg(removed)
        .arg(m_conference.title.text(m_language));
}

QString ImportSummary::named(const SessionRow &row) const
{
    return tr("%1 (%2)").arg(row.title.text(m_language), row.key);
}

// ISO 8601 in the conference's zone, as the session listings write times.
QString ImportSummary::when(const SessionRow &row) const
{
    if (row.time.start.isValid())
        return row.time.start.toTimeZone(m_zone).toString(Qt::ISODate);
    if (row.time.date.isValid())
        return row.time.date.toString(Qt::ISODate);
    return tr("on demand");
}

QString ImportSummary::place(const SessionRow &row) const
{
    return row.room.isEmpty() ? when(row) : tr("%1 in %2").arg(when(row), row.room);
}

QString ImportSummary::impactText(const ImportImpact &impact) const
{
    if (impact.isEmpty())
        return {};
    QString text = tr("Your bookmarked sessions:") + u'\n';
    for (const ImportImpact::Move &move : impact.moved)
        text += tr("  moved: %1, from %2 to %3")
                    .arg(named(move.after), place(move.before), place(move.after))
            + u'\n';
    // A new title may make a bookmark hard to recognise: both are named.
    for (const ImportImpact::Move &retitle : impact.retitled)
        text += tr("  bookmarked session \"%1\" is now titled \"%2\" (%3)")
                    .arg(retitle.before.title.text(m_language),
                        retitle.after.title.text(m_language), retitle.after.key)
            + u'\n';
    for (const SessionRow &row : impact.cancelled)
        text += tr("  cancelled: %1; your notes and bookmark on it are kept").arg(named(row))
            + u'\n';
    for (const ImportImpact::Clash &clash : impact.newClashes)
        text
            += tr("  now clashes: %1 with %2").arg(named(clash.first), named(clash.second)) + u'\n';
    for (const SessionRow &row : impact.newInBookmarkedTracks)
        text += tr("  new in a track you follow: %1, %2").arg(named(row), place(row)) + u'\n';
    return text;
}

} // namespace planner
