#include "pdfwriter.h"

#include "agendaprintout.h"
#include "agendatext.h"
#include "pdftextlayer.h"

#include <QBuffer>
#include <QPdfWriter>

namespace planner {

PdfWriter::PdfWriter(const ExportOptions &options, const QLocale &system)
    : m_options(options)
    , m_system(system)
{
}

QPageSize PdfWriter::pageSize() const
{
    return AgendaPrintout::pageSize(m_options, m_system);
}

QByteArray PdfWriter::write(const Agenda &agenda) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    AgendaPrintout printout(agenda, m_options);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(pageSize());
        pdf.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
        pdf.setResolution(600);
        pdf.setTitle(AgendaText(agenda, m_options.language).documentTitle());
        pdf.setCreator(
            QStringLiteral("Conference Planner %1").arg(QStringLiteral(PLANNER_VERSION)));
        printout.print(pdf);
    } // the writer finishes the file when it goes
    return PdfTextLayer::withTextOf(bytes, printout.plainText(), AgendaPrintout::fonts());
}

} // namespace planner
