#include "publishagendadialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace planner {

PublishAgendaDialog::PublishAgendaDialog(CalDavClient &client, const QString &conferenceTitle,
    const std::optional<CalDavAccount> &current, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_conferenceTitle(conferenceTitle)
{
    setObjectName(QStringLiteral("publishAgendaDialog"));
    buildUi();
    if (current) {
        m_server->setText(current->server.toString());
        m_user->setText(current->user);
        m_notes->setChecked(current->withNotes);
        m_calendars->addItem(current->calendarName, current->calendar);
        m_connected = true;
    }
    m_stopButton->setVisible(current.has_value());
    retranslateUi();
    updateButtons();
}

void PublishAgendaDialog::buildUi()
{
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setPlaceholderText(QStringLiteral("https://cloud.example.org/remote.php/dav"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_connect = new QPushButton(this);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_calendars = new QComboBox(this);
    m_calendars->setObjectName(QStringLiteral("calendars"));
    m_notes = new QCheckBox(this);
    m_notes->setObjectName(QStringLiteral("withNotes"));
    m_keepFile = new QCheckBox(this);
    m_keepFile->setObjectName(QStringLiteral("keepFile"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    m_chooseFile = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_stopButton = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_chooseFile);
    m_form = new QFormLayout;
    // Labels with their fields as buddies, so that Alt and the letter goes there.
    for (QWidget *field : { static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user),
             static_cast<QWidget *>(m_password) }) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_form->addRow(QString(), m_connect);
    auto *calendarLabel = new QLabel(this);
    calendarLabel->setBuddy(m_calendars);
    m_form->addRow(calendarLabel, m_calendars);
    m_form->addRow(QString(), m_notes);
    m_form->addRow(QString(), m_keepFile);
    m_form->addRow(QString(), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_connect, &QPushButton::clicked, this, &PublishAgendaDialog::connectToServer);
    connect(m_chooseFile, &QPushButton::clicked, this, &PublishAgendaDialog::chooseFile);
    connect(m_keepFile, &QCheckBox::toggled, this, &PublishAgendaDialog::updateButtons);
    for (QLineEdit *field : { m_server, m_user, m_password }) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            m_connected = false; // another account: find its calendars again
            updateButtons();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_stop = true;
        accept();
    });
}

void PublishAgendaDialog::retranslateUi()
{
    setWindowTitle(tr("Publish Agenda to Calendar"));
    const auto label = [this](QWidget *field, const QString &text) {
        static_cast<QLabel *>(m_form->labelForField(field))->setText(text);
    };
    label(m_server, tr("&Server:"));
    label(m_user, tr("&User name:"));
    label(m_password, tr("&Password:"));
    label(m_calendars, tr("&Calendar:"));
    m_server->setToolTip(tr("The CalDAV server's address: its root or /.well-known/caldav is "
                            "enough (Nextcloud, Radicale, Fastmail, iCloud, …)"));
    m_password->setToolTip(tr("A password or an app password. It is kept in the desktop's "
                              "keyring, never in the planner's files."));
    m_connect->setText(tr("C&onnect"));
    m_notes->setText(tr("Include my &notes"));
    m_keepFile->setText(tr("Also keep an .ics &file up to date:"));
    m_chooseFile->setText(tr("C&hoose…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Pu&blish"));
    m_stopButton->setText(tr("&Stop Publishing"));
    if (m_calendars->count() > 0 && !m_calendars->itemData(0).toUrl().isValid())
        m_calendars->setItemText(0, tr("New calendar “%1”").arg(m_conferenceTitle));
}

void PublishAgendaDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PublishAgendaDialog::updateButtons()
{
    m_file->setEnabled(m_keepFile->isChecked());
    m_chooseFile->setEnabled(m_keepFile->isChecked());
    m_calendars->setEnabled(m_connected);
    // Publishing needs a calendar, or at least the file.
    const bool calendar = m_connected && m_calendars->count() > 0;
    const bool file = m_keepFile->isChecked() && !m_file->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(calendar || file);
}

void PublishAgendaDialog::setFile(const QString &path, bool keep)
{
    m_file->setText(path);
    m_keepFile->setChecked(keep);
    updateButtons();
}

void PublishAgendaDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Keep the Agenda in a File"), m_file->text(), tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        setFile(path, true);
}

void PublishAgendaDialog::connectToServer()
{
    const QUrl address = server();
    if (!address.isValid() || address.host().isEmpty() || user().isEmpty()) {
        m_status->setText(tr("Give the server's address and your user name."));
        return;
    }
    m_status->setText(tr("Connecting to %1…").arg(address.host()));
    m_connect->setEnabled(false);
    m_client.setCredentials(user(), password());
    m_client.discover(address, [this](const CalDavDiscovery &found) {
        m_connect->setEnabled(true);
        if (!found.error.isEmpty()) {
            m_status->setText(tr("Cannot connect: %1").arg(found.error));
            return;
        }
        m_home = found.home;
        m_calendars->clear();
        m_calendars->addItem(tr("New calendar “%1”").arg(m_conferenceTitle), QUrl());
        int chosen = 0;
        for (const CalDavCalendar &calendar : found.calendars) {
            m_calendars->addItem(calendar.name, calendar.url);
            if (calendar.name == m_conferenceTitle)
                chosen = m_calendars->count() - 1;
        }
        m_calendars->setCurrentIndex(chosen);
        m_connected = true;
        m_status->setText(
            tr("Connected: %n calendar(s) for events.", nullptr, int(found.calendars.size())));
        updateButtons();
    });
}

QUrl PublishAgendaDialog::server() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

QString PublishAgendaDialog::user() const
{
    return m_user->text().trimmed();
}

QString PublishAgendaDialog::password() const
{
    return m_password->text();
}

QUrl PublishAgendaDialog::calendar() const
{
    return m_connected ? m_calendars->currentData().toUrl() : QUrl();
}

QString PublishAgendaDialog::calendarName() const
{
    return calendar().isValid() ? m_calendars->currentText() : m_conferenceTitle;
}

bool PublishAgendaDialog::withNotes() const
{
    return m_notes->isChecked();
}

QString PublishAgendaDialog::file() const
{
    return m_keepFile->isChecked() ? m_file->text().trimmed() : QString();
}

} // namespace planner
