#pragma once

// What the tests that drive the real window share: opening it, typing as a user
// does, answering its message boxes and reading the personal schedule.

#include "mainwindow.h"
#include "schedulemodel.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace planner {

// The window on `database`, shown and exposed; null if it never was.
inline std::unique_ptr<MainWindow> openWindow(Database &database, InterfaceLanguage &translations)
{
    auto window = std::make_unique<MainWindow>(database, translations);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// ASCII as key presses; anything else committed the way an input method does it.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(widget, &event);
    }
}

// Hands the next message box to `answer` once it shows (other modal dialogs, such
// as an import's progress, come and go before it). `answer` returns false to keep
// waiting for another box.
inline void whenMessageBoxShows(std::function<bool(QMessageBox *)> answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !answer(box))
            return;
        poll->stop();
        poll->deleteLater();
    });
    poll->start();
}

// Stops waiting for the boxes whenMessageBoxShows() was given that never came, so
// a test's answer cannot land in the next test.
inline void forgetUnansweredBoxes()
{
    for (QTimer *poll : qApp->findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
        delete poll;
}

// Opens `widget`'s context menu as the Menu key does, and triggers its action whose
// text (without the & of its shortcut) starts with `text`; false when it has none.
inline bool chooseFromContextMenu(QWidget *widget, const QPoint &at, const QString &text)
{
    bool found = false;
    QTimer::singleShot(0, widget, [text, &found] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text().remove(u'&').startsWith(text)) {
                found = true;
                menu->close();
                action->trigger();
                return;
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event);
    return found;
}

// The session keys of the personal schedule, day by day, as the view lists them.
inline QStringList scheduleKeys(const QAbstractItemModel *model)
{
    QStringList keys;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int i = 0; i < model->rowCount(group); ++i) {
            const QString key
                = model->index(i, 0, group).data(ScheduleModel::SessionKeyRole).toString();
            if (!key.isEmpty())
                keys.append(key);
        }
    }
    return keys;
}

} // namespace planner
