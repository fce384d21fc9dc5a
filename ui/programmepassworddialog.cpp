#include "programmepassworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace planner {

ProgrammePasswordDialog::ProgrammePasswordDialog(
    const QString &host, const QString &realm, bool refused, QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("programmePasswordDialog"));
    setWindowTitle(tr("Password Needed"));
    QString intro = realm.isEmpty()
        ? tr("%1 asks for a user name and password before it gives the programme.").arg(host)
        : tr("%1 asks for a user name and password for “%2” before it gives the programme.")
              .arg(host, realm);
    if (refused)
        intro = tr("%1 did not accept the user name and password.").arg(host) + u' ' + intro;
    m_intro->setText(intro);
    m_intro->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keep->setObjectName(QStringLiteral("keepInKeyring"));
    m_keep->setText(tr("&Keep them in the keyring, for the next refresh"));
    m_keep->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Download"));
    auto *fields = new QFormLayout;
    fields->addRow(tr("&User name:"), m_user);
    fields->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(fields);
    layout->addWidget(m_keep);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &ProgrammePasswordDialog::updateButtons);
    updateButtons();
}

QString ProgrammePasswordDialog::user() const
{
    return m_user->text().trimmed();
}

QString ProgrammePasswordDialog::password() const
{
    return m_password->text();
}

bool ProgrammePasswordDialog::keep() const
{
    return m_keep->isChecked();
}

void ProgrammePasswordDialog::setUser(const QString &user)
{
    m_user->setText(user);
    if (!user.isEmpty())
        m_password->setFocus();
}

void ProgrammePasswordDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!user().isEmpty());
}

} // namespace planner
