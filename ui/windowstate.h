#pragma once

#include "preferences.h"

class QAction;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class QSplitter;

namespace planner {

class DayGridModel;
class DayView;
class ProgrammeFilterBar;
class ProgrammeFilterModel;
class ProgrammeTabs;
class ProgrammeTreeView;
class SessionDetailsPane;
class TrackFolding;
class TrackTreeModel;

// What the window keeps between starts (Preferences): its size and place on the
// screen, its panes and columns, the filters that outlive a start, and for each
// conference the filters, the session shown, the day grid's day and rooms and the
// tracks the user closed. Owns nothing.
class WindowState
{
public:
    // The parts of the window whose state is kept.
    struct Parts
    {
        QMainWindow &window;
        QDockWidget &scheduleDock;
        QSplitter &splitter; // the programme beside the details
        SessionDetailsPane &details;
        ProgrammeTreeView &tree;
        TrackTreeModel &model;
        ProgrammeFilterModel &filter;
        ProgrammeFilterBar &filterBar;
        TrackFolding &folding;
        QAction &bookmarkedOnly;
        QLineEdit &search;
        DayView &dayView;
        DayGridModel &dayModel;
        ProgrammeTabs &tabs;
    };

    explicit WindowState(const Parts &parts);

    // The window as it was left, fitted to the screen it opens on; on the first start
    // most of the screen, the programme taking the larger part.
    void restoreLayout();
    // The window's state and that of `conferenceKey`, showing `sessionKey`.
    void save(const QString &conferenceKey, const QString &sessionKey) const;
    void saveConference(const QString &conferenceKey, const QString &sessionKey) const;
    // The filters, day grid and closed tracks of `conferenceKey` as they were left;
    // what was kept, for the window to show its session again.
    Preferences::ConferenceView restoreConference(const QString &conferenceKey);

private:
    // The window within the screen it opens on, whatever size it was saved at
    // (`restored`), or the screen's working area on the first start.
    void fitToScreen(bool restored);

    Parts m_parts;
};

} // namespace planner
