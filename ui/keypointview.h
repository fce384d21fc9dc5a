#pragma once

#include <QTableView>

namespace planner {

// A session's key points, each wrapped in full, worked from the keyboard on the
// whole row: Space stars or unstars it, F2 or Enter edits its comment, Delete
// removes a point of the user's own (removeRequested()), whichever cell has the focus.
class KeyPointView : public QTableView
{
    Q_OBJECT

public:
    explicit KeyPointView(QWidget *parent = nullptr);

signals:
    void removeRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace planner
