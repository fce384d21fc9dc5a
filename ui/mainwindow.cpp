#include "mainwindow.h"

#include "database.h"
#include "programmestore.h"
#include "sessiondetailspane.h"
#include "tracktreemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace planner {

MainWindow::MainWindow(Database &database, Language language, QWidget *parent)
    : QMainWindow(parent)
    , m_programme(std::make_unique<ProgrammeStore>(database))
    , m_language(language)
    , m_model(new TrackTreeModel(*m_programme, this))
    , m_splitter(new QSplitter(this))
    , m_tree(new QTreeView(m_splitter))
    , m_details(new SessionDetailsPane(*m_programme, m_splitter))
{
    m_tree->setObjectName(QStringLiteral("programmeTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TrackTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(
        TrackTreeModel::CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(
        TrackTreeModel::TimeColumn, QHeaderView::ResizeToContents);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });

    m_model->setLanguage(m_language);
    m_details->setLanguage(m_language);
    createActions();
    retranslateUi();

    const QList<ConferenceSummary> conferences = m_programme->conferences();
    if (!conferences.isEmpty())
        showConference(conferences.first().key);
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_expandAllAction = m_viewMenu->addAction(QString(), m_tree, &QTreeView::expandAll);
    m_expandAllAction->setShortcut(Qt::CTRL | Qt::Key_Plus);
    m_collapseAllAction = m_viewMenu->addAction(QString(), m_tree, &QTreeView::collapseAll);
    m_collapseAllAction->setShortcut(Qt::CTRL | Qt::Key_Minus);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_expandAllAction->setText(tr("&Expand All Tracks"));
    m_collapseAllAction->setText(tr("&Collapse All Tracks"));
    const std::optional<Conference> conference = m_programme->conference(m_conferenceKey);
    setWindowTitle(conference ? conference->title.text(m_language) : tr("No conference"));
    m_tree->setAccessibleName(tr("Programme"));
    m_details->setAccessibleName(tr("Session details"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showConference(const QString &conferenceKey)
{
    m_conferenceKey = conferenceKey;
    m_model->setConference(conferenceKey);
    m_details->setConference(conferenceKey);
    m_tree->expandAll();
    retranslateUi();
    statusBar()->showMessage(tr("%n track(s)", "", m_model->rowCount()));
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    m_details->setSession(current.data(TrackTreeModel::SessionKeyRole).toString());
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

} // namespace planner
