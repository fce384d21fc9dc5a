#include "keypointview.h"

#include "keypointmodel.h"

#include <QKeyEvent>

namespace planner {

KeyPointView::KeyPointView(QWidget *parent)
    : QTableView(parent)
{
}

void KeyPointView::editText(int row)
{
    const QModelIndex text = model()->index(row, KeyPointModel::TextColumn);
    if (!text.data(KeyPointModel::IsUserPointRole).toBool())
        return;
    setCurrentIndex(text);
    edit(text);
}

void KeyPointView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && state() != EditingState
        && current.data(KeyPointModel::IsUserPointRole).toBool()) {
        const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::ShiftModifier && event->key() == Qt::Key_F2) {
            editText(current.row());
            return;
        }
        if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier)
            && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
            emit moveRequested(current.row(), event->key() == Qt::Key_Up ? -1 : 1);
            return;
        }
    }
    if (!current.isValid() || state() == EditingState || event->modifiers() != Qt::NoModifier) {
        QTableView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space: {
        const QModelIndex star = current.siblingAtColumn(KeyPointModel::StarColumn);
        const bool starred = star.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        model()->setData(star, starred ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return;
    }
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QModelIndex comment = current.siblingAtColumn(KeyPointModel::CommentColumn);
        setCurrentIndex(comment);
        edit(comment);
        return;
    }
    case Qt::Key_Delete:
        if (current.data(KeyPointModel::IsUserPointRole).toBool())
            emit removeRequested(current.row());
        return;
    default:
        QTableView::keyPressEvent(event);
    }
}

} // namespace planner
