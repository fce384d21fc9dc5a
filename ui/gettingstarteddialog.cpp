#include "gettingstarteddialog.h"

#include "preferences.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace planner {

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("gettingStarted"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    // Readable by keyboard and screen reader: the text takes focus and can be selected.
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    setTabOrder(m_text, buttons);
    retranslateUi();
    resize(520, sizeHint().height());
}

GettingStartedDialog *GettingStartedDialog::showOnce(QWidget *window)
{
    Preferences preferences;
    if (preferences.gettingStartedShown())
        return nullptr;
    preferences.setGettingStartedShown();
    auto *dialog = new GettingStartedDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void GettingStartedDialog::retranslateUi()
{
    setWindowTitle(tr("Getting Started"));
    m_text->setText(
        tr("<p><b>Welcome to Conference Planner.</b> The programme is on the left, track by "
           "track; the selected session's details are beside it. Search with Ctrl+F.</p>"
           "<p><b>Bookmarks</b> — press Ctrl+D or click ☆ to bookmark a session you will "
           "attend. Bookmarked sessions make up <b>My Schedule</b> (Ctrl+3), day by day, "
           "with clashing sessions flagged; press Enter there to go back to a session.</p>"
           "<p><b>Notes</b> — star a session's key points with Space, comment on them with F2, "
           "and write notes (Ctrl+2). Everything is saved as you type and kept when the "
           "programme is updated.</p>"
           "<p>Import another conference with Ctrl+O or by dropping its file on the window. "
           "Help ▸ Keyboard Shortcuts lists every key; this text is in Help ▸ Getting "
           "Started.</p>"));
    m_text->setAccessibleName(windowTitle());
}

QString GettingStartedDialog::text() const
{
    return m_text->text();
}

void GettingStartedDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace planner
