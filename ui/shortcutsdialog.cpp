#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

// "&Find…" reads "Find…": the mnemonic marks are for menus, not for a list.
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

QString keysText(const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &shortcut : shortcuts)
        keys.append(shortcut.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collectActions(const QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectActions(action->menu(), actions);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            actions.append(action);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 600);
    rebuild();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    // The window renames its actions on the same event: read them once it has.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &ShortcutsDialog::rebuild, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    rebuild();
    QDialog::showEvent(event);
}

void ShortcutsDialog::rebuild()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({ tr("Action"), tr("Keys") });
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->clear();
    addMenuGroups();
    addFixedKeys();
    m_list->expandAll();
}

void ShortcutsDialog::addMenuGroups()
{
    QSet<QAction *> listed;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        QList<QAction *> actions;
        collectActions(menuAction->menu(), actions);
        if (actions.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_list, { plainText(menuAction->text()) });
        group->setFirstColumnSpanned(true);
        for (QAction *action : std::as_const(actions)) {
            if (listed.contains(action))
                continue;
            listed.insert(action);
            new QTreeWidgetItem(
                group, { plainText(action->text()), keysText(action->shortcuts()) });
        }
    }
}

void ShortcutsDialog::addFixedKeys()
{
    // Keys the widgets themselves handle: no action carries them.
    auto *group
        = new QTreeWidgetItem(m_list, { tr("In lists and fields", "keyboard shortcuts group") });
    group->setFirstColumnSpanned(true);
    const QList<QPair<QString, QString>> keys = {
        { tr("Open a menu"), tr("Alt+underlined letter") },
        { tr("Move between panes and controls"), tr("Tab, Shift+Tab") },
        { tr("Search: go to the first match"), tr("Down, Enter") },
        { tr("Search: clear"), tr("Esc") },
        { tr("Programme: open or close a track"), tr("Right, Left") },
        { tr("Schedule: show the session"), tr("Enter") },
        { tr("Key points: star or unstar"), tr("Space") },
        { tr("Key points: edit a comment"), tr("F2") },
        { tr("Topics in the details: choose, search"), tr("Tab, Enter") },
    };
    for (const auto &[action, key] : keys)
        new QTreeWidgetItem(group, { action, key });
}

QStringList ShortcutsDialog::entries() const
{
    QStringList lines;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            lines.append(group->child(i)->text(0) + u'\t' + group->child(i)->text(1));
    }
    return lines;
}

} // namespace planner
