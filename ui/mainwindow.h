#pragma once

#include "language.h"

#include "programmefiltermodel.h"
#include "programmetreeview.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QDockWidget;
class QLineEdit;
class QMenu;
class QSplitter;
class QTreeView;
class QUndoStack;

namespace planner {

class AgendaPublishFlow;
class ChangesFlow;
class Clock;
class ConferenceFiles;
class DayGridModel;
class DayView;
class NowNextModel;
class NowNextPane;
class ProgrammeTabs;
class Database;
class ExternalChanges;
class HelpMenu;
class MainWindowActions;
class ConferenceZoneFlow;
class OpenUrlFlow;
class ProgrammeFilterBar;
class ProgrammeFilterModel;
class ProgrammeNavigator;
class ProgrammeStore;
class ProgrammeToolBar;
class ReminderFlow;
class ScheduleModel;
class ScheduleView;
class SessionDetailsPane;
class TrackFolding;
class TrackTreeModel;
class InterfaceLanguage;
class UserDataBackupFlow;
class UserDataService;
class UserDataStore;
class WindowState;

// Assembles the panes (programme tree, session details, personal schedule) and
// routes actions between them. Holds no business logic: reads go through the
// stores and models, writes through the UserDataService.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, InterfaceLanguage &translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *programmeView() const { return m_tree; }
    SessionDetailsPane *detailsPane() const { return m_details; }
    ScheduleView *scheduleView() const { return m_schedule; }
    TrackTreeModel *programmeModel() const { return m_model; }
    ProgrammeFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    // The session chosen in the programme tab shown (tree, day grid or Now & Next).
    QString currentSessionKey() const;
    ProgrammeTabs *programmeTabs() const { return m_views; }
    DayView *dayView() const { return m_dayView; }
    NowNextPane *nowNextPane() const { return m_nowPane; }
    // Where "now" comes from, for the day grid, Now & Next and Go to Now.
    void setClock(const Clock &clock);
    QString conferenceKey() const { return m_conferenceKey; }
    QString statusText() const;
    UserDataService *userData() const { return m_userData; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *bookmarkedOnlyAction() const;
    QList<QAction *> languageActions() const;
    QList<QAction *> appearanceActions() const;
    QAction *textAsWrittenAction() const;

    void showConference(const QString &conferenceKey);
    // Shows the stored conference `conferenceKey`; false when none has that key.
    bool openConference(const QString &conferenceKey);
    void selectSession(const QString &sessionKey);
    // The user's choice: spoken from now on, and at the next start.
    void setLanguage(Language language);
    ConferenceFiles *conferenceFiles() const { return m_files; }
    HelpMenu *helpMenu() const { return m_helpMenu; }
    UserDataBackupFlow *backupFlow() const { return m_backup; }
    OpenUrlFlow *openUrlFlow() const { return m_urls; }
    ConferenceZoneFlow *zoneFlow() const { return m_zone; }
    AgendaPublishFlow *publishFlow() const { return m_publish; }
    QAction *backupAction() const;
    QAction *restoreAction() const;
    ReminderFlow *reminders() const { return m_reminders; }
    ChangesFlow *changesFlow() const { return m_changesFlow; }
    ProgrammeFilterBar *filterBar() const { return m_filterBar; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void connectFileActions();
    void connectEditActions();
    void connectNavigationActions();
    void createMenus();
    void createToolBar();
    void createProgrammePane();
    void createScheduleDock();
    void connectViews();
    void connectReminders();
    void connectChanges();
    // Brings the window forward on `conference`, opened if another is shown.
    bool bringForward(const QString &conference);
    void setKeyboardOrder();
    void focusFirstMatch();
    void retranslateUi();
    void applyLanguage(Language language);
    void fillFilters();
    void clearFilters();
    void fillConferenceSwitcher();
    void onConferenceDeleted(const QString &conferenceKey);
    void onCurrentChanged(const QModelIndex &current);
    void followShownSession();
    void toggleBookmark();
    void keepOnly(const QString &sessionKey, const QStringList &clashing);
    void showSameTime(const QDateTime &start, const QDateTime &end,
        ProgrammeFilterModel::SpanMatch match = ProgrammeFilterModel::SpanMatch::Overlapping);
    // A session chosen in the day grid or Now & Next: the details and the tree follow.
    void chooseFromView(const QString &sessionKey);
    void onPageChanged();
    void goToNow();
    // The keys go to the programme tab shown: the tree, the day grid or the list.
    void focusProgrammeView();
    void saveRoomLayout() const;
    void updateStatus();
    // The filters, day grid, closed tracks and session of the conference shown, as
    // they were left (WindowState).
    void restoreConferenceState();
    void fitColumns();
    void reloadFromStore();
    void showReadOnly();
    bool confirmCloseWithUnsavedNotes();

    Database &m_database;
    InterfaceLanguage &m_translations;
    std::unique_ptr<ProgrammeStore> m_programme;
    std::unique_ptr<UserDataStore> m_userStore;
    UserDataService *m_userData;
    ExternalChanges *m_externalChanges;
    ConferenceFiles *m_files;
    UserDataBackupFlow *m_backup;
    ReminderFlow *m_reminders = nullptr;
    OpenUrlFlow *m_urls = nullptr;
    ConferenceZoneFlow *m_zone = nullptr;
    AgendaPublishFlow *m_publish = nullptr;
    ChangesFlow *m_changesFlow = nullptr;
    Language m_language;
    QString m_conferenceKey;
    QString m_lastSessionKey; // chosen last, shown again when a filter hid it
    TrackTreeModel *m_model;
    ProgrammeFilterModel *m_filter;
    ScheduleModel *m_scheduleModel;
    QSplitter *m_splitter;
    ProgrammeTreeView *m_tree;
    DayGridModel *m_dayModel;
    NowNextModel *m_nowModel;
    DayView *m_dayView;
    NowNextPane *m_nowPane;
    ProgrammeTabs *m_views = nullptr;
    const Clock *m_clock;
    SessionDetailsPane *m_details;
    ScheduleView *m_schedule;
    QDockWidget *m_scheduleDock = nullptr;
    ProgrammeToolBar *m_toolBar = nullptr;
    ProgrammeFilterBar *m_filterBar = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_counts = nullptr; // permanent: menus clear status bar messages
    QLabel *m_readOnlyLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<MainWindowActions> m_actions;
    std::unique_ptr<ProgrammeNavigator> m_navigator;
    std::unique_ptr<TrackFolding> m_folding;
    std::unique_ptr<WindowState> m_state;
};

} // namespace planner
