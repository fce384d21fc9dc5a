#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

namespace planner {

// Writes an agenda as a PDF: the HTML page laid out by QTextDocument on pages
// of the size the user's locale uses, with the fonts embedded (Chinese included).
// Needs a QGuiApplication, as any text layout does.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(planner::PdfWriter)

public:
    explicit PdfWriter(const ExportOptions &options, const QLocale &locale = QLocale());

    QByteArray write(const Agenda &agenda) const;

    // Letter where it is the norm (the United States, Canada, Mexico...), A4 elsewhere.
    static QPageSize pageSizeFor(const QLocale &locale);

private:
    ExportOptions m_options;
    QLocale m_locale;
};

} // namespace planner
