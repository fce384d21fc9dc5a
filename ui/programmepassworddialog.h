#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace planner {

// Asks for the user name and password a server wants before it gives a programme,
// naming the server and what it calls the protected place (its realm), and
// whether to keep them in the desktop's keyring.
class ProgrammePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // `refused`: the ones given last were not accepted.
    ProgrammePasswordDialog(
        const QString &host, const QString &realm, bool refused, QWidget *parent = nullptr);

    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *keepBox() const { return m_keep; }
    QString user() const;
    QString password() const;
    bool keep() const;
    void setUser(const QString &user);

private:
    void updateButtons();

    QLabel *m_intro;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QDialogButtonBox *m_buttons;
};

} // namespace planner
