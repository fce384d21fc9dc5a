#pragma once

#include "agenda.h"
#include "agendaexporter.h"
#include "language.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;

namespace planner {

class Database;

// File → Export agenda…: picks a format, the sessions and whether notes go
// along, previews the result and saves it. Reads the agenda through
// AgendaBuilder and writes through ExportFile, so it holds no export logic.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Database &database, const QString &conferenceKey, Language language,
        QWidget *parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    AgendaScope scope() const;
    void setScope(AgendaScope scope);
    bool includesNotes() const;
    void setIncludesNotes(bool include);
    ExportOptions::Paper paper() const;
    void setPaper(ExportOptions::Paper paper);
    // The language of the exported content; follows the interface language.
    void setLanguage(Language language);

    // What the preview shows: the file's text, or the page's text for HTML and PDF.
    QString previewText() const;
    // Writes the export to `path`; on failure says so in a message box and
    // returns false. After a calendar export that left sessions out, says which,
    // why and how to include them. Remembers the choices for the next export.
    bool exportTo(const QString &path);

signals:
    // After a file was written: where, and what it holds in a sentence.
    void exported(const QString &path, const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void layOut(QLayout *scopeRow);
    void connectControls();
    void retranslateUi();
    void refresh();
    void updatePreview();
    void restoreChoices();
    void rememberChoices(const QString &path) const;
    void chooseFileAndExport();
    QString suggestedPath() const;
    QString summary(ExportFormat chosen) const;
    ExportOptions options() const;

    Database &m_database;
    const QString m_conferenceKey;
    Language m_language;
    Agenda m_agenda;

    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QButtonGroup *m_scopeGroup = nullptr;
    QRadioButton *m_bookmarked = nullptr;
    QRadioButton *m_wholeProgramme = nullptr;
    QCheckBox *m_notes = nullptr;
    QLabel *m_paperLabel = nullptr;
    QComboBox *m_paper = nullptr;
    QLabel *m_previewLabel = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QPlainTextEdit *m_textPreview = nullptr;
    QTextBrowser *m_pagePreview = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace planner
