#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QModelIndex;
class QPainter;
class QPalette;
class QRect;
class QSize;
class QStyleOptionViewItem;

namespace planner {

// The badge of a session changed since the user last looked: its word (New,
// Moved, Changed, Cancelled) on a rounded label of the change's colour, painted
// the same in the programme tree, the day grid and My Schedule. Its colours are
// chosen for the palette: dark words on light labels in a dark window, white
// words on deep ones in a light window, each readable (contrast 4.5:1 at least).
class ChangeBadge
{
public:
    struct Colours
    {
        QColor fill;
        QColor text;
    };
    // `kind` is a SessionChange::Kind as the models' ChangeKindRole gives it.
    static Colours colours(int kind, const QPalette &palette);
    // The badge's font: the view's, a little smaller and bold.
    static QFont font(const QFont &viewFont);
    static QSize size(const QFont &viewFont, const QString &word);
    static void paint(QPainter &painter, const QRect &rect, int kind, const QString &word,
        const QPalette &palette, const QFont &viewFont);
    // The contrast ratio of two colours, as WCAG 2 defines it (1 to 21).
    static double contrast(const QColor &a, const QColor &b);

    // For delegates: paints the badge of `index` (ChangeKindRole, ChangeBadgeRole at
    // `kindRole` and `kindRole + 1`) at the left of the cell, over its background,
    // and returns the cell left for the text; the cell as it was when there is none.
    static QRect paintInCell(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index, int kindRole);
    // The width a cell's badge takes, with its gap; 0 when there is none.
    static int widthInCell(
        const QStyleOptionViewItem &option, const QModelIndex &index, int kindRole);
};

} // namespace planner
