#include "windowstate.h"

#include "daygridmodel.h"
#include "daygridview.h"
#include "dayview.h"
#include "programmefilterbar.h"
#include "programmefiltermodel.h"
#include "programmetabs.h"
#include "programmetreeview.h"
#include "sessiondetailspane.h"
#include "trackfolding.h"
#include "tracktreemodel.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace planner {

WindowState::WindowState(const Parts &parts)
    : m_parts(parts)
{
}

void WindowState::restoreLayout()
{
    QMainWindow &window = m_parts.window;
    const Preferences::WindowLayout layout = Preferences().windowLayout();
    fitToScreen(window.restoreGeometry(layout.geometry));
    if (!window.restoreState(layout.state))
        window.resizeDocks({ &m_parts.scheduleDock }, { window.width() * 2 / 9 }, Qt::Horizontal);
    // The programme takes the larger part: its titles are what is read first.
    if (!m_parts.splitter.restoreState(layout.splitter)) {
        const int shared = window.width() - window.width() * 2 / 9;
        m_parts.splitter.setSizes({ shared * 2 / 3, shared - shared * 2 / 3 });
    }
    m_parts.details.splitter()->restoreState(layout.detailsSplitter);
    m_parts.tree.restoreColumns(layout.programmeColumns);
    m_parts.tree.fitColumns(m_parts.model);
    m_parts.bookmarkedOnly.setChecked(layout.bookmarkedOnly);
    m_parts.search.setText(layout.search);
    if (layout.dayGridZoom >= 0)
        m_parts.dayView.grid()->setZoom(layout.dayGridZoom);
    m_parts.dayView.setInYourZone(layout.dayGridInYourZone);
    m_parts.tabs.showPageNamed(layout.programmeView);
}

void WindowState::fitToScreen(bool restored)
{
    QMainWindow &window = m_parts.window;
    const QScreen *screen = window.screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Window managers add a title bar and borders around the size asked for, which
    // are not known before the window is shown: room for common ones is left.
    const QMargins frame(4, 36, 4, 4);
    const QRect room = available.marginsRemoved(frame);
    QRect wanted = window.geometry();
    if (!restored) {
        // First start: all of a small screen's working area; most of a large one.
        const auto share = [](int available) {
            return available <= 1600 ? available : qMax(1600, available * 85 / 100);
        };
        wanted.setSize(QSize(share(room.width()), share(room.height())));
        wanted.moveCenter(room.center());
    }
    wanted.setSize(wanted.size().boundedTo(room.size()));
    wanted.moveLeft(qBound(room.left(), wanted.left(), room.right() - wanted.width() + 1));
    wanted.moveTop(qBound(room.top(), wanted.top(), room.bottom() - wanted.height() + 1));
    window.setGeometry(wanted);
}

void WindowState::save(const QString &conferenceKey, const QString &sessionKey) const
{
    Preferences::WindowLayout layout;
    layout.geometry = m_parts.window.saveGeometry();
    layout.state = m_parts.window.saveState();
    layout.splitter = m_parts.splitter.saveState();
    layout.programmeColumns = m_parts.tree.saveColumns();
    layout.detailsSplitter = m_parts.details.splitter()->saveState();
    layout.bookmarkedOnly = m_parts.bookmarkedOnly.isChecked();
    layout.search = m_parts.search.text();
    layout.programmeView = m_parts.tabs.pageName();
    layout.dayGridZoom = m_parts.dayView.grid()->zoom();
    layout.dayGridInYourZone = m_parts.dayView.inYourZone();
    Preferences().setWindowLayout(layout);
    saveConference(conferenceKey, sessionKey);
}

void WindowState::saveConference(const QString &conferenceKey, const QString &sessionKey) const
{
    if (conferenceKey.isEmpty())
        return;
    Preferences::ConferenceView view;
    view.session = sessionKey;
    view.track = m_parts.filter.track();
    view.day = m_parts.filter.day();
    view.room = m_parts.filter.room();
    view.collapsedTracks = m_parts.folding.closedTracks();
    view.gridDay = m_parts.dayModel.day();
    view.roomOrder = m_parts.dayView.grid()->roomOrder();
    view.hiddenRooms = m_parts.dayView.grid()->hiddenRooms();
    Preferences().setConferenceView(conferenceKey, view);
}

Preferences::ConferenceView WindowState::restoreConference(const QString &conferenceKey)
{
    const Preferences::ConferenceView view = Preferences().conferenceView(conferenceKey);
    ProgrammeFilterModel &filter = m_parts.filter;
    filter.setTrack(view.track);
    filter.setDay(view.day);
    filter.setRoom(view.room);
    filter.setTimeSpan({}, {});
    m_parts.dayView.grid()->setRoomLayout(view.roomOrder, view.hiddenRooms);
    m_parts.dayView.showDay(view.gridDay);
    m_parts.filterBar.showTimeSpan(QString());
    return view;
}

} // namespace planner
