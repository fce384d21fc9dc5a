#include "daygridview.h"

#include "changebadge.h"
#include "clock.h"
#include "daygridmodel.h"
#include "elidedlines.h"
#include "timeformatter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStaticText>
#include <QTimerEvent>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

// Pixels a minute takes at each zoom step, for a 16-pixel line of text: from a
// whole day on a laptop screen to five-minute lightning talks with two lines.
constexpr double minutePixels[DayGridView::zoomSteps] = { 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0 };
constexpr int defaultZoom = 4;
constexpr int blockMargin = 2;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// `ink` at `alpha` (of 255) over `base`, as one opaque colour: the raster engine
// fills a rectangle of an opaque colour at once, where a translucent line is
// blended span by span, a tall one on the GUI thread pool's threads (about a
// fifth of a frame's time went to waking them).
QColor over(const QColor &base, const QColor &ink, int alpha)
{
    const auto mix = [alpha](int b, int i) { return (b * (255 - alpha) + i * alpha) / 255; };
    return QColor(
        mix(base.red(), ink.red()), mix(base.green(), ink.green()), mix(base.blue(), ink.blue()));
}

} // namespace

// The room names over the grid and the hours beside it, in the view's margins:
// they scroll with the grid in one direction and stay in the other.
class DayGridView::Margin : public QWidget
{
public:
    enum Kind { Header, Ruler };
    Margin(Kind kind, DayGridView *view)
        : QWidget(view)
        , m_kind(kind)
        , m_view(view)
    {
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        if (m_kind == Header)
            m_view->paintRoomHeader(painter, event->rect());
        else
            m_view->paintTimeRuler(painter, event->rect());
    }
    void contextMenuEvent(QContextMenuEvent *event) override
    {
        if (m_kind != Header)
            return;
        const int x = event->pos().x() + m_view->horizontalOffset();
        m_view->showRoomMenu(event->globalPos(), x / std::max(1, m_view->columnWidth()));
    }

private:
    Kind m_kind;
    DayGridView *m_view;
};

DayGridView::DayGridView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_clock(&Clock::system())
    , m_header(new Margin(Margin::Header, this))
    , m_ruler(new Margin(Margin::Ruler, this))
{
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectItems);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setMouseTracking(true); // tooltips
    m_zoom = defaultZoom;
    m_header->setObjectName(QStringLiteral("dayGridRooms"));
    m_ruler->setObjectName(QStringLiteral("dayGridHours"));
    // The current-time line moves a pixel or two a minute.
    m_nowTimer = startTimer(30 * 1000);
}

DayGridView::~DayGridView() = default;

void DayGridView::setModel(QAbstractItemModel *model)
{
    m_grid = qobject_cast<DayGridModel *>(model);
    Q_ASSERT(m_grid || !model);
    QAbstractItemView::setModel(model);
    layOut();
}

void DayGridView::setClock(const Clock &clock)
{
    m_clock = &clock;
    viewport()->update();
}

void DayGridView::setRoomLayout(const QStringList &order, const QStringList &hidden)
{
    m_order = order;
    m_hidden = hidden;
    layOut();
}

QStringList DayGridView::roomOrder() const
{
    // The rooms of other days keep their places in the order kept.
    QStringList order = shownRooms();
    for (const QString &room : m_order) {
        if (!order.contains(room))
            order.append(room);
    }
    return order;
}

QStringList DayGridView::shownRooms() const
{
    QStringList rooms;
    for (const int room : m_roomOfColumn)
        rooms.append(m_grid->rooms().at(room));
    return rooms;
}

void DayGridView::setZoom(int step)
{
    step = std::clamp(step, 0, zoomSteps - 1);
    if (step == m_zoom)
        return;
    // Keep the time at the top of the view where it is.
    const double topMinute = originMinute() + verticalOffset() / pixelsPerMinute();
    m_zoom = step;
    updateGeometries();
    verticalScrollBar()->setValue(int((topMinute - originMinute()) * pixelsPerMinute()));
    viewport()->update();
    m_ruler->update();
    emit zoomChanged(step);
}

void DayGridView::scrollToTime(const QDateTime &moment)
{
    if (!m_grid)
        return;
    // The time a little below the top, so what just started is in sight too.
    const double minute = m_grid->minuteOf(moment) - 15;
    verticalScrollBar()->setValue(minuteToY(minute));
}

double DayGridView::pixelsPerMinute() const
{
    return minutePixels[m_zoom] * fontMetrics().height() / 16.0;
}

int DayGridView::originMinute() const
{
    // Whole hours, so the ruler starts with a label.
    return m_grid ? int(std::floor(m_grid->firstMinute() / 60.0)) * 60 : 0;
}

int DayGridView::minuteToY(double minute) const
{
    return int(std::lround((minute - originMinute()) * pixelsPerMinute()));
}

int DayGridView::columnWidth() const
{
    // Wide enough for a title's first words; wider when few rooms leave space.
    const int least = fontMetrics().averageCharWidth() * 24;
    const int columns = int(m_roomOfColumn.size());
    if (columns == 0)
        return least;
    return std::max(least, viewport()->width() / columns);
}

int DayGridView::contentWidth() const
{
    return columnWidth() * int(m_roomOfColumn.size());
}

int DayGridView::contentHeight() const
{
    if (!m_grid)
        return 0;
    const int lastHour = int(std::ceil(m_grid->lastMinute() / 60.0)) * 60;
    return minuteToY(lastHour) + 1;
}

void DayGridView::layOut()
{
    m_places.clear();
    m_columnOfRoom.clear();
    m_roomOfColumn.clear();
    m_longestMinutes = 0;
    m_columnRows.clear();
    m_columnLongest.clear();
    retireTexts();
    if (!m_grid) {
        updateGeometries();
        return;
    }
    const QStringList rooms = m_grid->rooms();
    // Rooms in the user's order, then the others in the model's; hidden ones left out.
    m_columnOfRoom.fill(-1, rooms.size());
    for (const QString &room : std::as_const(m_order)) {
        const int index = int(rooms.indexOf(room));
        if (index >= 0 && !m_hidden.contains(room) && m_columnOfRoom.at(index) < 0) {
            m_columnOfRoom[index] = int(m_roomOfColumn.size());
            m_roomOfColumn.append(index);
        }
    }
    for (int index = 0; index < rooms.size(); ++index) {
        if (m_columnOfRoom.at(index) < 0 && !m_hidden.contains(rooms.at(index))) {
            m_columnOfRoom[index] = int(m_roomOfColumn.size());
            m_roomOfColumn.append(index);
        }
    }

    // Sessions of one room that overlap share its column side by side: each
    // takes the first lane free at its start, and a run of overlapping sessions
    // is divided into as many lanes as it needed.
    const int rows = m_grid->rowCount();
    m_places.resize(rows);
    struct Run
    {
        QList<int> laneEnds;
        QList<int> rows;
        int end = 0;
    };
    QList<Run> runs(m_roomOfColumn.size());
    const auto closeRun = [this](Run &run) {
        for (const int row : std::as_const(run.rows))
            m_places[row].lanes = int(run.laneEnds.size());
        run = {};
    };
    for (int row = 0; row < rows; ++row) {
        const DayGridModel::Block &block = m_grid->blockAt(row);
        m_longestMinutes = std::max(m_longestMinutes, block.endMinute - block.startMinute);
        const int column = m_columnOfRoom.value(block.room, -1);
        m_places[row].column = column;
        if (column < 0)
            continue;
        Run &run = runs[column];
        if (!run.rows.isEmpty() && block.startMinute >= run.end)
            closeRun(run);
        int lane = 0;
        while (lane < run.laneEnds.size() && run.laneEnds.at(lane) > block.startMinute)
            ++lane;
        if (lane == run.laneEnds.size())
            run.laneEnds.append(block.endMinute);
        else
            run.laneEnds[lane] = block.endMinute;
        run.rows.append(row);
        run.end = std::max(run.end, block.endMinute);
        m_places[row].lane = lane;
    }
    for (Run &run : runs)
        closeRun(run);
    m_columnRows = QList<QList<int>>(m_roomOfColumn.size());
    m_columnLongest = QList<int>(m_roomOfColumn.size(), 0);
    for (int row = 0; row < rows; ++row) {
        const int column = m_places.at(row).column;
        if (column < 0)
            continue;
        const DayGridModel::Block &block = m_grid->blockAt(row);
        m_columnRows[column].append(row); // by start, as the model has them
        m_columnLongest[column]
            = std::max(m_columnLongest[column], block.endMinute - block.startMinute);
    }
    updateGeometries();
    viewport()->update();
    m_header->update();
    m_ruler->update();
}

QRect DayGridView::blockRect(int row) const
{
    const Place &place = m_places.at(row);
    const DayGridModel::Block &block = m_grid->blockAt(row);
    const int width = columnWidth();
    const int laneWidth = width / std::max(1, place.lanes);
    const int x = place.column * width + place.lane * laneWidth;
    const int top = minuteToY(block.startMinute);
    const int bottom = minuteToY(block.endMinute);
    return QRect(x, top, laneWidth, std::max(bottom - top, fontMetrics().height() / 2))
        .adjusted(blockMargin, 1, -blockMargin, -1);
}

QList<int> DayGridView::rowsIn(const QRect &area) const
{
    QList<int> rows;
    if (!m_grid || m_columnRows.isEmpty())
        return rows;
    // Only the columns in `area`; in each, the blocks by start: those that can
    // reach it start at most the column's longest session before its top, and
    // no later than its bottom.
    const double ppm = pixelsPerMinute();
    const int width = std::max(1, columnWidth());
    const int firstColumn = std::max(0, area.left() / width);
    const int lastColumn = std::min(int(m_columnRows.size()) - 1, area.right() / width);
    const int origin = originMinute();
    const int bottomMinute = origin + int(std::ceil(area.bottom() / ppm)) + 1;
    for (int column = firstColumn; column <= lastColumn; ++column) {
        const QList<int> &inColumn = m_columnRows.at(column);
        const int topMinute
            = origin + int(std::floor(area.top() / ppm)) - m_columnLongest.at(column) - 1;
        auto it = std::lower_bound(inColumn.cbegin(), inColumn.cend(), topMinute,
            [this](int row, int minute) { return m_grid->blockAt(row).startMinute < minute; });
        for (; it != inColumn.cend() && m_grid->blockAt(*it).startMinute <= bottomMinute; ++it) {
            if (blockRect(*it).intersects(area))
                rows.append(*it);
        }
    }
    return rows;
}

QRect DayGridView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_places.size() || m_places.at(index.row()).column < 0)
        return {};
    return blockRect(index.row()).translated(-horizontalOffset(), -verticalOffset());
}

void DayGridView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const QRect rect = visualRect(index);
    if (rect.isNull())
        return;
    const QRect area = viewport()->rect();
    if (hint == EnsureVisible && area.contains(rect))
        return;
    QScrollBar *horizontal = horizontalScrollBar();
    QScrollBar *vertical = verticalScrollBar();
    if (rect.left() < area.left())
        horizontal->setValue(horizontal->value() + rect.left() - area.left());
    else if (rect.right() > area.right())
        horizontal->setValue(
            horizontal->value() + std::min(rect.left() - area.left(), rect.right() - area.right()));
    if (hint == PositionAtCenter)
        vertical->setValue(vertical->value() + rect.center().y() - area.center().y());
    else if (hint == PositionAtTop || rect.top() < area.top())
        vertical->setValue(vertical->value() + rect.top() - area.top());
    else if (rect.bottom() > area.bottom())
        vertical->setValue(
            vertical->value() + std::min(rect.top() - area.top(), rect.bottom() - area.bottom()));
}

QModelIndex DayGridView::indexAt(const QPoint &point) const
{
    const QPoint content = point + QPoint(horizontalOffset(), verticalOffset());
    const QList<int> rows = rowsIn(QRect(content, QSize(1, 1)));
    for (const int row : rows) {
        if (blockRect(row).contains(content))
            return model()->index(row, 0, rootIndex());
    }
    return {};
}

int DayGridView::nearestInColumn(int column, int minute) const
{
    // The session running at `minute` in that column, else the one starting
    // nearest to it.
    int best = -1;
    int bestDistance = 0;
    for (const int row : m_columnRows.at(column)) {
        const DayGridModel::Block &block = m_grid->blockAt(row);
        const int distance = block.startMinute <= minute && minute < block.endMinute
            ? 0
            : std::abs(block.startMinute - minute);
        if (best < 0 || distance < bestDistance) {
            best = row;
            bestDistance = distance;
        }
    }
    return best;
}

QModelIndex DayGridView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    if (!m_grid || m_grid->rowCount() == 0)
        return {};
    const auto indexOf = [this](int row) {
        return row < 0 ? QModelIndex() : model()->index(row, 0, rootIndex());
    };
    // The rows are by start: the first and last shown open and close the day.
    int first = -1, last = -1;
    for (int row = 0; row < m_places.size(); ++row) {
        if (m_places.at(row).column >= 0) {
            last = row;
            if (first < 0)
                first = row;
        }
    }
    if (first < 0)
        return {};
    const QModelIndex current = currentIndex();
    if (!current.isValid() || isIndexHidden(current))
        return indexOf(first);
    const int row = current.row();
    const int column = m_places.at(row).column;
    const DayGridModel::Block &block = m_grid->blockAt(row);
    // The sessions of the current column, by start (sessions starting together
    // are in lane order, as layOut() gave them lanes).
    const QList<int> &inColumn = m_columnRows.at(column);
    const int position = int(inColumn.indexOf(row));
    const int pageMinutes = int(viewport()->height() / pixelsPerMinute());
    switch (cursorAction) {
    case MoveUp:
        return indexOf(inColumn.value(position - 1, row));
    case MoveDown:
        return indexOf(inColumn.value(position + 1, row));
    case MovePageUp: {
        const int target = nearestInColumn(column, block.startMinute - pageMinutes);
        return indexOf(target < 0 ? row : target);
    }
    case MovePageDown: {
        const int target = nearestInColumn(column, block.startMinute + pageMinutes);
        return indexOf(target < 0 ? row : target);
    }
    case MoveLeft:
    case MoveRight: {
        const int step = cursorAction == MoveLeft ? -1 : 1;
        for (int next = column + step; next >= 0 && next < m_roomOfColumn.size(); next += step) {
            const int target = nearestInColumn(next, block.startMinute);
            if (target >= 0)
                return indexOf(target);
        }
        return current;
    }
    case MoveHome:
        return indexOf(first);
    case MoveEnd:
        return indexOf(last);
    case MoveNext:
    case MovePrevious:
        break;
    }
    return current;
}

int DayGridView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int DayGridView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool DayGridView::isIndexHidden(const QModelIndex &index) const
{
    return !index.isValid() || index.row() >= m_places.size()
        || m_places.at(index.row()).column < 0;
}

void DayGridView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    const QRect content
        = rect.normalized().translated(horizontalOffset(), verticalOffset()).adjusted(0, 0, 1, 1);
    QItemSelection selection;
    for (const int row : rowsIn(content)) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        selection.select(index, index);
        break; // one session is chosen at a time
    }
    selectionModel()->select(selection, command);
}

QRegion DayGridView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QModelIndex &index : selection.indexes())
        region += visualRect(index);
    return region;
}

void DayGridView::updateGeometries()
{
    const QFontMetrics metrics = fontMetrics();
    const int rulerWidth = metrics.horizontalAdvance(QStringLiteral("00:00 AM")) + 12;
    const int headerHeight = metrics.height() + 10;
    setViewportMargins(rulerWidth, headerHeight, 0, 0);
    const QRect area = viewport()->geometry();
    m_header->setGeometry(area.left(), area.top() - headerHeight, area.width(), headerHeight);
    m_ruler->setGeometry(area.left() - rulerWidth, area.top(), rulerWidth, area.height());

    horizontalScrollBar()->setRange(0, std::max(0, contentWidth() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(std::max(1, columnWidth() / 4));
    verticalScrollBar()->setRange(0, std::max(0, contentHeight() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(metrics.height() * 2);
    QAbstractItemView::updateGeometries();
}

void DayGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    updateGeometries();
}

void DayGridView::scrollContentsBy(int dx, int dy)
{
    QAbstractItemView::scrollContentsBy(dx, dy);
    if (dx != 0)
        m_header->update();
    if (dy != 0)
        m_ruler->update();
}

void DayGridView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_nowTimer) {
        viewport()->update();
        m_ruler->update();
        return;
    }
    QAbstractItemView::timerEvent(event);
}

void DayGridView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    retireTexts(); // a title's language, a bookmark's star
    viewport()->update();
}

void DayGridView::reset()
{
    QAbstractItemView::reset();
    layOut();
}

void DayGridView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPalette palette = viewport()->palette();
    painter.fillRect(event->rect(), palette.color(QPalette::Base));
    if (!m_grid)
        return;
    if (m_grid->rowCount() == 0) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("No session of this day has a time yet."));
        return;
    }
    const QPoint offset(horizontalOffset(), verticalOffset());
    const QRect area = event->rect().translated(offset);
    painter.translate(-offset);

    // Hours as lines, half hours fainter, rooms apart: drawn before the blocks, on
    // the base colour alone.
    const QColor base = palette.color(QPalette::Base);
    const QColor line = over(base, palette.color(QPalette::Text), 40);
    const QColor halfLine = over(base, palette.color(QPalette::Text), 18);
    const double ppm = pixelsPerMinute();
    const int firstMinute = originMinute() + int(area.top() / ppm) / 30 * 30;
    const int lastMinute = originMinute() + int(area.bottom() / ppm) + 30;
    const int width = contentWidth();
    for (int minute = firstMinute; minute <= lastMinute; minute += 30) {
        const int y = minuteToY(minute);
        painter.fillRect(QRect(QPoint(area.left(), y), QPoint(std::min(area.right(), width), y)),
            minute % 60 == 0 ? line : halfLine);
    }
    const int columnWidthPx = columnWidth();
    for (int column = 1; column <= m_roomOfColumn.size(); ++column) {
        const int x = column * columnWidthPx;
        if (x >= area.left() && x <= area.right())
            painter.fillRect(QRect(QPoint(x, area.top()), QPoint(x, area.bottom())), line);
    }

    const QList<int> rows = rowsIn(area);
    forgetTexts(rows);
    m_grid->prepareSpeakers(rows);
    for (const int row : rows)
        paintBlock(painter, row, blockRect(row));

    // Now, as a line across the rooms.
    const double now = m_grid->minuteOf(m_clock->now());
    if (now >= originMinute() && minuteToY(now) <= contentHeight()) {
        const int y = minuteToY(now);
        painter.setPen(QPen(QColor(220, 40, 40), 2));
        painter.drawLine(area.left(), y, std::min(area.right(), width), y);
    }
}

void DayGridView::retireTexts()
{
    if (!m_texts.empty())
        m_retiredTexts.push_back(std::exchange(m_texts, {}));
}

void DayGridView::forgetTexts(const QList<int> &shown)
{
    // Freeing a laid-out text takes a few microseconds: thousands at once (a day
    // left, a day scrolled through end to end) would take a frame's time, so a
    // few hundred go at each paint, those of days left first.
    constexpr std::size_t keptTexts = 4000;
    int budget = 300;
    while (budget > 0 && !m_retiredTexts.empty()) {
        Texts &retired = m_retiredTexts.front();
        for (auto it = retired.begin(); it != retired.end() && budget > 0; --budget)
            it = retired.erase(it);
        if (retired.empty())
            m_retiredTexts.pop_front();
    }
    if (budget == 0 || m_texts.size() <= keptTexts)
        return;
    const QSet<int> inSight(shown.cbegin(), shown.cend());
    for (auto it = m_texts.begin(); it != m_texts.end() && budget > 0;) {
        if (inSight.contains(it->first)) {
            ++it;
        } else {
            it = m_texts.erase(it);
            --budget;
        }
    }
}

void DayGridView::paintBlock(QPainter &painter, int row, const QRect &rect) const
{
    const QModelIndex index = model()->index(row, 0, rootIndex());
    const DayGridModel::Block &block = m_grid->blockAt(row);
    const QPalette palette = viewport()->palette();
    const bool dark = isDark(palette);
    QColor fill = index.data(DayGridModel::TrackColourRole).value<QColor>();
    if (dark)
        fill = QColor::fromHsl(fill.hslHue(), 70, 62);
    const bool current = index == currentIndex();
    const bool selected = selectionModel() && selectionModel()->isSelected(index);
    QPen border(dark ? fill.lighter(150) : fill.darker(130), 1);
    if (block.bookmarked)
        border = QPen(palette.color(QPalette::Highlight), 2);
    if (block.clash)
        border = QPen(QColor(210, 30, 30), 2, Qt::DashLine);
    if (current || selected) {
        fill = palette.color(QPalette::Highlight).lighter(dark ? 80 : 170);
        border = QPen(palette.color(QPalette::Highlight), 3);
    }
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);

    QRect text = rect.adjusted(5, 2, -4, -2);
    if (text.width() < 8 || text.height() < 4)
        return;
    // Whole lines only: half a line of text reads as a mistake.
    const int lines = text.height() / fontMetrics().height();
    if (lines >= 1)
        text.setHeight(lines * fontMetrics().height());
    // A change since the user last looked: its badge at the top right, the title
    // beside it.
    const QVariant change = index.data(DayGridModel::ChangeKindRole);
    if (change.isValid()) {
        const QString word = index.data(DayGridModel::ChangeBadgeRole).toString();
        const QSize size = ChangeBadge::size(font(), word);
        if (text.width() >= size.width() * 2) {
            const QRect badge(QPoint(text.right() - size.width() + 1, text.top()),
                QSize(size.width(), std::min(size.height(), text.height())));
            ChangeBadge::paint(painter, badge, change.toInt(), word, palette, font());
            text.setRight(badge.left() - 4);
        }
    }
    painter.save();
    painter.setClipRect(text);
    painter.setPen(palette.color(QPalette::Text));
    QFont bold = painter.font();
    bold.setBold(true);
    const BlockText &laid = blockText(row, text.width(), lines, bold);
    painter.setFont(bold);
    if (lines < 2) {
        // A block of one line shows the title's start whole, not the tops of two lines.
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, laid.elided);
        painter.restore();
        return;
    }
    painter.drawStaticText(text.topLeft(), laid.title);
    const int below = text.top() + laid.titleHeight;
    if (!laid.speakers.text().isEmpty() && below + fontMetrics().height() <= text.bottom() + 1) {
        painter.setFont(font());
        painter.drawStaticText(QPoint(text.left(), below), laid.speakers);
    }
    painter.restore();
}

const DayGridView::BlockText &DayGridView::blockText(
    int row, int width, int lines, const QFont &bold) const
{
    // Wrapping a title is most of what painting a block costs: each block's is
    // laid out once for its width, and again only when that changes.
    auto found = m_texts.find(row);
    if (found != m_texts.end() && found->second.width == width && found->second.lines == lines)
        return found->second;
    const QModelIndex index = model()->index(row, 0, rootIndex());
    const DayGridModel::Block &block = m_grid->blockAt(row);
    QString title = index.data(Qt::DisplayRole).toString();
    if (block.clash)
        title.prepend(QStringLiteral("⚠ "));
    else if (block.bookmarked)
        title.prepend(QStringLiteral("★ "));
    BlockText laid;
    laid.width = width;
    laid.lines = lines;
    if (lines < 2) {
        laid.elided = QFontMetrics(bold).elidedText(title, Qt::ElideRight, width);
    } else {
        laid.title.setTextFormat(Qt::PlainText);
        laid.title.setText(title);
        laid.title.setTextWidth(width);
        laid.title.prepare(QTransform(), bold);
        if (laid.title.size().height() > lines * QFontMetrics(bold).height()) {
            // More lines than the block holds: its last one ends with an ellipsis, so
            // that a title cut short does not read as the whole of it.
            laid.title.setText(ElidedLines::fit(title, bold, width, lines));
            laid.title.prepare(QTransform(), bold);
        }
        laid.titleHeight = int(std::ceil(laid.title.size().height()));
        const QString speakers = index.data(DayGridModel::SpeakersRole).toString();
        if (!speakers.isEmpty()) {
            // One line under the title, cut with an ellipsis: a name longer than the
            // block (or a long list) would otherwise be clipped mid-letter.
            laid.speakers.setTextFormat(Qt::PlainText);
            laid.speakers.setText(fontMetrics().elidedText(speakers, Qt::ElideRight, width));
            laid.speakers.prepare(QTransform(), font());
        }
    }
    return m_texts.insert_or_assign(row, std::move(laid)).first->second;
}

void DayGridView::paintRoomHeader(QPainter &painter, const QRect &rect) const
{
    const QPalette palette = this->palette();
    painter.fillRect(rect, palette.color(QPalette::Button));
    if (!m_grid)
        return;
    const int width = columnWidth();
    const int offset = horizontalOffset();
    QColor line = palette.color(QPalette::ButtonText);
    line.setAlpha(60);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    for (int column = 0; column < m_roomOfColumn.size(); ++column) {
        const QRect cell(column * width - offset, 0, width, m_header->height());
        if (!cell.intersects(rect))
            continue;
        QString room = m_grid->rooms().at(m_roomOfColumn.at(column));
        if (room.isEmpty())
            room = tr("No room");
        painter.setPen(palette.color(QPalette::ButtonText));
        const QRect text = cell.adjusted(4, 0, -4, 0);
        painter.drawText(text, Qt::AlignCenter,
            painter.fontMetrics().elidedText(room, Qt::ElideRight, text.width()));
        painter.setPen(line);
        painter.drawLine(cell.right(), cell.top() + 3, cell.right(), cell.bottom() - 3);
    }
    painter.setPen(line);
    painter.drawLine(rect.left(), m_header->height() - 1, rect.right(), m_header->height() - 1);
}

void DayGridView::paintTimeRuler(QPainter &painter, const QRect &rect) const
{
    const QPalette palette = this->palette();
    painter.fillRect(rect, palette.color(QPalette::Button));
    if (!m_grid || m_grid->rowCount() == 0)
        return;
    const int offset = verticalOffset();
    const double ppm = pixelsPerMinute();
    const int firstHour = originMinute() / 60 + int((rect.top() + offset) / ppm / 60);
    const int lastHour = originMinute() / 60 + int((rect.bottom() + offset) / ppm / 60) + 1;
    const int height = painter.fontMetrics().height();
    painter.setPen(palette.color(QPalette::ButtonText));
    // As the rest of the window writes times (the locale's own short format has
    // day periods Qt does not write in every language).
    const TimeFormatter clock(locale(), m_grid->timeZone());
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        const int y = minuteToY(hour * 60) - offset;
        const QString label = clock.clock(m_grid->timeAtMinute(hour * 60));
        painter.drawText(QRect(0, y + 1, m_ruler->width() - 6, height),
            Qt::AlignRight | Qt::AlignTop, label);
    }
    const double now = m_grid->minuteOf(m_clock->now());
    if (now >= originMinute() && minuteToY(now) <= contentHeight()) {
        const int y = minuteToY(now) - offset;
        painter.setPen(QPen(QColor(220, 40, 40), 2));
        painter.drawLine(m_ruler->width() - 8, y, m_ruler->width(), y);
    }
}

void DayGridView::showRoomMenu(const QPoint &globalPosition, int column)
{
    if (!m_grid)
        return;
    QMenu menu(this);
    const QStringList rooms = m_grid->rooms();
    const QString clicked = column >= 0 && column < m_roomOfColumn.size()
        ? rooms.at(m_roomOfColumn.at(column))
        : QString();
    const QStringList shown = shownRooms();
    const auto moveBy = [this, clicked](int step) {
        QStringList order = roomOrder();
        const int from = int(order.indexOf(clicked));
        const int to = from + step;
        if (from < 0 || to < 0 || to >= order.size())
            return;
        order.move(from, to);
        m_order = order;
        layOut();
        emit roomLayoutChanged();
    };
    if (column >= 0 && column < m_roomOfColumn.size()) {
        const QString name = clicked.isEmpty() ? tr("No room") : clicked;
        QAction *hide = menu.addAction(tr("Hide “%1”").arg(name));
        connect(hide, &QAction::triggered, this, [this, clicked] {
            m_order = roomOrder();
            m_hidden.append(clicked);
            layOut();
            emit roomLayoutChanged();
        });
        hide->setEnabled(shown.size() > 1);
        QAction *left = menu.addAction(tr("Move Left"));
        left->setEnabled(column > 0);
        connect(left, &QAction::triggered, this, [moveBy] { moveBy(-1); });
        QAction *right = menu.addAction(tr("Move Right"));
        right->setEnabled(column + 1 < m_roomOfColumn.size());
        connect(right, &QAction::triggered, this, [moveBy] { moveBy(1); });
        menu.addSeparator();
    }
    QMenu *roomsMenu = menu.addMenu(tr("Rooms Shown"));
    for (const QString &room : rooms) {
        QAction *toggle = roomsMenu->addAction(room.isEmpty() ? tr("No room") : room);
        toggle->setCheckable(true);
        toggle->setChecked(!m_hidden.contains(room));
        connect(toggle, &QAction::toggled, this, [this, room](bool show) {
            m_order = roomOrder();
            if (show)
                m_hidden.removeAll(room);
            else if (shownRooms().size() > 1)
                m_hidden.append(room);
            layOut();
            emit roomLayoutChanged();
        });
    }
    QAction *all = menu.addAction(tr("Show All Rooms"));
    all->setEnabled(!m_hidden.isEmpty());
    connect(all, &QAction::triggered, this, [this] {
        m_order = roomOrder();
        m_hidden.clear();
        layOut();
        emit roomLayoutChanged();
    });
    menu.exec(globalPosition);
}

} // namespace planner
