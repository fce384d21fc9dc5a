#include "keypointactions.h"

#include "addkeypointcommand.h"
#include "editkeypointcommand.h"
#include "keypointmodel.h"
#include "keypointview.h"
#include "movekeypointcommand.h"
#include "removekeypointcommand.h"

#include <QMenu>
#include <QUndoStack>

#include <memory>

namespace planner {

KeyPointActions::KeyPointActions(
    UserDataService &userData, KeyPointModel &model, KeyPointView &view, QObject *parent)
    : QObject(parent)
    , m_userData(userData)
    , m_model(model)
    , m_view(view)
{
    connect(&m_view, &KeyPointView::removeRequested, this, &KeyPointActions::remove);
    connect(&m_view, &KeyPointView::moveRequested, this, &KeyPointActions::move);
    connect(&m_model, &KeyPointModel::userPointTextEdited, this, &KeyPointActions::onTextEdited);
    connect(&m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        &KeyPointActions::rememberCurrent);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &KeyPointActions::restoreCurrent);
    m_view.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_view, &QWidget::customContextMenuRequested, this,
        &KeyPointActions::showContextMenu);
}

void KeyPointActions::setSession(const QString &conference, const QString &session)
{
    m_conference = conference;
    m_session = session;
}

void KeyPointActions::record(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command); // pushing does it
        return;
    }
    const std::unique_ptr<QUndoCommand> once(command);
    once->redo();
}

QString KeyPointActions::textAt(int row) const
{
    return m_model.index(row, KeyPointModel::TextColumn).data(Qt::EditRole).toString();
}

bool KeyPointActions::isOwn(int row) const
{
    return m_model.index(row, KeyPointModel::TextColumn)
        .data(KeyPointModel::IsUserPointRole)
        .toBool();
}

bool KeyPointActions::add(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_session.isEmpty() || trimmed.isEmpty())
        return false;
    record(new AddKeyPointCommand(m_userData, m_conference, m_session, trimmed));
    const QStringList keys = m_model.userPointKeys(); // added last
    if (keys.isEmpty())
        return false;
    m_view.setCurrentIndex(m_model.index(m_model.rowOfKey(keys.last()), KeyPointModel::TextColumn));
    return true;
}

void KeyPointActions::remove(int row)
{
    if (!isOwn(row))
        return;
    const QModelIndex point = m_model.index(row, KeyPointModel::TextColumn);
    const Annotation annotation { point.data(KeyPointModel::PointKeyRole).toString(),
        point.siblingAtColumn(KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt()
            == Qt::Checked,
        point.siblingAtColumn(KeyPointModel::CommentColumn).data(Qt::EditRole).toString() };
    record(new RemoveKeyPointCommand(m_userData, m_conference, m_session, textAt(row),
        annotation, m_model.userPointKeys()));
}

void KeyPointActions::move(int row, int by)
{
    if (!isOwn(row) || (by != -1 && by != 1))
        return;
    const QStringList before = m_model.userPointKeys();
    const QString key = m_model.index(row, 0).data(KeyPointModel::PointKeyRole).toString();
    const qsizetype from = before.indexOf(key);
    const qsizetype to = from + by;
    if (from < 0 || to < 0 || to >= before.size())
        return;
    QStringList after = before;
    after.move(from, to);
    const int column = qMax(0, m_view.currentIndex().column());
    record(new MoveKeyPointCommand(
        m_userData, m_conference, m_session, textAt(row), before, after));
    m_view.setCurrentIndex(m_model.index(m_model.rowOfKey(key), column));
}

void KeyPointActions::onTextEdited(
    const QString &key, const QString &before, const QString &after)
{
    record(new EditKeyPointCommand(m_userData, m_conference, m_session, key, before, after));
}

void KeyPointActions::rememberCurrent()
{
    const QModelIndex current = m_view.currentIndex();
    m_currentKey = current.data(KeyPointModel::PointKeyRole).toString();
    m_currentColumn = qMax(0, current.column());
}

void KeyPointActions::restoreCurrent()
{
    if (const int row = m_model.rowOfKey(m_currentKey); row >= 0)
        m_view.setCurrentIndex(m_model.index(row, m_currentColumn));
}

void KeyPointActions::showContextMenu(const QPoint &position)
{
    const QModelIndex at = m_view.indexAt(position);
    if (!at.isValid())
        return;
    m_view.setCurrentIndex(at);
    const int row = at.row();
    QMenu menu(&m_view);
    const QModelIndex star = m_model.index(row, KeyPointModel::StarColumn);
    const bool starred = star.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    menu.addAction(starred ? tr("Unstar") + QStringLiteral("\tSpace")
                           : tr("Star") + QStringLiteral("\tSpace"),
        this, [this, star, starred] {
            m_model.setData(star, starred ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        });
    menu.addAction(tr("Edit Comment") + QStringLiteral("\tF2"), this, [this, row] {
        const QModelIndex comment = m_model.index(row, KeyPointModel::CommentColumn);
        m_view.setCurrentIndex(comment);
        m_view.edit(comment);
    });
    if (isOwn(row)) {
        const QStringList own = m_model.userPointKeys();
        const QString key = at.data(KeyPointModel::PointKeyRole).toString();
        menu.addSeparator();
        menu.addAction(tr("Edit Key Point") + QStringLiteral("\tShift+F2"), this,
            [this, row] { m_view.editText(row); });
        menu.addAction(tr("Move Up") + QStringLiteral("\tCtrl+Shift+Up"), this, [this, row] {
                move(row, -1);
            })->setEnabled(own.indexOf(key) > 0);
        menu.addAction(tr("Move Down") + QStringLiteral("\tCtrl+Shift+Down"), this, [this, row] {
                move(row, 1);
            })->setEnabled(own.indexOf(key) < own.size() - 1);
        menu.addAction(tr("Remove") + QStringLiteral("\tDel"), this, [this, row] { remove(row); });
    }
    menu.exec(m_view.viewport()->mapToGlobal(position));
}

} // namespace planner
