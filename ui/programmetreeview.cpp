#include "programmetreeview.h"

#include "cachedtextdelegate.h"
#include "changebadge.h"
#include "tracktreemodel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStaticText>

namespace planner {

namespace {

// A room's name beyond this is read in the tooltip: the title needs the room.
constexpr int widestRoom = 110;

// Draws a track's heading from its first cell across the empty cells after it,
// each cell its own part (in its own selection colours). QTreeView's spanned
// rows do the same, but are kept by persistent index, so that every track a
// search hid and showed again had to be spanned anew, a search through all rows
// of the view each: at 100,000 sessions, most of a keystroke.
class ProgrammeRowDelegate : public CachedTextDelegate
{
public:
    using CachedTextDelegate::CachedTextDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const auto *view = qobject_cast<const QTreeView *>(option.widget);
        if (index.parent().isValid() && index.column() == TrackTreeModel::TitleColumn
            && index.data(TrackTreeModel::ChangeKindRole).isValid()) {
            // A session changed since the user last looked: its badge, then its title.
            QStyleOptionViewItem cell = option;
            initStyleOption(&cell, index);
            QStyleOptionViewItem rest = option;
            rest.rect
                = ChangeBadge::paintInCell(painter, cell, index, TrackTreeModel::ChangeKindRole);
            CachedTextDelegate::paint(painter, rest, index);
            return;
        }
        if (!view || index.parent().isValid()) {
            CachedTextDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index.siblingAtColumn(0));
        QStyle *style = view->style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, view);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        // Where the first cell's text starts, from the header: visualRect() looks
        // the row up among all rows of the view, at every cell painted.
        const int first = view->header()->sectionViewportPosition(0)
            + (view->rootIsDecorated() ? view->indentation() : 0);
        const int left = (index.column() == 0 ? option.rect.left() : first) + margin;
        const QRect text(left, option.rect.top(), view->viewport()->width() - left - margin,
            option.rect.height());
        if (text.width() <= 0)
            return;
        // Laid out once for all the cells of the row, and for the next repaint.
        const QStaticText &laid = laidOut(cell, text.width());
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setClipRect(option.rect, Qt::IntersectClip);
        painter->setFont(cell.font);
        painter->setPen(cell.palette.color(
            option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive,
            selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawStaticText(
            QPoint(text.left(), text.top() + (text.height() - int(laid.size().height())) / 2), laid);
        painter->restore();
    }
};

} // namespace

ProgrammeTreeView::ProgrammeTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("programmeTree"));
    setItemDelegate(new ProgrammeRowDelegate(this));
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    // Time order within each track until the user sorts by another column.
    sortByColumn(TrackTreeModel::TimeColumn, Qt::AscendingOrder);
    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setSectionsMovable(true);
    columns->setFirstSectionMovable(false);
    // The star, code and time columns are sized to their contents by fitColumns()
    // when a conference or language is shown, not live: live, every bookmark
    // toggle and search keystroke re-measured the rows (three quarters of a toggle
    // at 100,000 sessions). 100 rows are measured, not Qt's 1,000: codes and
    // times are of even width.
    columns->setResizeContentsPrecision(100);
}

void ProgrammeTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    header()->setSectionResizeMode(TrackTreeModel::TitleColumn, QHeaderView::Stretch);
}

void ProgrammeTreeView::fitColumns(const TrackTreeModel &programme)
{
    setColumnHidden(TrackTreeModel::CodeColumn, !programme.hasCodes());
    setColumnHidden(TrackTreeModel::RoomColumn, !programme.hasRooms());
    for (const int column :
        { TrackTreeModel::BookmarkColumn, TrackTreeModel::CodeColumn, TrackTreeModel::TimeColumn })
        resizeColumnToContents(column);
    if (header()->sectionResizeMode(TrackTreeModel::RoomColumn) == QHeaderView::Interactive
        && header()->sectionSize(TrackTreeModel::RoomColumn) == header()->defaultSectionSize()) {
        resizeColumnToContents(TrackTreeModel::RoomColumn);
        setColumnWidth(
            TrackTreeModel::RoomColumn, qMin(columnWidth(TrackTreeModel::RoomColumn), widestRoom));
    }
}

QByteArray ProgrammeTreeView::saveColumns() const
{
    return header()->saveState();
}

void ProgrammeTreeView::restoreColumns(const QByteArray &state)
{
    QHeaderView *columns = header();
    if (state.isEmpty() || !columns->restoreState(state))
        return;
    // What the user cannot change is set again, whatever the state held.
    columns->setSectionResizeMode(TrackTreeModel::TitleColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    sortByColumn(columns->sortIndicatorSection(), columns->sortIndicatorOrder());
}

} // namespace planner
