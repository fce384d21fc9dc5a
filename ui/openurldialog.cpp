#include "openurldialog.h"

#include "programmedownload.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace planner {

OpenUrlDialog::OpenUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("openUrlDialog"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setMinimumWidth(m_address->fontMetrics().averageCharWidth() * 60);
    m_label->setBuddy(m_address);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // read as a note beside the field
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_address);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &OpenUrlDialog::updateButtons);
    const QString pasted = QApplication::clipboard()->text().trimmed();
    if (pasted.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || pasted.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        m_address->setText(pasted);
        m_address->selectAll();
    }
    retranslateUi();
    updateButtons();
}

QUrl OpenUrlDialog::url() const
{
    return ProgrammeDownload::fromUserInput(m_address->text());
}

void OpenUrlDialog::updateButtons()
{
    const QString text = m_address->text().trimmed();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!text.isEmpty() && !ProgrammeDownload::refusal(url()));
}

void OpenUrlDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OpenUrlDialog::retranslateUi()
{
    setWindowTitle(tr("Open URL"));
    m_label->setText(tr("&Address of a programme, or of the conference's page:"));
    m_address->setPlaceholderText(tr("https://example.org/2026/schedule.xml"));
    m_hint->setText(tr("Pentabarf/frab XML, schedule.json or iCalendar. The conference "
                       "remembers the address: View ▸ Refresh Programme (F5) downloads it again."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
}

} // namespace planner
