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
{
    m_editor->setObjectName(QStringLiteral("notesEditor"));
    m_editor->setTabChangesFocus(true);
    m_label->setBuddy(m_editor);
    m_status->setWordWrap(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(autosaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &NotesEditor::flush);
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
    m_editor->setPlaceholderText(tr("Your notes on this session. They are saved as you type."));
    m_editor->setAccessibleName(tr("Notes"));
    showStatus();
}

void NotesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NotesEditor::setSession(const QString &conference, const QString &session)
{
    flush();
    // A failed save keeps the user's words on screen rather than losing them.
    if (m_dirty)
        return;
    m_conference = conference;
    m_session = session;
    m_loading = true;
    m_editor->setPlainText(
        session.isEmpty() ? QString() : m_userData.store().note(conference, session));
    m_loading = false;
    setEnabled(!session.isEmpty());
    showStatus();
}

QString NotesEditor::text() const
{
    return m_editor->toPlainText();
}

void NotesEditor::onTextChanged()
{
    if (m_loading || m_session.isEmpty())
        return;
    m_dirty = true;
    m_timer->start();
}

bool NotesEditor::flush()
{
    m_timer->stop();
    if (!m_dirty)
        return true;
    const StoreStatus status = m_userData.setNote(m_conference, m_session, m_editor->toPlainText());
    m_dirty = !status.ok();
    m_lastError = status.error;
    showStatus();
    return status.ok();
}

void NotesEditor::showStatus()
{
    m_status->setVisible(!m_lastError.isEmpty());
    if (!m_lastError.isEmpty())
        m_status->setText(tr("Not saved yet: %1. Your text stays here; it is saved when "
                             "the database can be written again.")
                              .arg(m_lastError));
}

} // namespace planner
