#include "agendabuilder.h"
#include "agendafixture.h"
#include "exportfixture.h"
#include "agendaprintout.h"
#include "agendatext.h"
#include "pdfwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace planner;
using namespace agendafixture;

Q_DECLARE_METATYPE(planner::Language)

namespace {

// pdftotext's words with all white space removed, so line breaks in the layout
// do not matter.
QString extractedText(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

// pdftotext's text as written, white space and all, of one page or of all.
QString pdfText(const QString &pdfPath, int page = 0)
{
    QStringList arguments { QStringLiteral("-enc"), QStringLiteral("UTF-8") };
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments << pdfPath << QStringLiteral("-"));
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfInfo(const QString &pdfPath, const QString &field)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { pdfPath });
    process.waitForFinished(60000);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    return info.section(field + u':', 1).section(u'\n', 0, 0).trimmed();
}

QString bare(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
}

bool hasPoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

QString withoutSpaces(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class TestPdfWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesPdf();
    void pageSizeFollowsLocale_data();
    void pageSizeFollowsLocale();
    void pdftotextFindsChineseTitleAndNote();
    void paperFollowsTheExportLanguage_data();
    void paperFollowsTheExportLanguage();
    void textLayerGivesTheRealCharacters();
    void pdftotextEqualsTheTextDrawn_data();
    void pdftotextEqualsTheTextDrawn();
    void keepsEachSessionOnOnePage();
    void carriesDescriptionsSpeakersLinksAndEmoji();

private:
    QString writeFile(const QLocale &locale, bool withNotes = true);
    QString writeAgenda(const Agenda &agenda, const ExportOptions &options,
        const QLocale &system = QLocale(QLocale::English, QLocale::UnitedStates));

    std::unique_ptr<Fixture> m_fixture;
};

void TestPdfWriter::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->setUp());
}

void TestPdfWriter::cleanup()
{
    m_fixture.reset();
}

QString TestPdfWriter::writeFile(const QLocale &locale, bool withNotes)
{
    ExportOptions options;
    options.language = Language::Chinese;
    options.withNotes = withNotes;
    const QByteArray pdf
        = PdfWriter(options, locale).write(AgendaBuilder(m_fixture->database()).build(conference));
    const QString path = m_fixture->filePath(QStringLiteral("agenda.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestPdfWriter::writesPdf()
{
    QFile file(writeFile(QLocale(QLocale::Chinese, QLocale::Taiwan)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.size() > 10000);
}

void TestPdfWriter::pageSizeFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("size");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << int(QPageSize::Letter);
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << int(QPageSize::Letter);
    QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << int(QPageSize::Letter);
    QTest::newRow("zh_TW") << QLocale(QLocale::Chinese, QLocale::Taiwan) << int(QPageSize::A4);
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << int(QPageSize::A4);
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << int(QPageSize::A4);
}

void TestPdfWriter::pageSizeFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(int, size);
    QCOMPARE(int(AgendaPrintout::pageSizeFor(locale).id()), size);
}

void TestPdfWriter::pdftotextFindsChineseTitleAndNote()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = extractedText(writeFile(QLocale(QLocale::Chinese, QLocale::Taiwan)));
    QVERIFY2(text.contains(QStringLiteral("開發人員人工智慧大會")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("NVIDIA全面賦能端到端自動駕駛")));
    QVERIFY(text.contains(withoutSpaces(trickyNote.section(u'\n', 0, 0))));
    QVERIFY(text.contains(QStringLiteral("第二行<script>alert(1)</script>")));
    QVERIFY(text.contains(QStringLiteral("[S72484]"))); // Latin digits survive too
    QVERIFY(!extractedText(writeFile(QLocale(), false)).contains(QStringLiteral("第二行")));
}

QString TestPdfWriter::writeAgenda(
    const Agenda &agenda, const ExportOptions &options, const QLocale &system)
{
    const QByteArray pdf = PdfWriter(options, system).write(agenda);
    const QString path = m_fixture->filePath(QStringLiteral("written.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestPdfWriter::paperFollowsTheExportLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("pdfinfo");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const int byLanguage = int(ExportOptions::Paper::ByLanguage);
    QTest::newRow("Chinese on a US system") << Language::Chinese << us << byLanguage << "A4";
    QTest::newRow("English on a US system") << Language::English << us << byLanguage << "letter";
    QTest::newRow("English on a UK system") << Language::English << uk << byLanguage << "A4";
    QTest::newRow("English on a German system")
        << Language::English << QLocale(QLocale::German, QLocale::Germany) << byLanguage
        << "letter";
    QTest::newRow("Letter chosen") << Language::Chinese << uk << int(ExportOptions::Paper::Letter)
                                   << "letter";
    QTest::newRow("A4 chosen") << Language::English << us << int(ExportOptions::Paper::A4) << "A4";
}

void TestPdfWriter::paperFollowsTheExportLanguage()
{
    QFETCH(Language, language);
    QFETCH(QLocale, system);
    QFETCH(int, paper);
    QFETCH(QString, pdfinfo);
    if (!hasPoppler())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    ExportOptions options;
    options.language = language;
    options.paper = ExportOptions::Paper(paper);
    const QString path
        = writeAgenda(AgendaBuilder(m_fixture->database()).build(conference), options, system);
    const QString size = pdfInfo(path, QStringLiteral("Page size"));
    QVERIFY2(size.contains(pdfinfo), qPrintable(size));
}

// Every character as written: no Kangxi radical (⼈ for 人) or other stand-in.
void TestPdfWriter::textLayerGivesTheRealCharacters()
{
    if (!hasPoppler())
        QSKIP("pdftotext (poppler-utils) is not installed");
    ExportOptions options;
    options.language = Language::Chinese;
    options.withNotes = true;
    const Agenda agenda
        = AgendaBuilder(m_fixture->database()).build(conference, AgendaScope::WholeProgramme);
    const QString text = pdfText(writeAgenda(agenda, options));
    static const QRegularExpression radicals(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
    QVERIFY2(!text.contains(radicals), qPrintable(text.left(400)));
    const QString extracted = bare(text);
    QVERIFY(!extracted.isEmpty());
    for (const AgendaItem &item : agenda.items) {
        const Session &s = item.session;
        QVERIFY2(extracted.contains(bare(s.title.text(Language::Chinese))), qPrintable(s.title.text(Language::Chinese)));
        QVERIFY2(extracted.contains(bare(s.overview.text(Language::Chinese))),
            qPrintable(s.overview.text(Language::Chinese)));
        for (const KeyPoint &point : s.keyPoints)
            QVERIFY2(extracted.contains(bare(point.text.text(Language::Chinese))),
                qPrintable(point.text.text(Language::Chinese)));
    }
    QVERIFY(extracted.contains(bare(trickyNote.section(u'\n', 0, 1))));
}

void TestPdfWriter::pdftotextEqualsTheTextDrawn_data()
{
    QTest::addColumn<bool>("hostile");
    QTest::addColumn<Language>("language");
    QTest::newRow("GTC 2025 in Chinese") << false << Language::Chinese;
    QTest::newRow("hostile programme in English") << true << Language::English;
    QTest::newRow("hostile programme in Chinese") << true << Language::Chinese;
}

// The whole agenda: what pdftotext reads is the text drawn, character for character
// (white space aside, Chinese and emoji included), page footers taken out.
void TestPdfWriter::pdftotextEqualsTheTextDrawn()
{
    QFETCH(bool, hostile);
    QFETCH(Language, language);
    if (!hasPoppler())
        QSKIP("pdftotext (poppler-utils) is not installed");
    ExportOptions options;
    options.language = language;
    options.withNotes = true;
    exportfixture::Fixture programme;
    QVERIFY(!hostile || programme.setUp());
    const Agenda agenda = hostile
        ? programme.agenda()
        : AgendaBuilder(m_fixture->database()).build(conference, AgendaScope::WholeProgramme);
    const QString path = writeAgenda(agenda, options);
    AgendaPrintout printout(agenda, options);
    QString extracted;
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    for (int page = 1; page <= pages; ++page) {
        QString text = bare(pdfText(path, page));
        const QString footer = bare(AgendaText(agenda, language).documentTitle())
            + bare(AgendaPrintout::tr("Page %1 of %2").arg(page).arg(pages));
        QVERIFY2(text.endsWith(footer), qPrintable(text.right(80)));
        extracted += text.chopped(footer.size());
    }
    QCOMPARE(extracted, bare(printout.bodyText()));
}

void TestPdfWriter::keepsEachSessionOnOnePage()
{
    if (!hasPoppler())
        QSKIP("pdftotext (poppler-utils) is not installed");
    ExportOptions options;
    options.language = Language::Chinese;
    options.withNotes = true;
    const Agenda agenda
        = AgendaBuilder(m_fixture->database()).build(conference, AgendaScope::WholeProgramme);
    const QString path = writeAgenda(agenda, options);
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY(pages > 1);
    QStringList pageTexts;
    for (int page = 1; page <= pages; ++page)
        pageTexts.append(bare(pdfText(path, page)));
    const auto pageOf = [&pageTexts](const QString &text) {
        for (qsizetype i = 0; i < pageTexts.size(); ++i) {
            if (pageTexts.at(i).contains(bare(text)))
                return int(i);
        }
        return -1;
    };
    for (const AgendaItem &item : agenda.items) {
        const Session &s = item.session;
        const int first = pageOf(s.title.text(Language::Chinese));
        QVERIFY2(first >= 0, qPrintable(s.title.text(Language::Chinese)));
        const QString last = s.keyPoints.isEmpty() ? s.overview.text(Language::Chinese)
                                                   : s.keyPoints.last().text.text(Language::Chinese);
        QCOMPARE(pageOf(last), first);
    }
    // The footer counts the pages.
    QVERIFY(pageTexts.last().contains(QStringLiteral("%1of%1").arg(pages)));
}

void TestPdfWriter::carriesDescriptionsSpeakersLinksAndEmoji()
{
    if (!hasPoppler())
        QSKIP("pdftotext (poppler-utils) is not installed");
    exportfixture::Fixture programme;
    QVERIFY(programme.setUp());
    ExportOptions options;
    options.language = Language::English;
    const QString text = bare(pdfText(writeAgenda(programme.agenda(), options)));
    QVERIFY2(text.contains(bare(exportfixture::hostileTitle)), qPrintable(text.left(600)));
    QVERIFY(text.contains(bare(exportfixture::descriptionOnly)));
    QVERIFY(text.contains(QStringLiteral("Firstparagraphofthedescription")));
    QVERIFY(text.contains(QStringLiteral("AdaLovelace,林小明")));
    QVERIFY(text.contains(QStringLiteral("Slides[PDF]")));
    QVERIFY(text.contains(QStringLiteral("Recording")));
    QVERIFY(!text.contains(QStringLiteral("Evillink")));
    QVERIFY2(text.contains(bare(exportfixture::emojiAbstract)), qPrintable(text.left(600)));
    // A link ending in an unbalanced ")" leaves the file readable.
    QProcess check;
    check.start(QStringLiteral("pdftotext"),
        { m_fixture->filePath(QStringLiteral("written.pdf")), QStringLiteral("-") });
    QVERIFY(check.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(check.readAllStandardError()), QString());
}

// PDF needs text layout, so a QGuiApplication (offscreen in the tests).
QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
