#include "mainwindowactions.h"

#include "preferences.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QUndoStack>
#include <QWidget>

namespace planner {

namespace {

QAction *action(QWidget *window, const QKeySequence &shortcut = {})
{
    auto *created = new QAction(window);
    created->setShortcut(shortcut);
    return created;
}

} // namespace

MainWindowActions::MainWindowActions(QUndoStack &undoStack, Language language, QWidget *window)
    : importProgramme(action(window, QKeySequence::Open))
    , exportAgenda(action(window, Qt::CTRL | Qt::Key_E))
    , printAgenda(action(window, QKeySequence::Print))
    , deleteConference(action(window))
    , backUp(action(window))
    , restore(action(window))
    , quit(action(window, QKeySequence::Quit))
    , undo(undoStack.createUndoAction(window))
    , redo(undoStack.createRedoAction(window))
    , find(action(window, QKeySequence::Find))
    , bookmark(action(window, Qt::CTRL | Qt::Key_D))
    , addKeyPoint(action(window, Qt::CTRL | Qt::Key_K))
    , bookmarkedOnly(action(window, Qt::CTRL | Qt::SHIFT | Qt::Key_B))
    , textAsWritten(action(window))
    , expandAll(action(window, Qt::CTRL | Qt::Key_Plus))
    , collapseAll(action(window, Qt::CTRL | Qt::Key_Minus))
    , previous(action(window, Qt::ALT | Qt::Key_Up))
    , next(action(window, Qt::ALT | Qt::Key_Down))
    , focusProgramme(action(window, Qt::CTRL | Qt::Key_1))
    , focusNotes(action(window, Qt::CTRL | Qt::Key_2))
    , focusSchedule(action(window, Qt::CTRL | Qt::Key_3))
    , goNow(action(window, Qt::CTRL | Qt::SHIFT | Qt::Key_N))
    , showTracks(action(window, Qt::ALT | Qt::Key_1))
    , showDay(action(window, Qt::ALT | Qt::Key_2))
    , showNowNext(action(window, Qt::ALT | Qt::Key_3))
    , zoomIn(action(window, Qt::CTRL | Qt::Key_Plus))
    , zoomOut(action(window, Qt::CTRL | Qt::Key_Minus))
    , languages(new QActionGroup(window))
    , appearances(new QActionGroup(window))
{
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    bookmarkedOnly->setCheckable(true);
    textAsWritten->setCheckable(true);
    // Each language named in itself, so a user lost in the other one finds theirs.
    for (const Language each : { Language::English, Language::Chinese }) {
        QAction *choice = languages->addAction(
            each == Language::English ? QStringLiteral("English") : QStringLiteral("繁體中文"));
        choice->setCheckable(true);
        choice->setChecked(each == language);
        choice->setData(languageTag(each));
    }
    const Preferences::Appearance appearance = Preferences().appearance();
    for (const Preferences::Appearance each : { Preferences::Appearance::System,
             Preferences::Appearance::Light, Preferences::Appearance::Dark }) {
        QAction *choice = appearances->addAction(QString());
        choice->setCheckable(true);
        choice->setChecked(each == appearance);
        choice->setData(int(each));
    }
}

void MainWindowActions::retranslate()
{
    quit->setText(tr("&Quit"));
    importProgramme->setText(tr("&Import Programme…"));
    importProgramme->setToolTip(
        tr("Import or update a programme: Pentabarf/frab XML, schedule.json, "
           "iCalendar or a session digest (Ctrl+O)"));
    exportAgenda->setText(tr("&Export Agenda…"));
    printAgenda->setText(tr("&Print Agenda…"));
    printAgenda->setToolTip(tr("Print your bookmarked sessions as the PDF export lays them out"));
    deleteConference->setText(tr("&Delete Conference…"));
    backUp->setText(tr("&Back Up My Notes and Bookmarks…"));
    backUp->setToolTip(tr("Save your bookmarks, notes, annotations and planned times "
                          "to a file, to keep or to move to another computer"));
    restore->setText(tr("&Restore Notes and Bookmarks…"));
    restore->setToolTip(tr("Merge a backup into your notes and bookmarks; nothing "
                           "of yours is removed"));
    find->setText(tr("&Find…"));
    find->setToolTip(
        tr("Search titles, codes, key points, topics, speakers and your notes (Ctrl+F)"));
    bookmark->setText(tr("Toggle &Bookmark"));
    bookmark->setIconText(tr("★ Bookmark"));
    bookmark->setToolTip(tr("Add the selected session to your schedule, or remove it (Ctrl+D)"));
    bookmarkedOnly->setText(tr("Show &Bookmarked Only"));
    bookmarkedOnly->setIconText(tr("Bookmarked only"));
    textAsWritten->setText(tr("Chinese Text as &Written"));
    textAsWritten->setToolTip(tr("Show Chinese content as the programme wrote it, rather than "
                                 "Simplified Chinese in Traditional script"));
    addKeyPoint->setText(tr("Add &Key Point…"));
    expandAll->setText(tr("&Expand All Tracks"));
    collapseAll->setText(tr("&Collapse All Tracks"));
    previous->setText(tr("&Previous Session"));
    previous->setIconText(tr("◀ Previous"));
    next->setText(tr("&Next Session"));
    next->setIconText(tr("Next ▶"));
    focusProgramme->setText(tr("Go to &Programme"));
    focusNotes->setText(tr("Go to &Notes"));
    focusSchedule->setText(tr("Go to &Schedule"));
    goNow->setText(tr("Go to N&ow"));
    goNow->setToolTip(tr("Select what runs now, or the next session, in the day grid and "
                         "the tree (Ctrl+Shift+N)"));
    showTracks->setText(tr("By &Track"));
    showDay->setText(tr("By &Day"));
    showNowNext->setText(tr("&Now and Next"));
    zoomIn->setText(tr("Zoom &In"));
    zoomOut->setText(tr("Zoom &Out"));
    const QList<QAction *> appearance = appearances->actions();
    appearance.at(0)->setText(tr("As the &Desktop"));
    appearance.at(1)->setText(tr("&Light"));
    appearance.at(2)->setText(tr("Dar&k"));
}

} // namespace planner
