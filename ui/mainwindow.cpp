#include "mainwindow.h"

#include "clock.h"
#include "daygridmodel.h"
#include "daygridview.h"
#include "dayview.h"
#include "nownextmodel.h"
#include "nownextpane.h"
#include "programmetabs.h"
#include "reminderchooser.h"
#include "reminderflow.h"
#include "reminderscheduler.h"

#include "mainwindowactions.h"

#include "agendaprintflow.h"
#include "changesflow.h"
#include "unseenchanges.h"
#include "bookmarkcommand.h"
#include "conferencefiles.h"
#include "database.h"
#include "desktoptheme.h"
#include "externalchanges.h"
#include "helpmenu.h"
#include "agendapublishflow.h"
#include "interfacelanguage.h"
#include "noteseditor.h"
#include "conferencezoneflow.h"
#include "openurlflow.h"
#include "preferences.h"
#include "programmefiltermodel.h"
#include "programmefilterbar.h"
#include "programmenavigator.h"
#include "programmestore.h"
#include "programmetoolbar.h"
#include "trackfolding.h"
#include "traditionalchinese.h"
#include "programmetreeview.h"
#include "schedulemodel.h"
#include "scheduleview.h"
#include "sessiondetailspane.h"
#include "windowstate.h"
#include "timeformatter.h"
#include "tracktreemodel.h"
#include "userdatabackupflow.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace planner {

MainWindow::MainWindow(Database &database, InterfaceLanguage &translations, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_translations(translations)
    , m_programme(std::make_unique<ProgrammeStore>(database))
    , m_userStore(std::make_unique<UserDataStore>(database))
    , m_userData(new UserDataService(*m_userStore, this))
    , m_externalChanges(new ExternalChanges(database, this))
    , m_files(new ConferenceFiles(database, this))
    , m_backup(new UserDataBackupFlow(*m_userData, this))
    , m_language(translations.language())
    , m_model(new TrackTreeModel(*m_programme, *m_userData, this))
    , m_filter(new ProgrammeFilterModel(database, *m_userData, this))
    , m_scheduleModel(new ScheduleModel(*m_programme, *m_userData, this))
    , m_splitter(new QSplitter(this))
    , m_tree(new ProgrammeTreeView(m_splitter))
    , m_dayModel(new DayGridModel(*m_model, *m_programme, this))
    , m_nowModel(new NowNextModel(*m_model, this))
    , m_dayView(new DayView(*m_dayModel, m_splitter))
    , m_nowPane(new NowNextPane(*m_nowModel, m_splitter))
    , m_clock(&Clock::system())
    , m_details(new SessionDetailsPane(*m_programme, *m_userData, m_splitter))
    , m_schedule(new ScheduleView(*m_scheduleModel, *m_userData, this))
{
    // Before anything prints a title: Simplified Chinese in Traditional script unless
    // the user chose text as written.
    TraditionalChinese::install(Preferences().textAsWritten());
    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(m_splitter);

    m_navigator = std::make_unique<ProgrammeNavigator>(*m_tree, *m_model, *m_filter);
    m_folding = std::make_unique<TrackFolding>(*m_tree, *m_model, *m_filter);
    m_publish = new AgendaPublishFlow(database, *m_userData, this);
    applyLanguage(m_language);
    connect(&m_translations, &InterfaceLanguage::changed, this, &MainWindow::applyLanguage);
    createActions();
    createMenus();
    createToolBar();
    createProgrammePane();
    createScheduleDock();
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("sessionCounts"));
    statusBar()->addWidget(m_counts, 1);
    connectViews();
    m_state = std::make_unique<WindowState>(WindowState::Parts { *this, *m_scheduleDock,
        *m_splitter, *m_details, *m_tree, *m_model, *m_filter, *m_filterBar, *m_folding,
        *m_actions->bookmarkedOnly, *m_search, *m_dayView, *m_dayModel, *m_views });
    setKeyboardOrder();
    setAcceptDrops(true); // a programme file dropped anywhere on the window is imported
    if (m_database.isReadOnly())
        showReadOnly();
    retranslateUi();

    fillConferenceSwitcher();
    const QList<ConferenceSummary> conferences = m_programme->conferences();
    const QString last = Preferences().lastConference();
    const bool lastExists = std::any_of(conferences.cbegin(), conferences.cend(),
        [&](const ConferenceSummary &c) { return c.key == last; });
    if (!conferences.isEmpty())
        showConference(lastExists ? last : conferences.first().key);
    m_changesFlow->setSeenHeld(true); // the tab and session shown last, not chosen now
    m_state->restoreLayout();
    onPageChanged();
    m_changesFlow->setSeenHeld(false);
}

MainWindow::~MainWindow()
{
    // The panes use the stores this window holds, and an open editor commits what
    // the user typed when it is destroyed: the panes go first, while the stores live.
    delete centralWidget();
    delete m_scheduleDock;
}

void MainWindow::createActions()
{
    m_undoStack = new QUndoStack(this);
    m_details->setUndoStack(m_undoStack);
    m_actions = std::make_unique<MainWindowActions>(*m_undoStack, m_language, this);
    m_reminders = new ReminderFlow(m_database, *m_userData, this);
    m_reminders->setLanguage(m_language);
    m_urls = new OpenUrlFlow(m_database, m_files, this);
    m_urls->setLanguage(m_language);
    connect(m_urls, &OpenUrlFlow::sessionChosen, this, &MainWindow::selectSession);
    m_changesFlow = new ChangesFlow(m_database, this);
    m_changesFlow->setLanguage(m_language);
    m_zone = new ConferenceZoneFlow(m_database, this);
    connect(m_zone->action(), &QAction::triggered, this,
        [this] { m_zone->choose(m_conferenceKey, m_language); });
    // Every time shown, published and reminded of follows the zone.
    connect(m_zone, &ConferenceZoneFlow::zoneChanged, this, [this] {
        reloadFromStore();
        m_reminders->scheduler().check();
    });
    connectFileActions();
    connectEditActions();
    connectNavigationActions();
    for (QAction *action : m_actions->languages->actions()) {
        const Language language = languageFromTag(action->data().toString());
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
    m_actions->textAsWritten->setChecked(Preferences().textAsWritten());
    connect(m_actions->textAsWritten, &QAction::toggled, this, [this](bool asWritten) {
        Preferences().setTextAsWritten(asWritten);
        TraditionalChinese::install(asWritten);
        if (!m_conferenceKey.isEmpty())
            showConference(m_conferenceKey); // read again: every view prints its texts anew
    });
    for (QAction *action : m_actions->appearances->actions()) {
        const auto appearance = Preferences::Appearance(action->data().toInt());
        connect(action, &QAction::triggered, this, [appearance] {
            DesktopTheme::setAppearance(appearance);
            Preferences().setAppearance(appearance);
        });
    }
}

void MainWindow::connectEditActions()
{
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_actions->bookmark, &QAction::triggered, this, &MainWindow::toggleBookmark);
    connect(m_actions->bookmarkedOnly, &QAction::toggled, this, [this](bool only) {
        m_filter->setBookmarkedOnly(only);
        updateStatus();
    });
    connect(
        m_actions->addKeyPoint, &QAction::triggered, m_details, &SessionDetailsPane::addKeyPoint);
}

void MainWindow::connectFileActions()
{
    connect(m_actions->importProgramme, &QAction::triggered, m_files,
        &ConferenceFiles::importInteractively);
    connect(m_actions->exportAgenda, &QAction::triggered, this, [this] {
        m_details->notesEditor()->flush(); // the export shows the note as typed
        m_files->exportAgenda(m_conferenceKey);
    });
    connect(m_actions->printAgenda, &QAction::triggered, this, [this] {
        m_details->notesEditor()->flush(); // the printout too
        AgendaPrintFlow flow(m_database, this);
        flow.setLanguage(m_language);
        flow.printAgenda(m_conferenceKey);
    });
    connect(m_actions->deleteConference, &QAction::triggered, this,
        [this] { m_files->deleteConference(m_conferenceKey); });
    connect(m_actions->backUp, &QAction::triggered, this, [this] {
        m_details->notesEditor()->flush(); // the backup holds the note as typed
        m_backup->backUpInteractively();
    });
    connect(m_actions->restore, &QAction::triggered, this, [this] {
        m_details->notesEditor()->flush(); // compared with the note as typed
        m_backup->restoreInteractively();
    });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::connectNavigationActions()
{
    connect(m_actions->expandAll, &QAction::triggered, m_tree, &QTreeView::expandAll);
    connect(m_actions->collapseAll, &QAction::triggered, m_tree, &QTreeView::collapseAll);
    connect(
        m_actions->previous, &QAction::triggered, this, [this] { m_navigator->goToNeighbour(-1); });
    connect(m_actions->next, &QAction::triggered, this, [this] { m_navigator->goToNeighbour(+1); });
    connect(m_actions->focusProgramme, &QAction::triggered, this,
        [this] { focusProgrammeView(); });
    connect(m_actions->goNow, &QAction::triggered, this, &MainWindow::goToNow);
    connect(m_actions->zoomIn, &QAction::triggered, m_dayView->grid(), &DayGridView::zoomIn);
    connect(m_actions->zoomOut, &QAction::triggered, m_dayView->grid(), &DayGridView::zoomOut);
    const auto showPage = [this](ProgrammeTabs::Page page) {
        m_views->showPage(page);
        focusProgrammeView();
    };
    connect(m_actions->showTracks, &QAction::triggered, this,
        [showPage] { showPage(ProgrammeTabs::Tracks); });
    connect(m_actions->showDay, &QAction::triggered, this,
        [showPage] { showPage(ProgrammeTabs::Day); });
    connect(m_actions->showNowNext, &QAction::triggered, this,
        [showPage] { showPage(ProgrammeTabs::NowNext); });
    connect(m_actions->focusNotes, &QAction::triggered, this,
        [this] { m_details->notesEditor()->editor()->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->focusSchedule, &QAction::triggered, this, [this] {
        m_scheduleDock->show();
        m_schedule->focusSession(currentSessionKey());
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions->importProgramme);
    m_fileMenu->addAction(m_urls->openAction());
    m_fileMenu->addAction(m_actions->exportAgenda);
    m_fileMenu->addAction(m_actions->printAgenda);
    m_fileMenu->addAction(m_publish->action());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->deleteConference);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->backUp);
    m_fileMenu->addAction(m_actions->restore);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_actions->undo);
    m_editMenu->addAction(m_actions->redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions->find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_actions->bookmark);
    m_editMenu->addAction(m_actions->addKeyPoint);
    m_editMenu->addMenu(m_reminders->menu());
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_actions->showTracks);
    m_viewMenu->addAction(m_actions->showDay);
    m_viewMenu->addAction(m_actions->showNowNext);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_urls->refreshAction());
    m_viewMenu->addMenu(m_urls->automaticMenu());
    m_viewMenu->addAction(m_urls->changesAction());
    m_viewMenu->addAction(m_zone->action());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions->bookmarkedOnly);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions->expandAll);
    m_viewMenu->addAction(m_actions->collapseAll);
    m_viewMenu->addAction(m_actions->zoomIn);
    m_viewMenu->addAction(m_actions->zoomOut);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_actions->languages->actions());
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_actions->textAsWritten);
    m_appearanceMenu = m_viewMenu->addMenu(QString());
    m_appearanceMenu->addActions(m_actions->appearances->actions());
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_actions->previous);
    m_goMenu->addAction(m_actions->next);
    m_goMenu->addAction(m_actions->goNow);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_actions->focusProgramme);
    m_goMenu->addAction(m_actions->focusNotes);
    m_goMenu->addAction(m_actions->focusSchedule);
    m_helpMenu = new HelpMenu(this);
    menuBar()->addMenu(m_helpMenu);
}

void MainWindow::createToolBar()
{
    m_toolBar = new ProgrammeToolBar(this);
    addToolBar(m_toolBar);
    m_search = m_toolBar->searchField();
    connect(m_toolBar, &ProgrammeToolBar::conferenceChosen, this, &MainWindow::showConference);
    connect(m_toolBar, &ProgrammeToolBar::searchChanged, this, [this](const QString &text) {
        m_folding->search(text);
        if (text.isEmpty() && !m_lastSessionKey.isEmpty())
            m_navigator->selectSession(m_lastSessionKey);
        updateStatus();
    });
    connect(m_toolBar, &ProgrammeToolBar::resultsRequested, this, &MainWindow::focusFirstMatch);
    m_toolBar->addAction(m_actions->bookmarkedOnly);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->bookmark);
    m_toolBar->addAction(m_actions->previous);
    m_toolBar->addAction(m_actions->next);
}

void MainWindow::createProgrammePane()
{
    // The filters sit over the tree they narrow.
    auto *pane = new QWidget(m_splitter);
    pane->setObjectName(QStringLiteral("programmePane"));
    m_filterBar = new ProgrammeFilterBar(pane);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tree);
    m_views = new ProgrammeTabs(pane, m_dayView, m_nowPane, m_splitter);
    m_splitter->insertWidget(0, m_views);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    const auto filtered = [this] {
        m_tree->expandAll();
        updateStatus();
    };
    connect(m_filterBar, &ProgrammeFilterBar::trackChosen, this, [this, filtered](const QString &track) {
        m_filter->setTrack(track);
        filtered();
    });
    connect(m_filterBar, &ProgrammeFilterBar::dayChosen, this, [this, filtered](const QDate &day) {
        m_filter->setDay(day);
        filtered();
    });
    connect(m_filterBar, &ProgrammeFilterBar::timeSpanCleared, this, [this, filtered] {
        m_filter->setTimeSpan({}, {});
        filtered();
    });
    connect(m_filterBar, &ProgrammeFilterBar::roomChosen, this, [this, filtered](const QString &room) {
        m_filter->setRoom(room);
        filtered();
    });
}

void MainWindow::createScheduleDock()
{
    m_scheduleDock = new QDockWidget(this);
    m_scheduleDock->setObjectName(QStringLiteral("scheduleDock"));
    m_scheduleDock->setWidget(m_schedule);
    addDockWidget(Qt::RightDockWidgetArea, m_scheduleDock);
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), m_scheduleDock->toggleViewAction());
}

void MainWindow::connectViews()
{
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    // A filter that hides the current session leaves the tree without one, and
    // says nothing: the details follow, rather than show a session not in the list.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::followShownSession);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::followShownSession);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == TrackTreeModel::BookmarkColumn
            && !index.data(TrackTreeModel::IsTrackRole).toBool())
            toggleBookmark();
    });
    connect(m_details, &SessionDetailsPane::bookmarkToggled, this, &MainWindow::toggleBookmark);
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);
    connect(m_dayView, &DayView::sessionChosen, this, &MainWindow::chooseFromView);
    connect(m_nowPane, &NowNextPane::sessionChosen, this, &MainWindow::chooseFromView);
    // Enter on a session of the grid or the list opens it: its notes take the keys.
    const auto open = [this](const QString &key) {
        chooseFromView(key);
        m_details->notesEditor()->editor()->setFocus(Qt::OtherFocusReason);
    };
    connect(m_dayView, &DayView::sessionActivated, this, open);
    connect(m_nowPane, &NowNextPane::sessionActivated, this, open);
    connect(m_dayView, &DayView::roomLayoutChanged, this, &MainWindow::saveRoomLayout);
    connect(m_details, &SessionDetailsPane::topicActivated, m_search, &QLineEdit::setText);
    connect(m_schedule, &ScheduleView::keepOnlyRequested, this, &MainWindow::keepOnly);
    connect(m_schedule, &ScheduleView::sameTimeRequested, this,
        [this](const QDateTime &start, const QDateTime &end) { showSameTime(start, end); });
    connect(m_schedule, &ScheduleView::gapFillRequested, this,
        [this](const QDateTime &start, const QDateTime &end) {
            showSameTime(start, end, ProgrammeFilterModel::SpanMatch::Within);
        });
    connect(m_schedule, &ScheduleView::sessionActivated, this, [this](const QString &key) {
        selectSession(key);
        m_tree->setFocus(Qt::OtherFocusReason);
    });
    connect(m_userData, &UserDataService::writeFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Not saved: %1").arg(message));
    });
    connect(m_userData, &UserDataService::bookmarkChanged, this, &MainWindow::updateStatus);
    connectReminders();
    connectChanges();
    connect(m_externalChanges, &ExternalChanges::changed, this, &MainWindow::reloadFromStore);
    connect(m_files, &ConferenceFiles::conferenceImported, this, &MainWindow::showConference);
    // An updated programme changes the published events too.
    connect(m_files, &ConferenceFiles::conferenceImported, m_publish, &AgendaPublishFlow::agendaChanged);
    connect(m_publish, &AgendaPublishFlow::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_files, &ConferenceFiles::conferenceDeleted, this, &MainWindow::onConferenceDeleted);
    // A restore may touch any session: read the shown conference again.
    connect(m_userData, &UserDataService::restored, this, [this](const QStringList &keys) {
        if (keys.contains(m_conferenceKey))
            showConference(m_conferenceKey);
    });
}

void MainWindow::connectReminders()
{
    m_details->reminderChooser()->setUsualMinutes(m_reminders->usualMinutes());
    connect(m_reminders, &ReminderFlow::usualMinutesChanged, m_details->reminderChooser(),
        &ReminderChooser::setUsualMinutes);
    // The published calendar's alarms follow the usual lead time.
    connect(m_reminders, &ReminderFlow::usualMinutesChanged, this,
        [this] { m_publish->agendaChanged(m_conferenceKey); });
    connect(m_reminders, &ReminderFlow::announced, this,
        [this](const QString &message) { statusBar()->showMessage(message, 60 * 1000); });
    // A reminder clicked brings the window forward on its session.
    connect(m_reminders, &ReminderFlow::sessionRequested, this,
        [this](const QString &conference, const QString &session) {
            if (conference != m_conferenceKey && !openConference(conference))
                return;
            selectSession(session);
            if (isMinimized())
                showNormal();
            raise();
            activateWindow();
        });
    // A new programme may move a bookmarked session's time, and its reminder with it.
    const auto check = [this] { m_reminders->scheduler().check(); };
    connect(m_files, &ConferenceFiles::conferenceImported, this, check);
    connect(m_externalChanges, &ExternalChanges::changed, this, check);
    // After the window is up: the first look at the clock is no part of opening it.
    QTimer::singleShot(0, m_reminders, &ReminderFlow::start);
}

void MainWindow::connectChanges()
{
    m_changesFlow->attach(m_filterBar, m_filter);
    m_model->setChanges(&m_changesFlow->changes());
    m_scheduleModel->setChanges(&m_changesFlow->changes());
    // A click on the session already shown (after a start) is looking at it too.
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        m_changesFlow->sessionShown(index.data(TrackTreeModel::SessionKeyRole).toString());
    });
    connect(m_filterBar, &ProgrammeFilterBar::changesOnlyChosen, this, [this] {
        m_tree->expandAll();
        updateStatus();
    });
    // An update from the web that moved or cancelled bookmarks is told on the desktop.
    connect(m_files, &ConferenceFiles::programmeImported, this,
        [this](const ImportSource &source, const ImportOutcome &outcome) {
            if (source.isDownload())
                m_changesFlow->programmeUpdated(outcome.conference, outcome.impact);
        });
    connect(m_urls, &OpenUrlFlow::changesSeen, &m_changesFlow->changes(), &UnseenChanges::reload);
    connect(m_changesFlow, &ChangesFlow::sessionRequested, this,
        [this](const QString &conference, const QString &session) {
            if (bringForward(conference))
                selectSession(session);
        });
    connect(m_changesFlow, &ChangesFlow::changesRequested, this, [this](const QString &conference) {
        if (!bringForward(conference))
            return;
        m_views->showPage(ProgrammeTabs::Tracks);
        m_changesFlow->showChangesOnly(true);
        m_tree->expandAll();
        updateStatus();
    });
}

bool MainWindow::bringForward(const QString &conference)
{
    if (conference != m_conferenceKey && !openConference(conference))
        return false;
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    return true;
}

void MainWindow::retranslateUi()
{
    // Window managers show "<conference> — <application>"; both follow the language.
    QGuiApplication::setApplicationDisplayName(tr("Conference Planner"));
    m_actions->retranslate();
    m_urls->retranslate();
    m_zone->retranslate();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_languageMenu->setTitle(tr("&Language"));
    m_appearanceMenu->setTitle(tr("&Appearance"));
    m_reminders->retranslate();
    m_scheduleDock->setWindowTitle(tr("My Schedule"));
    m_tree->setAccessibleName(tr("Programme"));
    if (m_readOnlyLabel) {
        m_readOnlyLabel->setText(tr("Read-only: changes are not saved"));
        m_readOnlyLabel->setToolTip(
            tr("%1 cannot be written: you can browse and export, but bookmarks, notes and "
               "imports cannot be saved.")
                .arg(m_database.path()));
    }
    fillFilters();
    fillConferenceSwitcher();
    const std::optional<Conference> conference = m_programme->conference(m_conferenceKey);
    setWindowTitle(conference ? conference->title.text(m_language) : tr("No conference"));
    updateStatus();
}

void MainWindow::setKeyboardOrder()
{
    // Tab follows the layout: toolbar, programme, the session top to bottom, schedule.
    QWidget::setTabOrder(m_search, m_filterBar->dayFilter());
    QWidget::setTabOrder(m_filterBar->roomFilter(), m_tree);
    QWidget::setTabOrder(m_tree, m_details->bookmarkButton());
    QWidget::setTabOrder(m_details->notesEditor()->editor(), m_schedule->tree());
    // The tabs over the programme, then whichever of their pages is shown.
    QWidget::setTabOrder(m_search, m_views->tabBar());
    QWidget::setTabOrder(m_tree, m_dayView);
    QWidget::setTabOrder(m_dayView, m_nowPane);
}

void MainWindow::focusFirstMatch()
{
    // From the search field into the results: the session that best matches what
    // was typed (the exact title first), else the first shown.
    if (m_search->text().trimmed().isEmpty()
        || !m_navigator->goToBestMatch(m_search->text(), *m_programme, *m_userStore)) {
        if (!m_tree->currentIndex().parent().isValid())
            m_navigator->goToNeighbour(+1);
    }
    m_tree->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Import after the drop returns: the file manager waits for it to finish.
    QTimer::singleShot(0, m_files, [files = m_files, paths] { files->importFiles(paths); });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    // Coming back to the window: show what the command line or another window wrote.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_externalChanges->check();
    QMainWindow::changeEvent(event);
}

void MainWindow::reloadFromStore()
{
    const QList<ConferenceSummary> conferences = m_programme->conferences();
    const bool stillThere = std::any_of(conferences.cbegin(), conferences.cend(),
        [this](const ConferenceSummary &c) { return c.key == m_conferenceKey; });
    if (stillThere) {
        showConference(m_conferenceKey); // keeps the selection, filters and open tracks
        m_publish->agendaChanged(m_conferenceKey); // the command line's bookmarks, say
    } else
        onConferenceDeleted(m_conferenceKey); // deleted elsewhere, or none was shown
}

void MainWindow::showReadOnly()
{
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyIndicator"));
    QFont bold = m_readOnlyLabel->font();
    bold.setBold(true); // the one thing that explains why nothing can be changed
    m_readOnlyLabel->setFont(bold);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_details->notesEditor()->setReadOnly(true);
    for (QAction *action :
        { m_actions->importProgramme, m_urls->openAction(), m_urls->refreshAction(),
            m_actions->deleteConference, m_actions->restore,
            m_actions->bookmark, m_actions->addKeyPoint, m_actions->undo, m_actions->redo })
        action->setVisible(false);
}

void MainWindow::setLanguage(Language language)
{
    // Every widget gets a LanguageChange event, and applyLanguage() the rest.
    m_translations.install(language);
    Preferences().setLanguage(language);
}

void MainWindow::applyLanguage(Language language)
{
    m_language = language;
    m_files->setLanguage(language);
    if (m_urls)
        m_urls->setLanguage(language);
    m_backup->setLanguage(language);
    m_publish->setLanguage(language);
    m_model->setLanguage(language);
    m_scheduleModel->setLanguage(language);
    m_details->setLanguage(language);
    m_dayView->setLanguage(language);
    m_nowPane->setLanguage(language);
    if (m_reminders)
        m_reminders->setLanguage(language);
    if (m_changesFlow)
        m_changesFlow->setLanguage(language);
    if (!m_actions)
        return; // being built: the actions and texts come next
    for (QAction *action : m_actions->languages->actions())
        action->setChecked(action->data().toString() == languageTag(language));
    retranslateUi();
    fitColumns(); // times are written in the new language
}

void MainWindow::fillFilters()
{
    m_filterBar->setDays(m_model->days(), m_filter->day(), m_language);
    m_filterBar->setTracks(m_model->tracks(), m_filter->track(), m_language);
    m_filterBar->setRooms(m_model->rooms(), m_filter->room());
}

void MainWindow::fillConferenceSwitcher()
{
    m_toolBar->setConferences(m_programme->conferences(), m_conferenceKey, m_language);
}

void MainWindow::showConference(const QString &conferenceKey)
{
    if (!m_conferenceKey.isEmpty()) {
        m_details->notesEditor()->flush();
        m_state->saveConference(m_conferenceKey, currentSessionKey());
    }
    m_conferenceKey = conferenceKey;
    m_urls->setConferenceKey(conferenceKey);
    // The badges are read before the views; the session shown again is not one chosen.
    m_changesFlow->setConference(conferenceKey);
    m_changesFlow->setSeenHeld(true);
    m_lastSessionKey.clear();
    m_undoStack->clear(); // steps of another conference make no sense here
    m_filter->setConference(conferenceKey); // starts reading its search texts
    m_model->setConference(conferenceKey);
    m_details->setConference(conferenceKey);
    const std::optional<Conference> conference = m_programme->conference(conferenceKey);
    const QTimeZone zone = conference ? conference->zone() : QTimeZone::utc();
    m_schedule->setConference(conferenceKey, zone, conference ? conference->startDate : QDate());
    m_dayView->setZones(zone, QTimeZone::systemTimeZone());
    m_nowPane->setZone(zone);
    m_publish->setConference(
        conferenceKey, conference ? conference->title.text(m_language) : conferenceKey);
    Preferences().setLastConference(conferenceKey);
    retranslateUi();
    restoreConferenceState();
    fitColumns();
    m_changesFlow->setSeenHeld(false);
}

bool MainWindow::openConference(const QString &conferenceKey)
{
    const QList<ConferenceSummary> conferences = m_programme->conferences();
    const bool stored = std::any_of(conferences.cbegin(), conferences.cend(),
        [&](const ConferenceSummary &c) { return c.key == conferenceKey; });
    if (stored && conferenceKey != m_conferenceKey)
        showConference(conferenceKey);
    return stored;
}

void MainWindow::fitColumns()
{
    m_tree->fitColumns(*m_model);
}

void MainWindow::onConferenceDeleted(const QString &conferenceKey)
{
    Preferences().forgetConference(conferenceKey);
    const QList<ConferenceSummary> conferences = m_programme->conferences();
    m_conferenceKey.clear(); // nothing of the deleted one is left to save
    showConference(conferences.isEmpty() ? QString() : conferences.first().key);
}

QString MainWindow::statusText() const
{
    return m_counts->text();
}

QAction *MainWindow::bookmarkedOnlyAction() const
{
    return m_actions->bookmarkedOnly;
}

QAction *MainWindow::backupAction() const
{
    return m_actions->backUp;
}

QAction *MainWindow::restoreAction() const
{
    return m_actions->restore;
}

QAction *MainWindow::textAsWrittenAction() const
{
    return m_actions->textAsWritten;
}

QList<QAction *> MainWindow::appearanceActions() const
{
    return m_actions->appearances->actions();
}

QList<QAction *> MainWindow::languageActions() const
{
    return m_actions->languages->actions();
}

QString MainWindow::currentSessionKey() const
{
    QString chosen;
    if (m_views->page() == ProgrammeTabs::Day)
        chosen = m_dayView->currentSessionKey();
    else if (m_views->page() == ProgrammeTabs::NowNext)
        chosen = m_details->sessionKey();
    return chosen.isEmpty() ? m_navigator->currentSessionKey() : chosen;
}

void MainWindow::setClock(const Clock &clock)
{
    m_clock = &clock;
    m_dayView->setClock(clock);
    m_nowPane->setClock(clock);
    m_reminders->setClock(clock);
}

void MainWindow::chooseFromView(const QString &sessionKey)
{
    if (sessionKey.isEmpty())
        return;
    // The tree follows quietly when the session is shown there; when a filter
    // hides it, the details still show it, and the filter is left as it is.
    if (m_navigator->currentSessionKey() != sessionKey)
        m_navigator->selectSession(sessionKey);
    if (m_details->sessionKey() != sessionKey)
        onCurrentChanged(m_model->indexOfSession(sessionKey));
}

void MainWindow::onPageChanged()
{
    const bool tracks = m_views->page() == ProgrammeTabs::Tracks;
    const bool day = m_views->page() == ProgrammeTabs::Day;
    // Ctrl++ and Ctrl+− open and close tracks in the tree, and zoom the day grid.
    m_actions->expandAll->setEnabled(tracks);
    m_actions->collapseAll->setEnabled(tracks);
    m_actions->zoomIn->setEnabled(day);
    m_actions->zoomOut->setEnabled(day);
    // The session chosen stays chosen from one tab to the other.
    const QString shown = m_details->sessionKey();
    if (day && !shown.isEmpty())
        m_dayView->selectSession(shown);
    else if (tracks && !shown.isEmpty() && m_navigator->currentSessionKey() != shown)
        m_navigator->selectSession(shown);
}

void MainWindow::goToNow()
{
    const QDateTime now = m_clock->now();
    m_nowPane->refresh();
    const QString key = m_nowModel->nowOrNext(now);
    if (key.isEmpty()) {
        statusBar()->showMessage(tr("Nothing in this programme runs now or later."), 5000);
        return;
    }
    // Both views show it: the grid at the current time, the tree at its row.
    if (m_views->page() == ProgrammeTabs::NowNext)
        m_views->showPage(ProgrammeTabs::Day);
    m_dayView->selectSession(key);
    m_dayView->grid()->scrollToTime(now);
    selectSession(key); // the details follow the tree
    focusProgrammeView();
}

void MainWindow::focusProgrammeView()
{
    QWidget *view = m_tree;
    if (m_views->page() == ProgrammeTabs::Day)
        view = m_dayView->grid();
    else if (m_views->page() == ProgrammeTabs::NowNext)
        view = m_nowPane->list();
    view->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::saveRoomLayout() const
{
    m_state->saveConference(m_conferenceKey, currentSessionKey());
}

void MainWindow::selectSession(const QString &sessionKey)
{
    if (m_navigator->selectSession(sessionKey) || !m_filter->isFiltering())
        return;
    // The session is filtered out: show everything rather than nothing.
    m_search->clear();
    m_actions->bookmarkedOnly->setChecked(false);
    clearFilters();
    m_navigator->selectSession(sessionKey);
}

void MainWindow::followShownSession()
{
    // The tree's choice: the other tabs choose for themselves.
    if (m_views->page() != ProgrammeTabs::Tracks)
        return;
    const QString shown = m_navigator->currentSessionKey();
    if (shown != m_details->sessionKey())
        m_details->setSession(shown);
}

void MainWindow::clearFilters()
{
    m_filter->setTrack(QString());
    m_filter->setDay(QDate());
    m_filter->setRoom(QString());
    m_filter->setTimeSpan({}, {});
    m_filterBar->showTimeSpan(QString());
    m_filterBar->showTrack(QString());
    m_filterBar->showDay(QDate());
    m_filterBar->showRoom(QString());
    m_changesFlow->showChangesOnly(false);
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const QString key = current.data(TrackTreeModel::SessionKeyRole).toString();
    if (!key.isEmpty())
        m_lastSessionKey = key;
    m_details->setSession(key);
    m_changesFlow->sessionShown(key);
    const bool writable = !m_database.isReadOnly();
    m_actions->bookmark->setEnabled(writable && !key.isEmpty());
    m_actions->exportAgenda->setEnabled(!m_conferenceKey.isEmpty());
    m_actions->printAgenda->setEnabled(!m_conferenceKey.isEmpty());
    m_actions->deleteConference->setEnabled(writable && !m_conferenceKey.isEmpty());
    m_actions->addKeyPoint->setEnabled(writable && !key.isEmpty());
    if (!key.isEmpty())
        m_schedule->selectSession(key);
    if (!key.isEmpty() && m_views->page() == ProgrammeTabs::Day)
        m_dayView->selectSession(key);
}

void MainWindow::keepOnly(const QString &sessionKey, const QStringList &clashing)
{
    // One step to undo: every bookmark removed comes back with Ctrl+Z.
    const auto titleOf = [this](const QString &key) {
        const QModelIndex row = m_model->indexOfSession(key);
        return row.isValid() ? row.data().toString() : key;
    };
    m_undoStack->beginMacro(tr("Keep %1").arg(titleOf(sessionKey)));
    for (const QString &key : clashing)
        m_undoStack->push(
            new BookmarkCommand(*m_userData, m_conferenceKey, key, titleOf(key), false));
    m_undoStack->endMacro();
    statusBar()->showMessage(tr("Kept “%1”; %n clashing bookmark(s) removed. Ctrl+Z brings them back.",
                                 "", int(clashing.size()))
                                 .arg(titleOf(sessionKey)),
        8000);
}

void MainWindow::showSameTime(
    const QDateTime &start, const QDateTime &end, ProgrammeFilterModel::SpanMatch match)
{
    // The programme during that time, whatever the day, room or track shown.
    m_filter->setDay(QDate());
    m_filter->setRoom(QString());
    m_filter->setTrack(QString());
    m_filterBar->showDay(QDate());
    m_filterBar->showRoom(QString());
    m_filterBar->showTrack(QString());
    m_filter->setTimeSpan(start, end, match);
    const std::optional<Conference> conference = m_programme->conference(m_conferenceKey);
    const TimeFormatter formatter(
        localeOf(m_language), conference ? conference->zone() : QTimeZone::utc());
    const QString span = formatter.format(SessionTime::timed(start, end, QDate()));
    m_filterBar->showTimeSpan(match == ProgrammeFilterModel::SpanMatch::Within
            ? tr("fits %1", "the sessions that fit in a gap of the user's day").arg(span)
            : span);
    m_views->showPage(ProgrammeTabs::Tracks);
    m_tree->expandAll();
    updateStatus();
    m_tree->setFocus(Qt::OtherFocusReason);
}

void MainWindow::toggleBookmark()
{
    const QString key = currentSessionKey();
    if (key.isEmpty())
        return;
    const QString title = m_model->indexOfSession(key).data().toString();
    m_undoStack->push(new BookmarkCommand(*m_userData, m_conferenceKey, key, title,
        !m_userStore->isBookmarked(m_conferenceKey, key)));
}

void MainWindow::updateStatus()
{
    int shown = 0;
    int total = 0;
    for (int t = 0; t < m_model->rowCount(); ++t)
        total += m_model->rowCount(m_model->index(t, 0));
    for (int t = 0; t < m_filter->rowCount(); ++t)
        shown += m_filter->rowCount(m_filter->index(t, 0));
    const int bookmarked = m_scheduleModel->sessionCount();
    QString text = m_filter->isFiltering() ? tr("%1 of %n session(s) shown", "", total).arg(shown)
                                           : tr("%n session(s)", "", total);
    if (m_filter->isFiltering() && shown == 0)
        text = tr("No session matches. Press Esc in the search field to clear it, or change the "
                  "filters.");
    text += QStringLiteral(" · ") + tr("%n bookmarked", "", bookmarked);
    m_counts->setText(text);
}

void MainWindow::restoreConferenceState()
{
    const Preferences::ConferenceView view = m_state->restoreConference(m_conferenceKey);
    fillFilters();
    m_folding->restore(view.collapsedTracks);
    if (!view.session.isEmpty())
        selectSession(view.session);
    onPageChanged();
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_details->notesEditor()->flush() && !confirmCloseWithUnsavedNotes()) {
        event->ignore();
        return;
    }
    m_state->save(m_conferenceKey, currentSessionKey());
    event->accept();
}

bool MainWindow::confirmCloseWithUnsavedNotes()
{
    const int count = int(m_details->notesEditor()->unsavedNotes().size());
    QMessageBox box(QMessageBox::Warning, tr("Notes Not Saved"),
        tr("%n note(s) could not be saved to the database.", "", count), QMessageBox::NoButton,
        this);
    box.setInformativeText(tr("If you close now, what you typed in them is lost. Keep the window "
                              "open to copy them, or free some disk space and close again."));
    QPushButton *keep = box.addButton(tr("Keep Window Open"), QMessageBox::RejectRole);
    box.addButton(tr("Close and Lose Them"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() != keep;
}

} // namespace planner
