#include "noteseditor.h"

#include "userdataservice.h"
#include "userdatastore.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace planner {

NotesEditor::NotesEditor(UserDataService &userData, QWidget *parent)
    : QWidget(parent)
    , m_userData(userData)
    , m_label(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_editor->setObjectName(QStringLiteral("notesEditor"));
    m_editor->setTabChangesFocus(true);
    m_label->setBuddy(m_editor);
    m_status->setObjectName(QStringLiteral("notesStatus"));
    m_status->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(autosaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &NotesEditor::flush);
    m_retryTimer->setInterval(retryDelayMs);
    connect(m_retryTimer, &QTimer::timeout, this, &NotesEditor::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesEditor::onTextChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    setEnabled(false);
    retranslateUi();
}

void NotesEditor::retranslateUi()
{
    m_label->setText(tr("&Notes"));
    m_editor->setPlaceholderText(m_readOnly
            ? tr("The database is read-only: notes can be read here but not changed.")
            : tr("Your notes on this session. They are saved as you type."));
    m_editor->setAccessibleName(tr("Notes"));
    showStatus();
}

void NotesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NotesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    retranslateUi();
}

void NotesEditor::setSession(const QString &conference, const QString &session)
{
    if (m_dirty && !saveCurrent()) // kept in m_unsaved: the words survive the switch
        m_unsaved.insert({ m_conference, m_session }, m_editor->toPlainText());
    m_dirty = false;
    m_conference = conference;
    m_session = session;
    const auto unsaved = m_unsaved.constFind({ conference, session });
    m_loading = true;
    if (unsaved != m_unsaved.cend())
        m_editor->setPlainText(*unsaved);
    else
        m_editor->setPlainText(
            session.isEmpty() ? QString() : m_userData.store().note(conference, session));
    m_loading = false;
    if (unsaved != m_unsaved.cend()) {
        m_unsaved.erase(unsaved);
        m_dirty = true; // saved with the others on the next attempt
    }
    setEnabled(!session.isEmpty());
    showStatus();
}

QString NotesEditor::text() const
{
    return m_editor->toPlainText();
}

QList<NotesEditor::UnsavedNote> NotesEditor::unsavedNotes() const
{
    QList<UnsavedNote> notes;
    for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it)
        notes.append({ it.key().first, it.key().second, it.value() });
    if (m_dirty)
        notes.append({ m_conference, m_session, m_editor->toPlainText() });
    return notes;
}

void NotesEditor::onTextChanged()
{
    if (m_loading || m_session.isEmpty())
        return;
    m_dirty = true;
    // Not restarted on every keystroke: a user who types without pausing would
    // otherwise never be saved, and a crash would take everything typed.
    if (!m_timer->isActive())
        m_timer->start();
}

bool NotesEditor::saveCurrent()
{
    const StoreStatus status = m_userData.setNote(m_conference, m_session, m_editor->toPlainText());
    m_lastError = status.error;
    return status.ok();
}

void NotesEditor::retryUnsaved()
{
    for (auto it = m_unsaved.begin(); it != m_unsaved.end();) {
        const StoreStatus status = m_userData.setNote(it.key().first, it.key().second, it.value());
        if (!status.ok()) {
            m_lastError = status.error;
            return; // the store is still refusing: try them all again later
        }
        it = m_unsaved.erase(it);
    }
}

bool NotesEditor::flush()
{
    m_timer->stop();
    if (m_dirty)
        m_dirty = !saveCurrent();
    if (!m_dirty)
        m_lastError.clear();
    if (!m_dirty && !m_unsaved.isEmpty())
        retryUnsaved();
    const bool saved = !hasUnsavedChanges();
    if (saved)
        m_retryTimer->stop();
    else if (!m_retryTimer->isActive())
        m_retryTimer->start(); // the disk may be freed without the user typing again
    showStatus();
    return saved;
}

void NotesEditor::showStatus()
{
    const bool failing = hasUnsavedChanges() && !m_lastError.isEmpty();
    m_status->setVisible(failing);
    if (!failing)
        return;
    QString text = tr("Not saved yet: %1. Your text stays here; it is saved when the database "
                      "can be written again.")
                       .arg(m_lastError);
    if (!m_unsaved.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n other note(s) are waiting to be saved too.", "", int(m_unsaved.size()));
    m_status->setText(text);
}

} // namespace planner
