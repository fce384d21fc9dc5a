#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>

namespace planner {

void CachedTextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    // Multi-line or wrapped text, other elide modes and cells with an icon or a check box
    // are left to the style's own layout, and so are cells whose selection or
    // focus the style draws around the text alone. (A tree selecting whole rows
    // marks whole cells, and draws the row's focus itself.)
    const QString &text = cell.text;
    const bool aroundText = (cell.state & QStyle::State_HasFocus)
        || ((cell.state & QStyle::State_Selected) && !cell.showDecorationSelected);
    const bool textAlone = !(cell.features
        & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator));
    if (aroundText || !textAlone || text.contains(QChar::LineSeparator) || text.contains(u'\n')
        || cell.textElideMode != Qt::ElideRight
        || (cell.features & QStyleOptionViewItem::WrapText)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // What CE_ItemViewItem draws of such a cell, but for the text: its background
    // and selection. The text fills the cell but for the style's margins; asking
    // the style where it goes would measure the text by laying it out.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    if (text.isEmpty() || textRect.width() <= 0)
        return;
    const QStaticText &laid = laidOut(cell, textRect.width());

    QPalette::ColorGroup group
        = cell.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role
        = cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect place = QStyle::alignedRect(
        cell.direction, cell.displayAlignment, laid.size().toSize(), textRect);
    painter->save();
    painter->setClipRect(cell.rect, Qt::IntersectClip);
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, role));
    painter->drawStaticText(place.topLeft(), laid);
    painter->restore();
}

const QStaticText &CachedTextDelegate::laidOut(const QStyleOptionViewItem &option, int width) const
{
    // By font too: a view may show some rows in bold or italics (the schedule's
    // days and gaps), and clearing the texts at each change of font kept none.
    // The font's key is written again only when the font changes.
    if (option.font != m_font || m_fontKey.isEmpty()) {
        m_font = option.font;
        m_fontKey = m_font.key();
    }
    const QString key = m_fontKey + u'\x1f' + QString::number(width) + u'\x1f' + option.text;
    if (const QStaticText *cached = m_texts.object(key))
        return *cached;
    auto laid = std::make_unique<QStaticText>(
        option.fontMetrics.elidedText(option.text, Qt::ElideRight, width));
    laid->setTextFormat(Qt::PlainText);
    laid->setPerformanceHint(QStaticText::AggressiveCaching);
    laid->prepare(QTransform(), option.font);
    const QStaticText *kept = laid.get();
    m_texts.insert(key, laid.release());
    return *kept;
}

} // namespace planner
