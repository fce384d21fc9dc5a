#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace planner {

// Draws an item view's cells as QStyledItemDelegate does, but keeps each text
// laid out and elided for its width, so that a cell painted again is not
// shaped again. Search as you type repaints the same first rows of the
// programme at every keystroke; shaping their titles, codes and times (Chinese
// through HarfBuzz) was most of each repaint.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

protected:
    // `option.text` in `option.font`, elided to `width`, laid out once.
    const QStaticText &laidOut(const QStyleOptionViewItem &option, int width) const;

private:

    // Texts of a few screens of rows, by font, width and text.
    mutable QCache<QString, QStaticText> m_texts { 4000 };
    mutable QFont m_font; // the last one asked for, and its key
    mutable QString m_fontKey;
};

} // namespace planner
