#pragma once

#include <QMenu>
#include <QPointer>

class QMainWindow;

namespace planner {

class GettingStartedDialog;
class ShortcutsDialog;

// The window's Help menu: the getting-started hint, the list of keyboard shortcuts,
// and what the application is (version, Qt, licences).
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QMainWindow *window);

    void showGettingStarted();
    void showShortcuts();
    void showAbout();
    static QString aboutText();

    QAction *shortcutsAction() const { return m_shortcutsAction; }
    QAction *gettingStartedAction() const { return m_gettingStartedAction; }
    QAction *aboutAction() const { return m_aboutAction; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QMainWindow *m_window;
    QAction *m_gettingStartedAction;
    QAction *m_shortcutsAction;
    QAction *m_aboutAction;
    QAction *m_aboutQtAction;
    QPointer<GettingStartedDialog> m_gettingStarted;
    QPointer<ShortcutsDialog> m_shortcuts;
};

} // namespace planner
