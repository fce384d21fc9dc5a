#include "agendafixture.h"
#include "exportfixture.h"
#include "interfacelanguage.h"
#include "markdownwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace planner;

namespace {

// The page as cmark, the CommonMark reference, renders it, raw HTML and every link
// kept (--unsafe), so that anything the writer failed to escape shows.
QString rendered(const QString &markdown)
{
    QProcess process;
    process.start(QStringLiteral("cmark"), { QStringLiteral("--unsafe") });
    process.write(markdown.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList linesStarting(const QString &text, const QString &prefix)
{
    QStringList found;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(prefix))
            found.append(line);
    }
    return found;
}

} // namespace

class TestMarkdownWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headingPerDayAndSession();
    void carriesAbstractDescriptionSpeakersAndLinks();
    void escapesEveryProgrammeText();
    void onlyWebAndMailLinks();
    void keyPointsMarksAndNotes();
    void labelsInTheExportLanguage();
    void escapeLine_data();
    void escapeLine();

private:
    QString write(Language language = Language::English, bool withNotes = true);

    std::unique_ptr<exportfixture::Fixture> m_fixture;
};

void TestMarkdownWriter::init()
{
    m_fixture = std::make_unique<exportfixture::Fixture>();
    QVERIFY(m_fixture->setUp());
}

void TestMarkdownWriter::cleanup()
{
    m_fixture.reset();
}

QString TestMarkdownWriter::write(Language language, bool withNotes)
{
    ExportOptions options;
    options.language = language;
    options.withNotes = withNotes;
    return QString::fromUtf8(MarkdownWriter(options).write(m_fixture->agenda()));
}

void TestMarkdownWriter::headingPerDayAndSession()
{
    const QString markdown = write();
    QCOMPARE(linesStarting(markdown, QStringLiteral("# ")).size(), 1);
    QCOMPARE(linesStarting(markdown, QStringLiteral("## ")),
        QStringList({ QStringLiteral("## Mon 4 May"), QStringLiteral("## Tue 5 May"),
            QStringLiteral("## On demand") }));
    QCOMPARE(linesStarting(markdown, QStringLiteral("### ")).size(), 3);
    QVERIFY(linesStarting(markdown, QStringLiteral("#### ")).isEmpty());
    if (QStandardPaths::findExecutable(QStringLiteral("cmark")).isEmpty())
        QSKIP("cmark is not installed");
    const QString html = rendered(markdown);
    QCOMPARE(html.count(QStringLiteral("<h1>")), 1);
    QCOMPARE(html.count(QStringLiteral("<h2>")), 3);
    QCOMPARE(html.count(QStringLiteral("<h3>")), 3);
    QCOMPARE(html.count(QStringLiteral("<h4>")), 0);
}

void TestMarkdownWriter::carriesAbstractDescriptionSpeakersAndLinks()
{
    const QString markdown = write();
    QVERIFY(markdown.contains(QStringLiteral("Abstract: people and large language models 🚀")));
    QVERIFY(markdown.contains(QStringLiteral("First paragraph of the description")));
    QVERIFY(markdown.contains(exportfixture::descriptionOnly));
    QVERIFY(markdown.contains(QStringLiteral("The description of an on-demand session.")));
    QVERIFY(markdown.contains(QStringLiteral("Ada Lovelace, 林小明")));
    QVERIFY(markdown.contains(QStringLiteral("Grace Hopper")));
    QVERIFY(markdown.contains(QStringLiteral("(<https://example.org/d1>)")));
    QVERIFY(markdown.contains(QStringLiteral("[Recording](<https://example.org/o1>)")));
    QVERIFY(markdown.contains(QStringLiteral("H1 · Mon 4 May 9:30")));
}

void TestMarkdownWriter::escapesEveryProgrammeText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("cmark")).isEmpty())
        QSKIP("cmark is not installed");
    const QString html = rendered(write());
    QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<em>")));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(!html.contains(QStringLiteral("<ol")));
    QVERIFY(!html.contains(QStringLiteral("<blockquote>\n<p>not a quote")));
    // The title reads as written, Markdown and all.
    QVERIFY(html.contains(
        QStringLiteral("<h3>&lt;script&gt;alert(1)&lt;/script&gt; *Fast* _paths_ "
                       "[x](javascript:alert(1)) # =cmd|' /C calc'!A0</h3>")));
    QVERIFY(html.contains(QStringLiteral("1. not a list")));
    QVERIFY(html.contains(QStringLiteral("- not a list either")));
    QVERIFY(html.contains(QStringLiteral("Room &lt;101&gt;")));
}

void TestMarkdownWriter::onlyWebAndMailLinks()
{
    const QString markdown = write();
    // Only the title names one, escaped: "\\[x\\](javascript:…)".
    QVERIFY(!markdown.contains(QRegularExpression(QStringLiteral(R"((?<!\\)\]\(<?javascript:)"))));
    QVERIFY(markdown.contains(QStringLiteral(R"(\[x\](javascript:alert(1)))")));
    QVERIFY(!markdown.contains(QStringLiteral("Evil link")));
    if (QStandardPaths::findExecutable(QStringLiteral("cmark")).isEmpty())
        QSKIP("cmark is not installed");
    const QString html = rendered(markdown);
    QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    QStringList targets;
    for (auto it = href.globalMatch(html); it.hasNext();)
        targets.append(it.next().captured(1));
    QCOMPARE(targets,
        QStringList({ QStringLiteral("https://example.org/talks/h1?a=1&amp;b=(2)"),
            QStringLiteral("mailto:speaker@example.org"), QStringLiteral("https://example.org/d1"),
            QStringLiteral("https://example.org/o1"), QStringLiteral("https://example.org/o1/notes)") }));
    QVERIFY(html.contains(QStringLiteral(">Slides [PDF]</a>")));
}

void TestMarkdownWriter::keyPointsMarksAndNotes()
{
    agendafixture::Fixture gtc;
    QVERIFY(gtc.setUp());
    ExportOptions options;
    options.withNotes = true;
    const Agenda agenda = AgendaBuilder(gtc.database()).build(agendafixture::conference);
    const QString markdown = QString::fromUtf8(MarkdownWriter(options).write(agenda));
    QVERIFY(markdown.contains(QStringLiteral("**Key points**\n\n- ★ ")));
    QVERIFY(markdown.contains(QStringLiteral(" — *關鍵, \"must\" see; really*")));
    QVERIFY(markdown.contains(QStringLiteral("- 我的重點: ask about \\<b\\>qubits\\</b\\> *(my own point)*")));
    QVERIFY(markdown.contains(QStringLiteral("> **My notes**\n>\n> 筆記：問 \"Jensen\"")));
    QVERIFY(markdown.contains(QStringLiteral("> \\- not a key point  \n> \\# not a track")));
    options.withNotes = false;
    QVERIFY(!QString::fromUtf8(MarkdownWriter(options).write(agenda)).contains(u"筆記"));
}

void TestMarkdownWriter::labelsInTheExportLanguage()
{
    InterfaceLanguage language;
    QVERIFY(language.install(Language::Chinese));
    const QString markdown = write(Language::Chinese);
    QVERIFY(markdown.contains(QStringLiteral("**講者**")));
    QVERIFY(markdown.contains(QStringLiteral("**重點摘要**")));
    QVERIFY(markdown.contains(QStringLiteral("**主題**")));
    QVERIFY(!markdown.contains(QStringLiteral("Topic")));
    QVERIFY(!markdown.contains(QStringLiteral("Key points")));
    QVERIFY(markdown.contains(QStringLiteral("只有說明，沒有摘要")));
    QVERIFY(markdown.contains(QStringLiteral("Ada Lovelace、林小明")));
}

void TestMarkdownWriter::escapeLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("plain 中文") << QStringLiteral("plain 中文");
    QTest::newRow("heading") << QStringLiteral("# x") << QStringLiteral("\\# x");
    QTest::newRow("bullet") << QStringLiteral("- x") << QStringLiteral("\\- x");
    QTest::newRow("plus") << QStringLiteral("+ x") << QStringLiteral("\\+ x");
    QTest::newRow("quote") << QStringLiteral("> x") << QStringLiteral("\\> x");
    QTest::newRow("setext") << QStringLiteral("===") << QStringLiteral("\\===");
    QTest::newRow("ordered") << QStringLiteral("12. x") << QStringLiteral("12\\. x");
    QTest::newRow("ordered paren") << QStringLiteral("3) x") << QStringLiteral("3\\) x");
    QTest::newRow("emphasis") << QStringLiteral("*a* _b_") << QStringLiteral("\\*a\\* \\_b\\_");
    QTest::newRow("link") << QStringLiteral("[x](javascript:y)")
                          << QStringLiteral("\\[x\\](javascript:y)");
    QTest::newRow("html") << QStringLiteral("<b>&amp;") << QStringLiteral("\\<b\\>\\&amp;");
    QTest::newRow("code") << QStringLiteral("`x`|y~") << QStringLiteral("\\`x\\`\\|y\\~");
    QTest::newRow("backslash") << QStringLiteral("a\\") << QStringLiteral("a\\\\");
}

void TestMarkdownWriter::escapeLine()
{
    QFETCH(QString, line);
    QFETCH(QString, escaped);
    QCOMPARE(MarkdownWriter::escapeLine(line), escaped);
}

QTEST_GUILESS_MAIN(TestMarkdownWriter)
#include "tst_markdownwriter.moc"
