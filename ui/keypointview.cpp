#include "keypointview.h"

#include "keypointmodel.h"

#include <QKeyEvent>

namespace planner {

KeyPointView::KeyPointView(QWidget *parent)
    : QTableView(parent)
{
}

void KeyPointView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
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
