#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace planner {

class AgendaText;

// Writes an agenda as one self-contained HTML page (no scripts, no external
// files) with a print style sheet. Every string is escaped: programmes come
// from the internet and notes from the user, and neither may inject markup.
class HtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(planner::HtmlWriter)

public:
    explicit HtmlWriter(const ExportOptions &options);

    QByteArray write(const Agenda &agenda) const { return page(agenda).toUtf8(); }
    // The page as text; QTextDocument renders it too, for the PDF and the preview.
    QString page(const Agenda &agenda) const;

    // The parts of the page, for layouts that place them themselves (the printout).
    QString header(const AgendaText &text, const Agenda &agenda) const;
    static QString dayHeading(const QString &day);
    QString session(const AgendaText &text, const AgendaItem &item) const;

private:
    QString head(const AgendaText &text) const;
    QString keyPoints(const AgendaText &text, const AgendaItem &item) const;
    QString links(const AgendaItem &item) const;

    ExportOptions m_options;
};

} // namespace planner
