#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStatusBar;

namespace planner {

// The status bar's word after an export: what went where, with buttons to open
// the file and to show its folder. It goes by itself after a while, or when the
// next export replaces it.
class ExportNotice : public QWidget
{
    Q_OBJECT

public:
    ExportNotice(const QString &path, const QString &summary, QWidget *parent = nullptr);

    // Shows a notice for `path` in `bar`, in place of the one shown before.
    static ExportNotice *show(QStatusBar *bar, const QString &path, const QString &summary);

    QString text() const;
    QPushButton *openButton() const { return m_open; }
    QPushButton *folderButton() const { return m_folder; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_path;
    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_folder = nullptr;
};

} // namespace planner
