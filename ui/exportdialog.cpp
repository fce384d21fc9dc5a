#include "exportdialog.h"

#include "agendabuilder.h"
#include "exportfile.h"
#include "htmlwriter.h"
#include "preferences.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace planner {

ExportDialog::ExportDialog(
    Database &database, const QString &conferenceKey, Language language, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_conferenceKey(conferenceKey)
    , m_language(language)
{
    buildUi();
    restoreChoices();
    retranslateUi();
    refresh();
}

void ExportDialog::buildUi()
{
    m_format = new QComboBox(this);
    for (const ExportFormat format : AgendaExporter::formats())
        m_format->addItem(QString(), QVariant::fromValue(int(format)));
    m_formatLabel = new QLabel(this);
    m_formatLabel->setBuddy(m_format);

    m_bookmarked = new QRadioButton(this);
    m_wholeProgramme = new QRadioButton(this);
    m_bookmarked->setChecked(true);
    m_scopeGroup = new QButtonGroup(this);
    m_scopeGroup->addButton(m_bookmarked);
    m_scopeGroup->addButton(m_wholeProgramme);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_bookmarked);
    scopeRow->addWidget(m_wholeProgramme);
    scopeRow->addStretch();
    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setBuddy(m_bookmarked);
    m_notes = new QCheckBox(this);
    m_paper = new QComboBox(this);
    for (const ExportOptions::Paper paper : { ExportOptions::Paper::ByLanguage,
             ExportOptions::Paper::A4, ExportOptions::Paper::Letter })
        m_paper->addItem(QString(), QVariant::fromValue(int(paper)));
    m_paperLabel = new QLabel(this);
    m_paperLabel->setBuddy(m_paper);

    m_textPreview = new QPlainTextEdit(this);
    m_textPreview->setReadOnly(true);
    m_textPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pagePreview = new QTextBrowser(this);
    m_pagePreview->setOpenLinks(false); // a preview, not a browser
    m_previewStack = new QStackedWidget(this);
    m_previewStack->addWidget(m_textPreview);
    m_previewStack->addWidget(m_pagePreview);
    m_previewLabel = new QLabel(this);
    m_previewLabel->setBuddy(m_previewStack);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    layOut(scopeRow);
    connectControls();
}

void ExportDialog::layOut(QLayout *scopeRow)
{
    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_scopeLabel, scopeRow);
    form->addRow(QString(), m_notes);
    form->addRow(m_paperLabel, m_paper);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_previewStack, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    setTabOrder(m_format, m_bookmarked);
    setTabOrder(m_bookmarked, m_wholeProgramme);
    setTabOrder(m_wholeProgramme, m_notes);
    setTabOrder(m_notes, m_paper);
    setTabOrder(m_paper, m_textPreview);
    setTabOrder(m_textPreview, m_pagePreview);
    resize(760, 600);
}

void ExportDialog::connectControls()
{
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_scopeGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            refresh();
    });
    connect(m_notes, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Agenda"));
    m_formatLabel->setText(tr("&Format:"));
    for (int i = 0; i < m_format->count(); ++i)
        m_format->setItemText(
            i, AgendaExporter::displayName(ExportFormat(m_format->itemData(i).toInt())));
    m_format->setAccessibleName(tr("Export format"));
    m_scopeLabel->setText(tr("Sessions:"));
    m_bookmarked->setText(tr("&Bookmarked sessions"));
    m_bookmarked->setAccessibleName(tr("Export bookmarked sessions"));
    m_wholeProgramme->setText(tr("&Whole programme"));
    m_wholeProgramme->setAccessibleName(tr("Export the whole programme"));
    m_notes->setText(tr("Include my &notes"));
    m_notes->setAccessibleName(tr("Include my notes"));
    m_paperLabel->setText(tr("P&aper:"));
    m_paper->setItemText(0, tr("As the language's country uses"));
    m_paper->setItemText(1, tr("A4"));
    m_paper->setItemText(2, tr("US Letter"));
    m_paper->setAccessibleName(tr("Paper size of the PDF"));
    m_previewLabel->setText(tr("&Preview:"));
    m_textPreview->setAccessibleName(tr("Preview of the exported file"));
    m_pagePreview->setAccessibleName(tr("Preview of the exported page"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setAccessibleName(tr("Export to a file"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    updatePreview(); // the export's own labels are translated too
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(QVariant::fromValue(int(format))));
}

AgendaScope ExportDialog::scope() const
{
    return m_wholeProgramme->isChecked() ? AgendaScope::WholeProgramme : AgendaScope::Bookmarked;
}

void ExportDialog::setScope(AgendaScope scope)
{
    (scope == AgendaScope::WholeProgramme ? m_wholeProgramme : m_bookmarked)->setChecked(true);
}

bool ExportDialog::includesNotes() const
{
    return m_notes->isChecked();
}

void ExportDialog::setIncludesNotes(bool include)
{
    m_notes->setChecked(include);
}

ExportOptions::Paper ExportDialog::paper() const
{
    return ExportOptions::Paper(m_paper->currentData().toInt());
}

void ExportDialog::setPaper(ExportOptions::Paper paper)
{
    m_paper->setCurrentIndex(m_paper->findData(QVariant::fromValue(int(paper))));
}

void ExportDialog::restoreChoices()
{
    const Preferences::ExportChoices choices = Preferences().exportChoices();
    if (const std::optional<ExportFormat> format = AgendaExporter::fromName(choices.format))
        setFormat(*format);
    setIncludesNotes(choices.withNotes);
    setPaper(choices.paper == QLatin1String("a4")   ? ExportOptions::Paper::A4
            : choices.paper == QLatin1String("letter") ? ExportOptions::Paper::Letter
                                                      : ExportOptions::Paper::ByLanguage);
}

void ExportDialog::rememberChoices(const QString &path) const
{
    Preferences preferences;
    const ExportOptions::Paper chosen = paper();
    preferences.setExportChoices({ AgendaExporter::name(format()), includesNotes(),
        chosen == ExportOptions::Paper::A4           ? QStringLiteral("a4")
            : chosen == ExportOptions::Paper::Letter ? QStringLiteral("letter")
                                                     : QString() });
    preferences.setFolder(Preferences::Folder::Export, QFileInfo(path).absolutePath());
}

void ExportDialog::setLanguage(Language language)
{
    m_language = language;
    updatePreview();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.language = m_language;
    options.withNotes = includesNotes();
    options.paper = paper();
    options.reminderMinutes = Preferences().reminderMinutes();
    return options;
}

void ExportDialog::refresh()
{
    m_agenda = AgendaBuilder(m_database).build(m_conferenceKey, scope());
    updatePreview();
}

void ExportDialog::updatePreview()
{
    if (!m_format || !m_summary)
        return; // still being built
    const ExportFormat chosen = format();
    if (AgendaExporter::isText(chosen)) {
        const ExportOutput output = AgendaExporter::render(chosen, m_agenda, options());
        QString text = QString::fromUtf8(output.bytes);
        if (text.startsWith(QChar::ByteOrderMark))
            text.remove(0, 1);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // CRLF means nothing on screen
        m_textPreview->setPlainText(text);
        m_previewStack->setCurrentWidget(m_textPreview);
    } else {
        // The PDF is this page laid out on paper.
        m_pagePreview->setHtml(HtmlWriter(options()).page(m_agenda));
        m_previewStack->setCurrentWidget(m_pagePreview);
    }
    m_previewLabel->setBuddy(m_previewStack->currentWidget());
    m_paper->setEnabled(chosen == ExportFormat::Pdf);
    m_paperLabel->setEnabled(chosen == ExportFormat::Pdf);
    m_summary->setText(summary(chosen));
    m_exportButton->setEnabled(!m_agenda.items.isEmpty());
}

// What the file will hold, counted as the writer counts it.
QString ExportDialog::summary(ExportFormat chosen) const
{
    if (m_agenda.items.isEmpty() && scope() == AgendaScope::Bookmarked)
        return tr("No session is bookmarked yet: bookmark sessions, or export the whole "
                  "programme.");
    QStringList leftOut;
    if (chosen == ExportFormat::ICalendar)
        leftOut = AgendaExporter::render(chosen, m_agenda, options()).leftOut;
    const int written = int(m_agenda.items.size() - leftOut.size());
    QString text = tr("%n session(s) will be exported.", nullptr, written);
    if (const QString left = AgendaExporter::leftOutMessage(leftOut); !left.isEmpty())
        text += u' ' + left;
    return text;
}

QString ExportDialog::previewText() const
{
    return m_previewStack->currentWidget() == m_textPreview ? m_textPreview->toPlainText()
                                                            : m_pagePreview->toPlainText();
}

QString ExportDialog::suggestedPath() const
{
    QString folder = Preferences().folder(Preferences::Folder::Export);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(
        QStringLiteral("%1-agenda.%2")
            .arg(m_agenda.conference.key.isEmpty() ? QStringLiteral("conference")
                                                   : m_agenda.conference.key,
                AgendaExporter::suffix(format())));
}

void ExportDialog::chooseFileAndExport()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Agenda"), suggestedPath(), AgendaExporter::fileFilter(format()));
    if (path.isEmpty())
        return; // cancelled
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + AgendaExporter::suffix(format());
    if (exportTo(path))
        accept();
}

bool ExportDialog::exportTo(const QString &path)
{
    const ExportOutput output = AgendaExporter::render(format(), m_agenda, options());
    if (const std::optional<QString> error = ExportFile::write(path, output.bytes)) {
        QMessageBox::warning(this, tr("Export Failed"), *error);
        return false;
    }
    rememberChoices(path);
    const QString summary = AgendaExporter::summary(output, path);
    // Left-out sessions are worth stopping for; a plain success is told in the status bar.
    if (!output.leftOut.isEmpty())
        QMessageBox::information(this, tr("Export Finished"), summary);
    emit exported(path, summary);
    return true;
}

} // namespace planner
