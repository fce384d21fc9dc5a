#include "jsoncolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace planner;

// Speakers and links are written as JSON without QJsonDocument; the text must be
// byte for byte what QJsonDocument wrote, or every stored session's revision
// would change and the next import would report them all as updated.
class TestJsonColumns : public QObject
{
    Q_OBJECT

private slots:
    void writesAsQJsonDocument_data();
    void writesAsQJsonDocument();
    void emptyListsAsQJsonDocument();
    void readsBack();
};

namespace {

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

void TestJsonColumns::writesAsQJsonDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << QStringLiteral("Ada Lovelace");
    QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" to C:\\path\\");
    QTest::newRow("named escapes") << QStringLiteral("a\bb\fc\nd\re\tf");
    QTest::newRow("other controls") << QString::fromUtf16(u"\u0001\u001f\u007f end");
    QTest::newRow("chinese") << QStringLiteral("陳 量子計算");
    QTest::newRow("beyond the BMP") << QStringLiteral("math 𝐀 and 😀");
    QTest::newRow("lone high surrogate") << QString::fromUtf16(u"a\xD83D"
                                                               u"b");
    QTest::newRow("lone low surrogate") << QString::fromUtf16(u"a\xDE00"
                                                              u"b");
    QTest::newRow("high surrogate at end") << QString::fromUtf16(u"end\xD83D");
    QTest::newRow("slash and html") << QStringLiteral("</script> & <b>");
}

void TestJsonColumns::writesAsQJsonDocument()
{
    QFETCH(QString, text);
    const QStringList strings = { text, QStringLiteral("second") };
    QCOMPARE(JsonColumns::fromStrings(strings), compact(QJsonArray::fromStringList(strings)));
    QCOMPARE(JsonColumns::fromStrings({}), compact(QJsonArray()));

    const QList<Link> links
        = { { Link::addressOf(QStringLiteral("https://example.org/a b?q=\"x\"")), text },
              { QString(), QString() } };
    QJsonArray expected;
    for (const Link &link : links)
        expected.append(QJsonObject {
            { QLatin1String("url"), link.address }, { QLatin1String("title"), link.title } });
    QCOMPARE(JsonColumns::fromLinks(links), compact(expected));
    QCOMPARE(JsonColumns::fromLinks({}), compact(QJsonArray()));
}

void TestJsonColumns::emptyListsAsQJsonDocument()
{
    QCOMPARE(JsonColumns::fromTexts({}), compact(QJsonArray()));
    QCOMPARE(JsonColumns::fromKeyPoints({}), compact(QJsonArray()));
    QCOMPARE(JsonColumns::fromStrings({}), compact(QJsonArray()));
    QCOMPARE(JsonColumns::fromLinks({}), compact(QJsonArray()));
}

void TestJsonColumns::readsBack()
{
    const QStringList strings = { QStringLiteral("陳 \"quoted\"\n"), QStringLiteral("b\\") };
    QCOMPARE(JsonColumns::toStrings(JsonColumns::fromStrings(strings)), strings);
    const QList<Link> links
        = { { QStringLiteral("https://example.org/"), QStringLiteral("Slides 投影片") } };
    const QList<Link> back = JsonColumns::toLinks(JsonColumns::fromLinks(links));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().address, links.first().address);
    QCOMPARE(back.first().title, links.first().title);
}

QTEST_GUILESS_MAIN(TestJsonColumns)
#include "tst_jsoncolumns.moc"
