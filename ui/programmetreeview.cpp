#include "programmetreeview.h"

#include "cachedtextdelegate.h"
#include "tracktreemodel.h"

#include <QHeaderView>

namespace planner {

namespace {

// A room's name beyond this is read in the tooltip: the title needs the room.
constexpr int widestRoom = 110;

} // namespace

ProgrammeTreeView::ProgrammeTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("programmeTree"));
    setItemDelegate(new CachedTextDelegate(this));
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
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTreeView::setModel(model);
    header()->setSectionResizeMode(TrackTreeModel::TitleColumn, QHeaderView::Stretch);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &ProgrammeTreeView::spanTrackRows);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ProgrammeTreeView::spanTrackRows);
    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &parent) {
            if (!parent.isValid())
                spanTrackRows();
        });
    spanTrackRows();
}

void ProgrammeTreeView::spanTrackRows()
{
    const int tracks = model()->rowCount();
    for (int row = 0; row < tracks; ++row) {
        if (!isFirstColumnSpanned(row, {}))
            setFirstColumnSpanned(row, {}, true);
    }
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
