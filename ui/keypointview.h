#pragma once

#include <QTableView>

namespace planner {

// A session's key points, each wrapped in full, worked from the keyboard on the
// whole row, whichever cell has the focus: Space stars or unstars it, F2 or
// Enter edits its comment. On a point of the user's own, Shift+F2 edits its
// words, Ctrl+Shift+Up and Ctrl+Shift+Down move it (moveRequested()) and Delete removes it
// (removeRequested()).
class KeyPointView : public QTableView
{
    Q_OBJECT

public:
    explicit KeyPointView(QWidget *parent = nullptr);

    // Edits the words of the point of the user's own at `row` in place.
    void editText(int row);

signals:
    void removeRequested(int row);
    // `by` is -1 (up) or 1 (down).
    void moveRequested(int row, int by);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace planner
