#pragma once

#include "caldavclient.h"
#include "caldavsyncstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace planner {

// File ▸ Publish Agenda to Calendar…: the CalDAV server, user name and password,
// a calendar of the account or a new one named after the conference, the notes,
// and an .ics file kept up to date. Connect finds the account's calendars; the
// dialog only gathers the choices, which AgendaPublishFlow carries out.
class PublishAgendaDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` fills the fields when the conference is published already.
    PublishAgendaDialog(CalDavClient &client, const QString &conferenceTitle,
        const std::optional<CalDavAccount> &current, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QComboBox *calendarBox() const { return m_calendars; }
    QPushButton *connectButton() const { return m_connect; }
    QCheckBox *notesBox() const { return m_notes; }
    QCheckBox *fileBox() const { return m_keepFile; }
    QLineEdit *fileField() const { return m_file; }
    QLabel *statusLabel() const { return m_status; }

    void setFile(const QString &path, bool keep);
    QUrl server() const;
    QString user() const;
    QString password() const;
    // The calendar chosen; empty for a new one (see newCalendar).
    QUrl calendar() const;
    QString calendarName() const;
    // Where a new calendar goes: the account's calendar home.
    QUrl calendarHome() const { return m_home; }
    bool withNotes() const;
    // The .ics file to keep up to date; empty for none.
    QString file() const;
    // Whether the user asked to stop publishing this conference.
    bool stopRequested() const { return m_stop; }

    // Finds the account's calendars (the Connect button).
    void connectToServer();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateButtons();
    void chooseFile();

    CalDavClient &m_client;
    QString m_conferenceTitle;
    QUrl m_home;
    bool m_connected = false;
    bool m_stop = false;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QComboBox *m_calendars = nullptr;
    QCheckBox *m_notes = nullptr;
    QCheckBox *m_keepFile = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_chooseFile = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_stopButton = nullptr;
};

} // namespace planner
