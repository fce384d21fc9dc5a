#include "agendabuilder.h"
#include "agendafixture.h"
#include "exportfixture.h"
#include "htmlwriter.h"

#include <QRegularExpression>
#include <QtTest>

using namespace planner;
using namespace agendafixture;

class TestHtmlWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scriptInNoteAppearsOnlyEscaped();
    void isOneSelfContainedPrintablePage();
    void showsSessionsStarsAndComments();
    void keepsOnlyWebLinks();
    void notesOnlyWhenChosen();
    void carriesEverythingOfAHostileProgramme();

private:
    QString write(const Agenda &agenda, bool withNotes = true) const;

    std::unique_ptr<Fixture> m_fixture;
};

void TestHtmlWriter::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->setUp());
}

void TestHtmlWriter::cleanup()
{
    m_fixture.reset();
}

QString TestHtmlWriter::write(const Agenda &agenda, bool withNotes) const
{
    ExportOptions options;
    options.language = Language::Chinese;
    options.withNotes = withNotes;
    return QString::fromUtf8(HtmlWriter(options).write(agenda));
}

void TestHtmlWriter::scriptInNoteAppearsOnlyEscaped()
{
    const QString html = write(AgendaBuilder(m_fixture->database()).build(conference));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&quot;Jensen&quot;")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;qubits&lt;/b&gt;")));
}

void TestHtmlWriter::isOneSelfContainedPrintablePage()
{
    const QString html = write(AgendaBuilder(m_fixture->database()).build(conference));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-Hant\">")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
    static const QRegularExpression external(
        QStringLiteral(R"((<link|<img|<iframe|src=|@import|url\())"),
        QRegularExpression::CaseInsensitiveOption);
    QVERIFY(!external.match(html).hasMatch());
}

void TestHtmlWriter::showsSessionsStarsAndComments()
{
    const QString html = write(AgendaBuilder(m_fixture->database()).build(conference));
    QVERIFY(html.contains(QStringLiteral("<h1>開發人員人工智慧大會|NVIDIA GTC 2025</h1>")));
    QVERIFY(html.contains(QStringLiteral("NVIDIA 全面賦能端到端自動駕駛")));
    QVERIFY(html.contains(QStringLiteral("★")));
    QVERIFY(html.contains(starComment.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("<b>World Model:</b>")));
    QCOMPARE(html.count(QStringLiteral("<div class=\"session\">")), 4);
}

void TestHtmlWriter::keepsOnlyWebLinks()
{
    Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference);
    agenda.items.first().session.links
        = { { Link::addressOf(QStringLiteral("javascript:alert(2)")), QStringLiteral("bad") },
              { Link::addressOf(QStringLiteral("https://example.org/a?b=1&c=\"2\"")),
                  QStringLiteral("<Slides>") } };
    const QString html = write(agenda);
    QVERIFY(!html.contains(QStringLiteral("javascript:")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/a?b=1&amp;c=%222%22\"")));
    QVERIFY(html.contains(QStringLiteral(">&lt;Slides&gt;</a>")));
}

void TestHtmlWriter::notesOnlyWhenChosen()
{
    const Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference);
    QVERIFY(!write(agenda, false).contains(QStringLiteral("alert(1)")));
}

// Abstract, description, speakers and links, all escaped; only web and mail links.
void TestHtmlWriter::carriesEverythingOfAHostileProgramme()
{
    exportfixture::Fixture programme;
    QVERIFY(programme.setUp());
    const QString html = HtmlWriter(ExportOptions()).page(programme.agenda()); // in English
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("javascript:alert(3)")));
    QVERIFY(!html.contains(QStringLiteral("href=\"javascript"), Qt::CaseInsensitive));
    QVERIFY(html.contains(exportfixture::hostileTitle.toHtmlEscaped()));
    QVERIFY(html.contains(exportfixture::emojiAbstract.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("&lt;p&gt;First paragraph of the description")));
    QVERIFY(html.contains(QStringLiteral("<p class=\"description\">")));
    QVERIFY(html.contains(exportfixture::descriptionOnly));
    QVERIFY(html.contains(QStringLiteral("Ada Lovelace, 林小明")));
    QVERIFY(html.contains(QStringLiteral("Grace Hopper")));
    QVERIFY(html.contains(
        QStringLiteral("<a href=\"https://example.org/talks/h1?a=1&amp;b=%282%29\">Slides [PDF]</a>")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"mailto:speaker@example.org\">")));
    QVERIFY(!html.contains(QStringLiteral("Evil link")));
    // The Chinese export speaks Chinese, description and all.
    ExportOptions chinese;
    chinese.language = Language::Chinese;
    const QString zh = HtmlWriter(chinese).page(programme.agenda());
    QVERIFY(zh.contains(exportfixture::descriptionOnlyChinese));
    QVERIFY(zh.contains(QStringLiteral("Ada Lovelace、林小明")));
}

QTEST_GUILESS_MAIN(TestHtmlWriter)
#include "tst_htmlwriter.moc"
