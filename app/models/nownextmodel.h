#pragma once

#include "timetable.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace planner {

class TrackTreeModel;

// What is on now and what starts within the hour, bookmarked sessions first in
// each, under a heading row each: the Now & Next list. The sessions are the
// programme tree's; the time is told (setNow), so a clock decides it.
class NowNextModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, WhenColumn, RoomColumn, ColumnCount };
    enum Role { SessionKeyRole = Qt::UserRole + 1, IsHeadingRole };

    explicit NowNextModel(const TrackTreeModel &sessions, QObject *parent = nullptr);

    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    int runningCount() const { return int(m_running.size()); }
    int startingCount() const { return int(m_starting.size()); }
    // The session the user most likely means by "now" (TimeTable::nowOrNext);
    // empty when nothing runs or follows.
    QString nowOrNext(const QDateTime &now) const;
    QString sessionKeyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Place
    {
        int trackRow = 0;
        int sessionRow = 0;
    };
    void rebuildTable();
    void refresh();
    // Positions in m_places: bookmarked first, then as the table gave them.
    QList<int> bookmarkedFirst(const QList<int> &positions) const;
    // -1 for the "now" heading, -2 for the "next" one; else a position.
    int positionAt(int row, bool *running) const;

    const TrackTreeModel &m_sessions;
    QList<Place> m_places;
    TimeTable m_table { {} };
    QDateTime m_now;
    QList<int> m_running;
    QList<int> m_starting;
};

} // namespace planner
