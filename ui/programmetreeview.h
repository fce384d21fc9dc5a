#pragma once

#include <QTreeView>

namespace planner {

class TrackTreeModel;

// The programme tree as the window shows it: a track's heading across the whole
// row, the title taking the width the other columns leave, a column no session
// fills hidden, and the columns' widths and order kept from one start to the next.
class ProgrammeTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit ProgrammeTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // After `programme` shows a conference, or speaks another language.
    void fitColumns(const TrackTreeModel &programme);
    // The columns as the user left them: widths, order and the sort.
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);
};

} // namespace planner
