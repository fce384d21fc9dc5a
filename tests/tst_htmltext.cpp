#include "htmltext.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using namespace planner;

class TestHtmlText : public QObject
{
    Q_OBJECT

private slots:
    void findsBlockTagsAsTheExpressionDoes();
    void collapsesWhiteSpaceInHtml_data();
    void collapsesWhiteSpaceInHtml();
    void keepsLineBreaksOfPlainText();
    void decodesEntitiesAsOneCharacterAtATime();
};

namespace {

// decodeEntities as it was written first, a character a call and ';' looked for
// anywhere after '&': the reference the faster one must agree with. A single
// reference is decoded by decodeEntities itself (which leaves it as it is
// when it names nothing).
QString decodedOneByOne(const QString &text)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype semicolon = text.at(i) == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (semicolon > i + 1 && semicolon - i <= 12) {
            const QString reference = text.mid(i, semicolon - i + 1);
            const QString decoded = HtmlText::decodeEntities(reference);
            if (decoded != reference) {
                out += decoded;
                i = semicolon + 1;
                continue;
            }
        }
        out += text.at(i++);
    }
    return out;
}

} // namespace

void TestHtmlText::findsBlockTagsAsTheExpressionDoes()
{
    // The definition HtmlText::looksLikeHtml answers by hand, checked on random texts
    // made of the pieces that matter: tag names, near misses, word and other characters.
    const QRegularExpression block(
        QStringLiteral("<(p|br|div|ul|ol|li|h[1-6]|table|tr|blockquote|pre|hr)\\b[^<>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList pieces = { QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("p"),
        QStringLiteral("P"), QStringLiteral("br"), QStringLiteral("Div"), QStringLiteral("li"),
        QStringLiteral("h1"), QStringLiteral("h7"), QStringLiteral("TABLE"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("span"),
        QStringLiteral(" "), QStringLiteral("/"), QStringLiteral("=\"x\""), QStringLiteral("中"),
        QStringLiteral("_"), QStringLiteral("1"), QStringLiteral("\n"), QStringLiteral("<p"),
        QStringLiteral("<Br"), QStringLiteral("<h3"), QStringLiteral("<ol"), QStringLiteral(">"),
        QStringLiteral(">") };
    QRandomGenerator random(20251125);
    int html = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int count = random.bounded(1, 10);
        for (int i = 0; i < count; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        const bool expected = block.match(text).hasMatch();
        html += expected;
        QVERIFY2(HtmlText::looksLikeHtml(text) == expected, qPrintable(text));
    }
    QVERIFY2(
        html > 1000 && html < 19000, qPrintable(QString::number(html))); // both answers asked often
}

void TestHtmlText::collapsesWhiteSpaceInHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << QStringLiteral("<p>one two  three\t four\n five</p>")
                           << QStringLiteral("one two three four five");
    QTest::newRow("space before a tag")
        << QStringLiteral("<p>bold <b>word</b> here </p>") << QStringLiteral("bold word here");
    QTest::newRow("no-break space swallows a space")
        << QStringLiteral("<p>a\u00A0 b \u00A0c</p>") << QStringLiteral("a\u00A0b \u00A0c");
    QTest::newRow("paragraphs and items")
        << QStringLiteral("<p>first  line</p><ul><li>one item</li><li>two</li></ul>")
        << QStringLiteral("first line\n\n• one item\n• two");
    QTest::newRow("leading and trailing")
        << QStringLiteral("  <br> left right  ") << QStringLiteral("left right");
    QTest::newRow("chinese") << QStringLiteral("<p>量子 計算　入門</p>")
                             << QStringLiteral("量子 計算 入門");
}

void TestHtmlText::collapsesWhiteSpaceInHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toPlainText(html), text);
}

void TestHtmlText::keepsLineBreaksOfPlainText()
{
    QCOMPARE(HtmlText::toPlainText(QStringLiteral("one  two\n\n\nthree <i>x</i> &amp; y  \n")),
        QStringLiteral("one  two\n\nthree x & y"));
}

void TestHtmlText::decodesEntitiesAsOneCharacterAtATime()
{
    const QStringList pieces = { QStringLiteral("&"), QStringLiteral(";"), QStringLiteral("#"),
        QStringLiteral("x"), QStringLiteral("amp"), QStringLiteral("nbsp"), QStringLiteral("12"),
        QStringLiteral("263A"), QStringLiteral("a b"), QStringLiteral("量子"),
        QStringLiteral("unknownname") };
    QRandomGenerator random(20261202);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int count = int(random.bounded(12));
        for (int i = 0; i < count; ++i)
            text += pieces.at(random.bounded(pieces.size()));
        QCOMPARE(HtmlText::decodeEntities(text), decodedOneByOne(text));
    }
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
