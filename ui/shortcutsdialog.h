#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace planner {

// Lists the window's keyboard shortcuts, read from its menus' actions each time it is
// shown (so it always matches them), then the keys that work inside lists and fields.
// Stays open beside the window, so the keys can be tried while reading.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTreeWidget *list() const { return m_list; }
    // "Action\tShortcut" lines, for tests and for copying.
    QStringList entries() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void addMenuGroups();
    void addFixedKeys();

    QMainWindow *m_window;
    QTreeWidget *m_list;
};

} // namespace planner
