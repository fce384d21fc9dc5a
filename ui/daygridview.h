#pragma once

#include <QAbstractItemView>
#include <QHash>
#include <QStaticText>
#include <QDateTime>
#include <QStringList>

#include <deque>
#include <unordered_map>

namespace planner {

class Clock;
class DayGridModel;

// A day of the programme as time × rooms: a column per room, time downwards, a
// block per session with its title, speakers and track colour. Bookmarked
// sessions are framed, bookmarks that clash are marked in place, and the current
// time is a line. Paints only the blocks in sight, so a day of thousands of
// sessions scrolls as fast as one of fifty.
//
// Keyboard: Up and Down go to the previous and next session in the room, Left
// and Right to the one running at the same time in the next room, Home and End
// to the day's first and last; Enter activates.
class DayGridView : public QAbstractItemView
{
    Q_OBJECT

public:
    explicit DayGridView(QWidget *parent = nullptr);
    ~DayGridView() override;

    void setModel(QAbstractItemModel *model) override;
    void setClock(const Clock &clock);

    // The rooms in the user's order and those hidden, by name. Rooms not named
    // come after, in the model's order.
    void setRoomLayout(const QStringList &order, const QStringList &hidden);
    QStringList roomOrder() const;
    QStringList hiddenRooms() const { return m_hidden; }
    // The rooms shown, left to right.
    QStringList shownRooms() const;

    // Zoom steps: how many pixels a minute takes.
    static constexpr int zoomSteps = 7;
    int zoom() const { return m_zoom; }
    void setZoom(int step);
    void zoomIn() { setZoom(m_zoom + 1); }
    void zoomOut() { setZoom(m_zoom - 1); }

    // Scrolls to `moment` (the current time line, or the first session of the day).
    void scrollToTime(const QDateTime &moment);

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    // Whether the session of `index` has a place on the grid (its room shown).
    bool isShown(const QModelIndex &index) const { return !isIndexHidden(index); }

    // For the header and the ruler beside the viewport.
    void paintRoomHeader(QPainter &painter, const QRect &rect) const;
    void paintTimeRuler(QPainter &painter, const QRect &rect) const;
    void showRoomMenu(const QPoint &globalPosition, int column);

signals:
    void roomLayoutChanged();
    void zoomChanged(int step);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void timerEvent(QTimerEvent *event) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = {}) override;
    void reset() override;

private:
    class Margin;
    // Where each row of the model is placed: its column among the rooms shown
    // (-1 when its room is hidden) and its lane among the sessions of that room
    // that overlap it.
    struct Place
    {
        int column = -1;
        int lane = 0;
        int lanes = 1;
    };

    void layOut();
    // A block's rectangle on the whole grid, before scrolling.
    QRect blockRect(int row) const;
    int minuteToY(double minute) const;
    int originMinute() const;
    int contentWidth() const;
    int contentHeight() const;
    int columnWidth() const;
    double pixelsPerMinute() const;
    // The rows whose blocks may meet the content rectangle `area`.
    QList<int> rowsIn(const QRect &area) const;
    void paintBlock(QPainter &painter, int row, const QRect &rect) const;
    // A block's texts laid out for `width`: its title wrapped (or, in a block of
    // one line, elided) and its speakers.
    struct BlockText
    {
        int width = -1;
        int lines = 0;
        QString elided;
        QStaticText title;
        QStaticText speakers;
        int titleHeight = 0;
    };
    const BlockText &blockText(int row, int width, int lines, const QFont &bold) const;
    // The texts laid out so far are no longer right (another day, a bookmark):
    // they are freed a few at a time, by forgetTexts().
    void retireTexts();
    // Frees some retired texts and, past a few thousand, some of those not in sight
    // (`shown`, the rows being painted).
    void forgetTexts(const QList<int> &shown);
    int nearestInColumn(int column, int minute) const;

    DayGridModel *m_grid = nullptr;
    const Clock *m_clock;
    QList<Place> m_places;
    QList<QList<int>> m_columnRows; // each column's rows, by start
    QList<int> m_columnLongest; // each column's longest session, in minutes
    // By row. Node-based: QHash's erase() moves the entries that follow, and freeing
    // a few hundred texts at a time took a frame's time with it.
    using Texts = std::unordered_map<int, BlockText>;
    mutable Texts m_texts;
    std::deque<Texts> m_retiredTexts;
    QList<int> m_columnOfRoom; // by the model's room index
    QList<int> m_roomOfColumn;
    QStringList m_order;
    QStringList m_hidden;
    int m_longestMinutes = 0;
    int m_zoom = 3;
    int m_nowTimer = 0;
    Margin *m_header;
    Margin *m_ruler;
};

} // namespace planner
