#pragma once

#include "language.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QMenu;
class QSplitter;
class QTreeView;

namespace planner {

class Database;
class ProgrammeStore;
class SessionDetailsPane;
class TrackTreeModel;

// Assembles the panes (programme tree, session details) and routes actions.
// Holds no business logic: reads go through the stores and models.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, Language language, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *programmeView() const { return m_tree; }
    SessionDetailsPane *detailsPane() const { return m_details; }
    TrackTreeModel *programmeModel() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void showConference(const QString &conferenceKey);
    void onCurrentChanged(const QModelIndex &current);
    void restoreState();
    void saveState() const;

    std::unique_ptr<ProgrammeStore> m_programme;
    Language m_language;
    QString m_conferenceKey;
    TrackTreeModel *m_model;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    SessionDetailsPane *m_details;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_expandAllAction = nullptr;
    QAction *m_collapseAllAction = nullptr;
};

} // namespace planner
