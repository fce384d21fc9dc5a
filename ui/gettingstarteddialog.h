#pragma once

#include <QDialog>

class QLabel;

namespace planner {

// The first-start hint: what bookmarks, notes and the schedule are for, and the keys
// that reach them. Shown once by itself (remembered in QSettings), and from Help.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    // Shows the hint beside `window` unless it was shown before; returns it or null.
    static GettingStartedDialog *showOnce(QWidget *window);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
};

} // namespace planner
