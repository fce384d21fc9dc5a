#include "agendabuilder.h"
#include "agendafixture.h"
#include "pdfwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace planner;
using namespace agendafixture;

namespace {

// pdftotext's words with all white space removed, so line breaks in the layout
// do not matter. NFKC because Qt's PDF engine maps a glyph shared by a CJK
// ideograph and its Kangxi radical (人 and ⼈) to the lower code point, the radical.
QString extractedText(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput())
                       .normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QString withoutSpaces(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s+")));
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
    void letterPagesForUnitedStates();

private:
    QString writeFile(const QLocale &locale, bool withNotes = true);

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
    QCOMPARE(int(PdfWriter::pageSizeFor(locale).id()), size);
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

void TestPdfWriter::letterPagesForUnitedStates()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const auto pageSize = [](const QString &path) {
        QProcess process;
        process.start(QStringLiteral("pdfinfo"), { path });
        process.waitForFinished(60000);
        const QString info = QString::fromUtf8(process.readAllStandardOutput());
        return info.section(QStringLiteral("Page size:"), 1).section(u'\n', 0, 0).trimmed();
    };
    QVERIFY(pageSize(writeFile(QLocale(QLocale::English, QLocale::UnitedStates)))
                .contains(QLatin1String("letter")));
    QVERIFY(pageSize(writeFile(QLocale(QLocale::Chinese, QLocale::Taiwan)))
                .contains(QLatin1String("A4")));
}

// PDF needs text layout, so a QGuiApplication (offscreen in the tests).
QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
