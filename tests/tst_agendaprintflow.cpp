#include "agendabuilder.h"
#include "agendafixture.h"
#include "agendaprintflow.h"
#include "mainwindowactions.h"

#include <QAction>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

namespace {

// Without white space, nor hyphens: pdftotext joins a word hyphenated at a line's end.
QString bare(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("[\\s-]+")));
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    process.waitForFinished(60000);
    // NFKC: a printer's PDF keeps Qt's own text layer, which gives ligatures as ﬁ.
    return bare(
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC));
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { path });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput())
        .section(QStringLiteral("Pages:"), 1)
        .section(u'\n', 0, 0)
        .trimmed()
        .toInt();
}

} // namespace

// File → Print Agenda…: the printer gets AgendaPrintout's pages, as the PDF does.
class TestAgendaPrintFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsThePdfsPages();
    void printActionHasTheStandardShortcut();
};

void TestAgendaPrintFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAgendaPrintFlow::printsThePdfsPages()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    agendafixture::Fixture fixture;
    QVERIFY(fixture.setUp());
    QWidget window;
    AgendaPrintFlow flow(fixture.database(), &window);
    // In English: a printer's PDF keeps Qt's own text layer (PdfTextLayer is the
    // PDF export's), and paper needs none.
    flow.setLanguage(Language::English);
    const Agenda agenda = AgendaBuilder(fixture.database())
                              .build(agendafixture::conference, AgendaScope::WholeProgramme);
    // A printer that prints to a file, so the pages can be read back.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = fixture.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    const int pages = flow.paint(agenda, printer);
    QVERIFY(pages > 1);
    QCOMPARE(pdfPages(path), pages);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("NVIDIAGTC2025:AIConferenceforDevelopers")),
        qPrintable(text.left(300)));
    for (const AgendaItem &item : agenda.items)
        QVERIFY2(text.contains(bare(item.session.title.text(Language::English))),
            qPrintable(item.session.title.text(Language::English)));
}

void TestAgendaPrintFlow::printActionHasTheStandardShortcut()
{
    QWidget window;
    QUndoStack undoStack;
    MainWindowActions actions(undoStack, Language::English, &window);
    actions.retranslate();
    QCOMPARE(actions.printAgenda->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(actions.printAgenda->text(), QStringLiteral("&Print Agenda…"));
    QVERIFY(!actions.printAgenda->toolTip().isEmpty());
}

QTEST_MAIN(TestAgendaPrintFlow)
#include "tst_agendaprintflow.moc"
