#include "helpmenu.h"

#include "gettingstarteddialog.h"
#include "shortcutsdialog.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMessageBox>

namespace planner {

HelpMenu::HelpMenu(QMainWindow *window)
    : QMenu(window)
    , m_window(window)
    , m_gettingStartedAction(addAction(QString(), this, &HelpMenu::showGettingStarted))
    , m_shortcutsAction(addAction(QString(), this, &HelpMenu::showShortcuts))
    , m_aboutAction(nullptr)
    , m_aboutQtAction(nullptr)
{
    setObjectName(QStringLiteral("helpMenu"));
    m_gettingStartedAction->setShortcut(QKeySequence::HelpContents);
    // GNOME's and KDE's key for the shortcuts list.
    m_shortcutsAction->setShortcut(Qt::CTRL | Qt::Key_Question);
    addSeparator();
    m_aboutAction = addAction(QString(), this, &HelpMenu::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    retranslateUi();
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_gettingStartedAction->setText(tr("&Getting Started"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Conference Planner"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void HelpMenu::showGettingStarted()
{
    if (!m_gettingStarted) {
        m_gettingStarted = new GettingStartedDialog(m_window);
        m_gettingStarted->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_gettingStarted->show();
    m_gettingStarted->raise();
    m_gettingStarted->activateWindow();
}

void HelpMenu::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_window);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

QString HelpMenu::aboutText()
{
    return tr("<h3>Conference Planner %1</h3>"
              "<p>Plan the conference sessions you attend, with notes, in Traditional "
              "Chinese or English.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>"
              "<p>Conference Planner is free software: you can redistribute it and modify it "
              "under the terms of the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
              "GNU General Public License, version 3 or later</a> (GPL-3.0-or-later).</p>"
              "<p>It uses the Qt libraries under the <a "
              "href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">GNU Lesser General Public "
              "License, version 3</a> (LGPL-3.0); see Help ▸ About Qt.</p>")
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
            QString::fromLatin1(qVersion()));
}

void HelpMenu::showAbout()
{
    QMessageBox box(m_window);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Conference Planner"));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    box.setIconPixmap(QApplication::windowIcon().pixmap(64));
    box.exec();
}

} // namespace planner
