#pragma once

#include "conference.h"
#include "keypointview.h"
#include "language.h"
#include "session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QTableView;
class QUndoStack;
class QUrl;

namespace planner {

class KeyPointActions;
class KeyPointModel;
class NotesEditor;
class ReminderChooser;
class ProgrammeStore;
class UserDataService;

// The selected session in full: its facts and overview, topics as chips that
// search the programme, the key points with the user's stars and comments, and
// the notes editor. Shows the conference itself when no session is selected.
class SessionDetailsPane : public QWidget
{
    Q_OBJECT

public:
    SessionDetailsPane(
        const ProgrammeStore &store, UserDataService &userData, QWidget *parent = nullptr);

    void setConference(const QString &conferenceKey);
    void setSession(const QString &sessionKey); // empty shows the conference
    void setLanguage(Language language);
    QString sessionKey() const { return m_sessionKey; }
    QString text() const; // the facts and overview, as plain text
    NotesEditor *notesEditor() const { return m_notes; }
    QTableView *keyPointView() const { return m_keyPointView; }
    KeyPointModel *keyPointModel() const { return m_keyPoints; }
    QToolButton *bookmarkButton() const { return m_bookmark; }
    ReminderChooser *reminderChooser() const { return m_reminder; }
    QSplitter *splitter() const { return m_splitter; }

    // Asks for the text of a new key point of the user's own and adds it.
    void addKeyPoint();
    void removeSelectedKeyPoint();
    // Where the changes to key points of the user's own are recorded, to be undone.
    void setUndoStack(QUndoStack *undoStack);

signals:
    void topicActivated(const QString &topic);
    void bookmarkToggled(bool bookmarked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void onAnchorClicked(const QUrl &url);
    void onBookmarkChanged(const QString &conference, const QString &session, bool bookmarked);
    void showBookmarkState(bool bookmarked);
    void enableRemove(); // only a point of the user's own can go
    QString trackName(const QString &trackKey) const;

    const ProgrammeStore &m_store;
    UserDataService &m_userData;
    KeyPointModel *m_keyPoints;
    QSplitter *m_splitter;
    QTextBrowser *m_browser;
    QToolButton *m_bookmark;
    ReminderChooser *m_reminder;
    QLabel *m_keyPointsLabel;
    KeyPointView *m_keyPointView;
    KeyPointActions *m_keyPointActions;
    QPushButton *m_addKeyPoint;
    QPushButton *m_removeKeyPoint;
    NotesEditor *m_notes;
    Conference m_conference;
    QString m_sessionKey;
    std::optional<Session> m_session;
    Language m_language = Language::English;
};

} // namespace planner
