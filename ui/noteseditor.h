#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace planner {

class UserDataService;

// The session's notes: plain text, saved at most half a second after a change,
// even while the user keeps typing, when another session is chosen and when the
// window closes, so a process killed at any moment loses at most that half second.
// A note the store refuses (full disk, read-only file) is never dropped: it stays
// in memory, shown whenever its session is, and is retried until it is saved.
class NotesEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int autosaveDelayMs = 500;
    static constexpr int retryDelayMs = 5000;

    explicit NotesEditor(UserDataService &userData, QWidget *parent = nullptr);

    // Saves what is pending, then shows `session`'s note (an unsaved one if any).
    void setSession(const QString &conference, const QString &session);
    // Writes every unsaved note now. False when the store refused any.
    bool flush();
    bool hasUnsavedChanges() const { return m_dirty || !m_unsaved.isEmpty(); }
    struct UnsavedNote
    {
        QString conference;
        QString session;
        QString text;
    };
    // Notes the store has not taken yet, for the user to keep some other way.
    QList<UnsavedNote> unsavedNotes() const;
    // Shows notes without letting them change: the database cannot be written.
    void setReadOnly(bool readOnly);
    QString text() const;
    QPlainTextEdit *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    using SessionId = std::pair<QString, QString>; // conference key, session key

    void retranslateUi();
    void onTextChanged();
    bool saveCurrent();
    void retryUnsaved();
    void showStatus();

    UserDataService &m_userData;
    QLabel *m_label;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QTimer *m_timer;
    QTimer *m_retryTimer;
    QString m_conference;
    QString m_session;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    QString m_lastError;
    QMap<SessionId, QString> m_unsaved; // other sessions' notes the store refused
};

} // namespace planner
