#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace planner {

class UserDataService;

// The session's notes: plain text, saved half a second after typing stops, when
// another session is chosen and when the window closes. A failed save keeps the
// text in the editor, says so, and retries on the next pause.
class NotesEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int autosaveDelayMs = 500;

    explicit NotesEditor(UserDataService &userData, QWidget *parent = nullptr);

    // Saves what is pending for the current session, then shows `session`'s note.
    void setSession(const QString &conference, const QString &session);
    // Writes unsaved text now. False when the store refused it.
    bool flush();
    bool hasUnsavedChanges() const { return m_dirty; }
    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onTextChanged();
    void showStatus();

    UserDataService &m_userData;
    QLabel *m_label;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QTimer *m_timer;
    QString m_conference;
    QString m_session;
    bool m_dirty = false;
    bool m_loading = false;
    QString m_lastError;
};

} // namespace planner
