#include "agendabuilder.h"
#include "agendafixture.h"
#include "exportfixture.h"
#include "csvwriter.h"

#include <QtTest>

using namespace planner;
using namespace agendafixture;

namespace {

// A strict RFC 4180 reader for the test: CRLF between records, quoted fields
// may hold anything with quotes doubled.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    const auto at = [&text](qsizetype i) { return i < text.size() ? text.at(i) : QChar(); };
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, QString()));
        } else if (c == u'\r' && at(i + 1) == u'\n') {
            row.append(std::exchange(field, QString()));
            rows.append(std::exchange(row, QStringList()));
            ++i;
        } else if (c == u'\r' || c == u'\n' || c == u'"') {
            *ok = false; // bare line breaks and quotes belong inside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false; // the last record must end with CRLF
    return rows;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithBomAndEndsRecordsWithCrlf();
    void oneQuotedRowPerSession();
    void neutralisesFormulas();
    void carriesDescriptionSpeakersAndLinks();
    void cell_data();
    void cell();

private:
    QByteArray write(bool withNotes = true) const;

    std::unique_ptr<Fixture> m_fixture;
};

void TestCsvWriter::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->setUp());
}

void TestCsvWriter::cleanup()
{
    m_fixture.reset();
}

QByteArray TestCsvWriter::write(bool withNotes) const
{
    ExportOptions options;
    options.language = Language::Chinese;
    options.withNotes = withNotes;
    return CsvWriter(options).write(AgendaBuilder(m_fixture->database()).build(conference));
}

void TestCsvWriter::startsWithBomAndEndsRecordsWithCrlf()
{
    const QByteArray csv = write();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Date,Start,End,"));
    QVERIFY(csv.endsWith("\r\n"));
    QVERIFY(csv.contains("\r\n2025-03-18,10:00,12:00,America/Los_Angeles,"));
}

void TestCsvWriter::oneQuotedRowPerSession()
{
    const QByteArray csv = write();
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 5); // the header and four sessions
    const QStringList header = rows.first();
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const qsizetype notes = header.indexOf(QStringLiteral("Notes"));
    const qsizetype key = header.indexOf(QStringLiteral("Session key"));
    const qsizetype title = header.indexOf(QStringLiteral("Title"));
    const qsizetype points = header.indexOf(QStringLiteral("Key points"));
    QVERIFY(notes > 0 && key > 0 && title > 0 && points > 0);
    QCOMPARE(rows.at(1).at(key), keynote);
    QCOMPARE(rows.at(1).at(notes), trickyNote); // quotes, commas, semicolons, lines intact
    QVERIFY(rows.at(1).at(points).contains(QStringLiteral("★ ")));
    QVERIFY(rows.at(1).at(points).contains(starComment));
    QCOMPARE(rows.at(4).at(title), QStringLiteral("NVIDIA 全面賦能端到端自動駕駛"));
    QCOMPARE(rows.at(4).at(0), QString()); // on demand: no date

    QVERIFY(!write(false).contains("alert(1)"));
}

void TestCsvWriter::neutralisesFormulas()
{
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(write().mid(3)), &ok);
    QVERIFY(ok);
    const qsizetype notes = rows.first().indexOf(QStringLiteral("Notes"));
    QCOMPARE(rows.at(2).last(), startup);
    QCOMPARE(rows.at(2).at(notes), u'\'' + formulaNote);
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()),
                qPrintable(cell));
        }
    }
}

void TestCsvWriter::cell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("中文") << QStringLiteral("中文");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("cr") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                        << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestCsvWriter::cell()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(CsvWriter::cell(value), cell);
}

// Abstract and description in their own columns, speakers, and only web and
// mail links; a title or speaker that is a formula stays text.
void TestCsvWriter::carriesDescriptionSpeakersAndLinks()
{
    exportfixture::Fixture programme;
    QVERIFY(programme.setUp());
    ExportOptions options;
    const QByteArray csv = CsvWriter(options).write(programme.agenda());
    bool ok = false;
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), 4);
    const QStringList header = rows.first();
    const auto column = [&header](const char *name) {
        return header.indexOf(QString::fromLatin1(name));
    };
    for (const char *name : { "Title", "Speakers", "Overview", "Description", "Links" })
        QVERIFY2(column(name) >= 0, name);
    const QStringList hostile = rows.at(1);
    QCOMPARE(hostile.at(column("Title")), exportfixture::hostileTitle);
    QCOMPARE(hostile.at(column("Overview")), exportfixture::emojiAbstract);
    QVERIFY(hostile.at(column("Description")).startsWith(QStringLiteral("<p>First paragraph")));
    QCOMPARE(hostile.at(column("Speakers")),
        QStringLiteral("Ada Lovelace, 林小明, =HYPERLINK(\"http://evil\")"));
    QCOMPARE(hostile.at(column("Links")),
        QStringLiteral("Slides [PDF] https://example.org/talks/h1?a=1&b=(2)\n"
                       "Write to the speaker mailto:speaker@example.org"));
    QCOMPARE(rows.at(2).at(column("Overview")), QString());
    QCOMPARE(rows.at(2).at(column("Description")), exportfixture::descriptionOnly);
    QCOMPARE(rows.at(2).at(column("Links")), QStringLiteral("https://example.org/d1"));
    QVERIFY(!csv.contains("javascript:alert(3)"));
    // A cell that starts as a formula is made text.
    const QByteArray formulaTitle = CsvWriter::cell(QStringLiteral("=cmd|' /C calc'!A0")).toUtf8();
    QVERIFY(formulaTitle.startsWith("'="));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
