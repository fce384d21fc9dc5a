#include "agendaprintout.h"

#include "agendatext.h"
#include "htmlwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace planner {

namespace {

// A booklet's measures, in points: body text, space between sessions, footer text.
constexpr qreal bodyPoints = 10;
constexpr qreal sessionGapPoints = 9;
constexpr qreal footerPoints = 8;

// Latin text in a Latin face, then a face that holds Traditional Chinese, then one
// with emoji, so the PDF embeds real glyphs for each. Digits shaped by a CJK face
// inside Latin runs come out as glyphs without a Unicode mapping.
QFont documentFont(qreal points)
{
    static const QList<QStringList> candidates = {
        { QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Liberation Sans"), QStringLiteral("Arial") },
        { QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Noto Sans TC"),
            QStringLiteral("PingFang TC"), QStringLiteral("Microsoft JhengHei"),
            QStringLiteral("Noto Sans CJK JP") },
        { QStringLiteral("Symbola"), QStringLiteral("Noto Emoji"),
            QStringLiteral("Segoe UI Symbol") },
    };
    const QStringList available = QFontDatabase::families();
    QStringList families;
    for (const QStringList &group : candidates) {
        const auto found = std::find_if(group.cbegin(), group.cend(),
            [&available](const QString &family) { return available.contains(family); });
        if (found != group.cend())
            families.append(*found);
    }
    QFont font;
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(points);
    return font;
}

// What Qt's rich text supports of CSS, set for print: compact headings, paragraphs
// a third of a line apart, grey facts. Margins in em: Qt reads no pt there.
const char styleSheet[] = R"(
h1 { font-size: 17pt; font-weight: bold; margin-top: 0; margin-bottom: 0.3em; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 0.6em; margin-bottom: 0; color: #1a1a1a; }
hr { margin-bottom: 0.5em; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 0; margin-bottom: 0.2em; }
h4 { font-size: 10pt; font-weight: bold; margin-top: 0.4em; margin-bottom: 0.1em; }
p { margin-top: 0; margin-bottom: 0.35em; }
ul { margin-top: 0; margin-bottom: 0.35em; margin-left: 0; -qt-list-indent: 1; }
li { margin-bottom: 0.1em; }
.facts, .when { color: #555555; }
.code { color: #555555; font-weight: normal; }
.removed { color: #a40000; }
.star { color: #b8860b; }
.comment { font-style: italic; }
.links { color: #333333; }
a { color: #1a4f8b; text-decoration: none; }
)";

} // namespace

// One session (with its day's heading when it is the day's first), or the title.
struct AgendaPrintout::Block
{
    QTextDocument document;
};

// Where a part of a block goes: on which page, at what height, which slice of it.
struct AgendaPrintout::Placement
{
    Block *block;
    int page;
    qreal y;
    QRectF slice;
};

AgendaPrintout::AgendaPrintout(const Agenda &agenda, const ExportOptions &options)
    : m_options(options)
{
    build(agenda);
}

AgendaPrintout::~AgendaPrintout() = default;

QList<QRawFont> AgendaPrintout::fonts()
{
    QList<QRawFont> faces;
    for (const QString &family : documentFont(bodyPoints).families()) {
        for (const bool bold : { false, true }) {
            QFont font(family);
            font.setPointSizeF(bodyPoints);
            font.setBold(bold);
            faces.append(QRawFont::fromFont(font));
        }
    }
    return faces;
}

QPageSize AgendaPrintout::pageSizeFor(const QLocale &locale)
{
    static const QList<QLocale::Territory> letter
        = { QLocale::UnitedStates, QLocale::Canada, QLocale::Mexico, QLocale::Chile,
              QLocale::Colombia, QLocale::Venezuela, QLocale::Philippines, QLocale::PuertoRico,
              QLocale::Guatemala, QLocale::CostaRica, QLocale::Panama, QLocale::DominicanRepublic,
              QLocale::ElSalvador, QLocale::Nicaragua, QLocale::Belize };
    return QPageSize(letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
}

QPageSize AgendaPrintout::pageSize(const ExportOptions &options, const QLocale &system)
{
    switch (options.paper) {
    case ExportOptions::Paper::A4:
        return QPageSize(QPageSize::A4);
    case ExportOptions::Paper::Letter:
        return QPageSize(QPageSize::Letter);
    case ExportOptions::Paper::ByLanguage:
        break;
    }
    // An English reader's country is the system's when it speaks English too;
    // the language alone names none, and then the United States stand for it.
    if (options.language == Language::English && system.language() == QLocale::English)
        return pageSizeFor(system);
    return pageSizeFor(localeOf(options.language));
}

void AgendaPrintout::build(const Agenda &agenda)
{
    const AgendaText text(agenda, m_options.language);
    const HtmlWriter html(m_options);
    m_title = text.documentTitle();
    addBlock(html.header(text, agenda));
    QString day;
    for (const AgendaItem &item : agenda.items) {
        // A day's heading is one block with its first session, so the two stay together.
        QString heading;
        if (const QString itemDay = text.dayHeading(item); itemDay != day) {
            day = itemDay;
            heading = HtmlWriter::dayHeading(day) + QStringLiteral("<hr>");
        }
        addBlock(heading + html.session(text, item));
    }
    if (agenda.items.isEmpty())
        addBlock(QStringLiteral("<p>%1</p>").arg(HtmlWriter::tr("No sessions in this agenda.")));
}

void AgendaPrintout::addBlock(const QString &html)
{
    auto block = std::make_unique<Block>();
    block->document.setDefaultFont(documentFont(bodyPoints));
    block->document.setDefaultStyleSheet(QString::fromUtf8(styleSheet));
    block->document.setDocumentMargin(0);
    block->document.setHtml(html);
    m_blocks.push_back(std::move(block));
}

QString AgendaPrintout::bodyText() const
{
    QStringList parts;
    for (const auto &block : m_blocks)
        parts.append(block->document.toPlainText());
    return parts.join(u'\n');
}

QString AgendaPrintout::plainText() const
{
    return bodyText() + u'\n' + m_title + u'\n' + tr("Page %1 of %2").arg(1).arg(m_pageCount);
}

std::vector<AgendaPrintout::Placement> AgendaPrintout::paginate(
    QPagedPaintDevice &device, qreal width, qreal height)
{
    const qreal gap = sessionGapPoints * device.logicalDpiY() / 72.0;
    for (const auto &block : m_blocks) {
        block->document.documentLayout()->setPaintDevice(&device);
        block->document.setTextWidth(width); // one endless page, to measure it
    }
    std::vector<Placement> placements;
    int page = 0;
    qreal y = 0;
    for (const auto &owned : m_blocks) {
        Block *block = owned.get();
        const qreal own = block->document.size().height();
        if (y > 0 && y + own > height) {
            ++page;
            y = 0;
        }
        if (own <= height) {
            placements.push_back({ block, page, y, QRectF(0, 0, width, own) });
            y += own + gap;
            continue;
        }
        // Longer than a page: it starts on a fresh page and its lines are laid out
        // page by page, none cut across two.
        if (y > 0) {
            ++page;
            y = 0;
        }
        block->document.setPageSize(QSizeF(width, height));
        const int pages = block->document.pageCount();
        for (int p = 0; p < pages; ++p)
            placements.push_back({ block, page + p, 0, QRectF(0, p * height, width, height) });
        const QTextBlock last = block->document.lastBlock();
        const QRectF lastRect = block->document.documentLayout()->blockBoundingRect(last);
        page += pages - 1;
        y = lastRect.bottom() - (pages - 1) * height + gap;
    }
    m_pageCount = page + 1;
    return placements;
}

bool AgendaPrintout::print(QPagedPaintDevice &device)
{
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const qreal footer = footerPoints * 2.5 * device.logicalDpiY() / 72.0;
    const std::vector<Placement> placements
        = paginate(device, area.width(), area.height() - footer);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    int page = 0;
    paintFooter(painter, area, 0);
    for (const Placement &placement : placements) {
        while (page < placement.page) {
            device.newPage();
            paintFooter(painter, area, ++page);
        }
        painter.save();
        painter.translate(0, placement.y - placement.slice.top());
        placement.block->document.drawContents(&painter, placement.slice);
        painter.restore();
    }
    return painter.end();
}

void AgendaPrintout::paintFooter(QPainter &painter, const QRectF &area, int page) const
{
    painter.save();
    painter.setFont(documentFont(footerPoints));
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF line(0, 0, area.width(), area.height());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, m_title);
    painter.drawText(line, Qt::AlignRight | Qt::AlignBottom,
        tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
    painter.restore();
}

} // namespace planner
