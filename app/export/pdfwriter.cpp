#include "pdfwriter.h"

#include "agendatext.h"
#include "htmlwriter.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace planner {

namespace {

// Latin text in a Latin face, then a face that holds Traditional Chinese, so
// QPdfWriter embeds real glyphs for both. Digits shaped by a CJK face inside Latin
// runs come out as glyphs without a Unicode mapping, and text extraction loses them.
QFont documentFont()
{
    static const QStringList latin = { QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("Liberation Sans"), QStringLiteral("Arial") };
    static const QStringList chinese = { QStringLiteral("Noto Sans CJK TC"),
        QStringLiteral("Noto Sans TC"), QStringLiteral("PingFang TC"),
        QStringLiteral("Microsoft JhengHei"), QStringLiteral("Noto Sans CJK JP") };
    const QStringList available = QFontDatabase::families();
    QStringList families;
    for (const QStringList &candidates : { latin, chinese }) {
        const auto found = std::find_if(candidates.cbegin(), candidates.cend(),
            [&available](const QString &family) { return available.contains(family); });
        if (found != candidates.cend())
            families.append(*found);
    }
    QFont font;
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(10.5);
    return font;
}

} // namespace

PdfWriter::PdfWriter(const ExportOptions &options, const QLocale &locale)
    : m_options(options)
    , m_locale(locale)
{
}

QPageSize PdfWriter::pageSizeFor(const QLocale &locale)
{
    static const QList<QLocale::Territory> letter
        = { QLocale::UnitedStates, QLocale::Canada, QLocale::Mexico, QLocale::Chile,
              QLocale::Colombia, QLocale::Venezuela, QLocale::Philippines, QLocale::PuertoRico,
              QLocale::Guatemala, QLocale::CostaRica, QLocale::Panama, QLocale::DominicanRepublic,
              QLocale::ElSalvador, QLocale::Nicaragua, QLocale::Belize };
    return QPageSize(letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
}

QByteArray PdfWriter::write(const Agenda &agenda) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(pageSizeFor(m_locale));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(AgendaText(agenda, m_options.language).documentTitle());
        pdf.setCreator(
            QStringLiteral("Conference Planner %1").arg(QStringLiteral(PLANNER_VERSION)));

        QTextDocument document;
        document.setDefaultFont(documentFont());
        document.setHtml(HtmlWriter(m_options).page(agenda));
        document.print(&pdf);
    } // the writer finishes the file when it goes
    return bytes;
}

} // namespace planner
