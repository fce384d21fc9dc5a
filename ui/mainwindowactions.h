#pragma once

#include "language.h"

#include <QCoreApplication>

class QAction;
class QActionGroup;
class QUndoStack;
class QWidget;

namespace planner {

// Every action of the main window, with its shortcut and its words in the current
// language. The window decides what each does and where it appears.
class MainWindowActions
{
    Q_DECLARE_TR_FUNCTIONS(planner::MainWindowActions)

public:
    // The actions are children of `window`; undo and redo follow `undoStack`.
    MainWindowActions(QUndoStack &undoStack, Language language, QWidget *window);

    void retranslate();

    // File
    QAction *importProgramme;
    QAction *exportAgenda;
    QAction *printAgenda;
    QAction *deleteConference;
    QAction *backUp;
    QAction *restore;
    QAction *quit;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *find;
    QAction *bookmark;
    QAction *addKeyPoint;
    // View and Go
    QAction *bookmarkedOnly;
    QAction *textAsWritten; // Chinese content as the programme wrote it, not converted
    QAction *expandAll;
    QAction *collapseAll;
    QAction *previous;
    QAction *next;
    QAction *focusProgramme;
    QAction *focusNotes;
    QAction *focusSchedule;
    QAction *goNow;
    // The programme's tabs, and the day grid's zoom (on the keys that open and
    // close every track in the tree: only one of the two applies at a time).
    QAction *showTracks;
    QAction *showDay;
    QAction *showNowNext;
    QAction *zoomIn;
    QAction *zoomOut;
    // One checkable action per language, its tag as data.
    QActionGroup *languages;
    QActionGroup *appearances; // data: Preferences::Appearance as int
};

} // namespace planner
