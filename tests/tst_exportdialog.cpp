#include "agendabuilder.h"
#include "agendafixture.h"
#include "exportdialog.h"
#include "exportnotice.h"
#include "preferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace planner;
using namespace agendafixture;

namespace {

// Marks every text of the dialog, to see that a language change reaches all of them.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "planner::ExportDialog") != 0)
            return {};
        return QStringLiteral("[zz] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Closes the next message box once it is shown and hands back its text, so
// tests go through the same modal path the user sees.
class MessageBoxCatcher
{
public:
    MessageBoxCatcher() { poll(); }
    QString text() const { return m_text; }
    QMessageBox::Icon icon() const { return m_icon; }

private:
    void poll()
    {
        QTimer::singleShot(10, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                if (++m_tries < 500)
                    poll();
                return;
            }
            m_text = box->text();
            m_icon = box->icon();
            box->done(QMessageBox::Ok);
        });
    }

    QString m_text;
    QMessageBox::Icon m_icon = QMessageBox::NoIcon;
    int m_tries = 0;
};

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsTheChosenFormat();
    void choosingInTheComboBoxUpdatesThePreview();
    void scopeAndNotesChangeThePreview();
    void exportsToAFile();
    void calendarExportListsLeftOutSessions();
    void remembersFormatNotesAndPaper();
    void exportNoticeOffersOpenAndShowInFolder();
    void failureShowsAMessageNamingThePath();
    void everyControlIsNamedAndReachable();
    void retranslatesOnLanguageChange();

private:
    std::unique_ptr<Fixture> m_fixture;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExportDialog::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->setUp());
}

void TestExportDialog::cleanup()
{
    m_fixture.reset();
}

void TestExportDialog::previewShowsTheChosenFormat()
{
    ExportDialog dialog(m_fixture->database(), conference, Language::English);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFormat(ExportFormat::ICalendar);
    QVERIFY(dialog.previewText().startsWith(QStringLiteral("BEGIN:VCALENDAR\nVERSION:2.0\n")));
    dialog.setFormat(ExportFormat::Markdown);
    QVERIFY(dialog.previewText().startsWith(
        QStringLiteral("# NVIDIA GTC 2025: AI Conference for Developers")));
    dialog.setFormat(ExportFormat::Digest);
    QVERIFY(dialog.previewText().startsWith(
        QStringLiteral("# NVIDIA GTC 2025: AI Conference for Developers\n2025-03-17")));
    dialog.setFormat(ExportFormat::Csv);
    QVERIFY(dialog.previewText().startsWith(QStringLiteral("Date,Start,End,")));
    for (const ExportFormat format : { ExportFormat::Html, ExportFormat::Pdf }) {
        dialog.setFormat(format);
        const QString page = dialog.previewText();
        QVERIFY(page.contains(QStringLiteral("NVIDIA GTC 2025: AI Conference for Developers")));
        QVERIFY(!page.contains(QStringLiteral("<h1>"))); // rendered, not source
        QVERIFY(dialog.findChild<QTextBrowser *>()->isVisible());
    }
}

void TestExportDialog::choosingInTheComboBoxUpdatesThePreview()
{
    ExportDialog dialog(m_fixture->database(), conference, Language::English);
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 6);
    combo->setFocus();
    combo->setCurrentIndex(combo->findText(QStringLiteral("CSV"), Qt::MatchStartsWith));
    QCOMPARE(dialog.format(), ExportFormat::Csv);
    QVERIFY(dialog.previewText().startsWith(QStringLiteral("Date,")));
    QTest::keyClick(combo, Qt::Key_Up); // the keyboard moves through formats too
    QCOMPARE(dialog.format(), ExportFormat::Markdown);
    QVERIFY(dialog.previewText().startsWith(QStringLiteral("# ")));
}

void TestExportDialog::scopeAndNotesChangeThePreview()
{
    ExportDialog dialog(m_fixture->database(), conference, Language::English);
    dialog.setFormat(ExportFormat::Markdown);
    QCOMPARE(dialog.previewText().count(QStringLiteral("\n### ")), 4);
    QVERIFY(!dialog.previewText().contains(QStringLiteral("第二行")));
    dialog.setIncludesNotes(true);
    QVERIFY(dialog.previewText().contains(QStringLiteral("第二行")));
    dialog.findChildren<QRadioButton *>().at(1)->click();
    QCOMPARE(dialog.scope(), AgendaScope::WholeProgramme);
    QCOMPARE(dialog.previewText().count(QStringLiteral("\n### ")), 7);
}

void TestExportDialog::exportsToAFile()
{
    ExportDialog dialog(m_fixture->database(), conference, Language::Chinese);
    dialog.setFormat(ExportFormat::Markdown);
    dialog.setIncludesNotes(true);
    const QString path = m_fixture->filePath(QStringLiteral("議程.md"));
    QVERIFY(dialog.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    QCOMPARE(written, dialog.previewText()); // the preview is the file
    QVERIFY(written.contains(QStringLiteral("開發人員人工智慧大會")));

    dialog.setFormat(ExportFormat::Pdf);
    const QString pdf = m_fixture->filePath(QStringLiteral("agenda.pdf"));
    QVERIFY(dialog.exportTo(pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
}

void TestExportDialog::calendarExportListsLeftOutSessions()
{
    ExportDialog dialog(m_fixture->database(), conference, Language::English);
    dialog.setFormat(ExportFormat::ICalendar);
    // Before: the count is what the calendar will hold, and what it cannot is named.
    const QLabel *summary = nullptr;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("will be exported")))
            summary = label;
    }
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QStringLiteral("3 session(s) will be exported. Left out 1")),
        qPrintable(summary->text()));
    QVERIFY(summary->text().contains(drivingTitle));
    // After: the same in the closing message, and in the status bar's notice.
    const QString path = m_fixture->filePath(QStringLiteral("agenda.ics"));
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    MessageBoxCatcher catcher;
    QVERIFY(dialog.exportTo(path));
    QVERIFY2(catcher.text().startsWith(QStringLiteral("Exported 3 session(s) to %1.").arg(path)),
        qPrintable(catcher.text()));
    QVERIFY(catcher.text().contains(drivingTitle));
    QVERIFY(catcher.text().contains(QStringLiteral("Plan a Time")));
    QCOMPARE(catcher.icon(), QMessageBox::Information);
    QVERIFY(QFile::exists(path));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(0).toString(), path);
    QCOMPARE(exported.first().at(1).toString(), catcher.text());
}

void TestExportDialog::remembersFormatNotesAndPaper()
{
    {
        ExportDialog dialog(m_fixture->database(), conference, Language::English);
        QCOMPARE(dialog.format(), ExportFormat::ICalendar);
        QVERIFY(!dialog.includesNotes());
        QCOMPARE(dialog.paper(), ExportOptions::Paper::ByLanguage);
        dialog.setFormat(ExportFormat::Pdf);
        dialog.setIncludesNotes(true);
        dialog.setPaper(ExportOptions::Paper::Letter);
        QVERIFY(dialog.exportTo(m_fixture->filePath(QStringLiteral("agenda.pdf"))));
    }
    ExportDialog again(m_fixture->database(), conference, Language::English);
    QCOMPARE(again.format(), ExportFormat::Pdf);
    QVERIFY(again.includesNotes());
    QCOMPARE(again.paper(), ExportOptions::Paper::Letter);
    QCOMPARE(Preferences().folder(Preferences::Folder::Export),
        QFileInfo(m_fixture->filePath(QStringLiteral("agenda.pdf"))).absolutePath());
}

void TestExportDialog::exportNoticeOffersOpenAndShowInFolder()
{
    QMainWindow window;
    const QString path = m_fixture->filePath(QStringLiteral("agenda.md"));
    ExportNotice *first = ExportNotice::show(window.statusBar(), path, QStringLiteral("one"));
    ExportNotice *notice = ExportNotice::show(window.statusBar(), path, QStringLiteral("Exported 4"));
    QCOMPARE(window.statusBar()->findChildren<ExportNotice *>().size(), 1); // the last only
    Q_UNUSED(first);
    QCOMPARE(notice->text(), QStringLiteral("Exported 4"));
    QCOMPARE(notice->openButton()->text(), QStringLiteral("Open"));
    QCOMPARE(notice->folderButton()->text(), QStringLiteral("Show in Folder"));
    QVERIFY(!notice->openButton()->accessibleName().isEmpty());
}

void TestExportDialog::failureShowsAMessageNamingThePath()
{
    ExportDialog dialog(m_fixture->database(), conference, Language::English);
    dialog.setFormat(ExportFormat::Html);
    const QString path = m_fixture->filePath(QStringLiteral("missing/agenda.html"));
    MessageBoxCatcher catcher;
    QVERIFY(!dialog.exportTo(path));
    QVERIFY2(catcher.text().contains(QDir::toNativeSeparators(path)), qPrintable(catcher.text()));
    QCOMPARE(catcher.icon(), QMessageBox::Warning);
    QVERIFY(!QFile::exists(path));
}

void TestExportDialog::everyControlIsNamedAndReachable()
{
    ExportDialog dialog(m_fixture->database(), conference, Language::English);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QList<QWidget *> controls;
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextBrowser *>(w))
            controls.append(w);
    }
    QVERIFY(controls.size() >= 8);
    for (QWidget *w : controls) {
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, w->metaObject()->className());
    }
    // Tab goes from the format to the scope and on to the notes check box.
    auto *combo = dialog.findChild<QComboBox *>();
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    QTest::keyClick(&dialog, Qt::Key_Tab);
    QTRY_VERIFY(qobject_cast<QRadioButton *>(QApplication::focusWidget()));
}

void TestExportDialog::retranslatesOnLanguageChange()
{
    ExportDialog dialog(m_fixture->database(), conference, Language::English);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Export Agenda"));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("[zz] Export Agenda"));
    QVERIFY(dialog.findChild<QCheckBox *>()->text().startsWith(QStringLiteral("[zz] ")));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Export Agenda"));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
