#include "changebadge.h"

#include "sessionchangestore.h"

#include <QApplication>
#include <QFontMetrics>
#include <QModelIndex>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QWidget>

#include <cmath>

namespace planner {

namespace {

constexpr int gap = 4; // between the badge and the text beside it

double luminance(const QColor &colour)
{
    const auto linear
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

ChangeBadge::Colours ChangeBadge::colours(int kind, const QPalette &palette)
{
    // Green for new, amber for moved, blue for changed, red for cancelled: the
    // hues people read these words in; deep for a light window, pale for a dark one.
    const bool dark = isDark(palette);
    QColor fill;
    switch (SessionChange::Kind(kind)) {
    case SessionChange::Kind::New:
        fill = dark ? QColor(0x8b, 0xd9, 0x9c) : QColor(0x1b, 0x6e, 0x30);
        break;
    case SessionChange::Kind::Moved:
        fill = dark ? QColor(0xff, 0xbe, 0x73) : QColor(0x9a, 0x4a, 0x00);
        break;
    case SessionChange::Kind::Changed:
        fill = dark ? QColor(0x9c, 0xc0, 0xfa) : QColor(0x1f, 0x56, 0xad);
        break;
    case SessionChange::Kind::Cancelled:
        fill = dark ? QColor(0xf4, 0x9d, 0x95) : QColor(0xa8, 0x22, 0x1a);
        break;
    }
    return { fill, dark ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white) };
}

double ChangeBadge::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QFont ChangeBadge::font(const QFont &viewFont)
{
    QFont small = viewFont;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    else if (small.pixelSize() > 0)
        small.setPixelSize(std::max(9, small.pixelSize() * 85 / 100));
    small.setBold(true);
    return small;
}

QSize ChangeBadge::size(const QFont &viewFont, const QString &word)
{
    const QFontMetrics metrics(font(viewFont));
    return { metrics.horizontalAdvance(word) + metrics.height() * 2 / 3, metrics.height() + 2 };
}

void ChangeBadge::paint(QPainter &painter, const QRect &rect, int kind, const QString &word,
    const QPalette &palette, const QFont &viewFont)
{
    const Colours colour = colours(kind, palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour.fill);
    const qreal radius = rect.height() / 2.0;
    painter.drawRoundedRect(QRectF(rect), radius, radius);
    painter.setFont(font(viewFont));
    painter.setPen(colour.text);
    painter.drawText(rect, Qt::AlignCenter, word);
    painter.restore();
}

int ChangeBadge::widthInCell(
    const QStyleOptionViewItem &option, const QModelIndex &index, int kindRole)
{
    if (!index.data(kindRole).isValid())
        return 0;
    return size(option.font, index.data(kindRole + 1).toString()).width() + gap;
}

QRect ChangeBadge::paintInCell(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, int kindRole)
{
    const QVariant kind = index.data(kindRole);
    if (!kind.isValid())
        return option.rect;
    const QString word = index.data(kindRole + 1).toString();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The cell's background (and selection) under the badge, as under its text.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QSize badge = size(option.font, word);
    if (option.rect.width() < badge.width() * 2)
        return option.rect; // too narrow: the tooltip and the screen reader say it
    const int top = option.displayAlignment & Qt::AlignTop
        ? option.rect.top() + 2
        : option.rect.top() + (option.rect.height() - badge.height()) / 2;
    const QRect place(QPoint(option.rect.left() + margin, top),
        QSize(badge.width(), std::min(badge.height(), option.rect.height())));
    paint(*painter, place, kind.toInt(), word, option.palette, option.font);
    QRect rest = option.rect;
    rest.setLeft(place.right() + gap);
    return rest;
}

} // namespace planner
