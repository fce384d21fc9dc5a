#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace planner {

// Asks for the web address of a programme or of a conference's page; OK only
// once the text is an http or https address. Starts with the clipboard's text
// when that is one, as a pasted address usually is.
class OpenUrlDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenUrlDialog(QWidget *parent = nullptr);

    QUrl url() const;
    QLineEdit *addressField() const { return m_address; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    QLabel *m_label;
    QLineEdit *m_address;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace planner
