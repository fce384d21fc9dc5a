#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace planner {

class AgendaText;

// Writes an agenda in the session-digest layout DigestReader reads: "# " title
// and dates, "# " days, "## " sessions with their [CODE], overview, key points and
// topic line. The user's stars, comments and notes go in blockquotes, which the
// reader keeps as overview text, so reading the file back yields the same
// sessions, key points and topics.
class DigestWriter
{
    Q_DECLARE_TR_FUNCTIONS(planner::DigestWriter)

public:
    explicit DigestWriter(const ExportOptions &options);

    QByteArray write(const Agenda &agenda) const;

    // A line of free text made safe to stand on its own: a leading '#', '*', '-',
    // '+' or '>' would make it a heading, bullet or quote, so it is escaped.
    static QString escapeLine(const QString &line);

private:
    QString session(const AgendaText &text, const AgendaItem &item) const;
    QString keyPoints(const AgendaItem &item) const;
    QString marks(const AgendaText &text, const AgendaItem &item) const;

    ExportOptions m_options;
};

} // namespace planner
