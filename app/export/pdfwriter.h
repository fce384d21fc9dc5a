#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

namespace planner {

// Writes an agenda as a PDF: AgendaPrintout's pages on the paper of the export's
// language (or the one chosen), with the fonts embedded (Chinese included) and a
// text layer that gives back the characters written (PdfTextLayer).
// Needs a QGuiApplication, as any text layout does.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(planner::PdfWriter)

public:
    // `system` decides the paper of an English export (see AgendaPrintout::pageSize).
    explicit PdfWriter(const ExportOptions &options, const QLocale &system = QLocale::system());

    QByteArray write(const Agenda &agenda) const;

    QPageSize pageSize() const;

private:
    ExportOptions m_options;
    QLocale m_system;
};

} // namespace planner
