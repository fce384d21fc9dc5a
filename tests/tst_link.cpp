#include "link.h"

#include "importtesthelpers.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace planner;

namespace {

// What a link's address must be: QUrl's own reading of the text, written back.
QString byQUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && !url.isEmpty() ? url.toString() : QString();
}

QString pick(QRandomGenerator &random, const QStringList &from)
{
    return from.at(random.bounded(qsizetype(from.size())));
}

QString randomText(QRandomGenerator &random, QStringView alphabet, int longest)
{
    QString text;
    const int length = random.bounded(longest + 1);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(random.bounded(alphabet.size()));
    return text;
}

} // namespace

class TestLink : public QObject
{
    Q_OBJECT

private slots:
    void addressAsQUrlWritesIt_data();
    void addressAsQUrlWritesIt();
    void generatedAddressesAsQUrlWritesThem();
    void realProgrammesAddressesAsQUrlWritesThem();
    void comparesByAddressAndTitle();
};

void TestLink::addressAsQUrlWritesIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    const auto row = [](const char *name, const char *text, const char *address) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(address);
    };
    row("plain", "https://fosdem.org/2020/schedule/event/kernel/",
        "https://fosdem.org/2020/schedule/event/kernel/");
    row("host alone", "http://example.org", "http://example.org");
    row("query and fragment", "https://example.org/a?b=1&c=2#top",
        "https://example.org/a?b=1&c=2#top");
    row("upper-case scheme and host", "HTTPS://Example.ORG/A", "https://example.org/A");
    row("space", "https://example.org/a b", "https://example.org/a b");
    row("escaped", "https://example.org/%7Euser", "https://example.org/~user");
    row("short IPv4", "http://1.2.3/x", "http://1.2.0.3/x");
    row("international host", "http://xn--bcher-kva.de/", "http://bücher.de/");
    row("dot segments", "http://example.org/a/./b/../c", "http://example.org/a/./b/../c");
    row("port", "http://example.org:8080/", "http://example.org:8080/");
    row("other scheme", "ftp://example.org/file", "ftp://example.org/file");
    row("quote", "https://example.org/a?q=\"x\"", "https://example.org/a?q=%22x%22");
    row("no address", "", "");
    row("not valid", "http://[::1/", "");
}

void TestLink::addressAsQUrlWritesIt()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QCOMPARE(byQUrl(text), address); // the table itself is QUrl's behaviour
    QCOMPARE(Link::addressOf(text), address);
}

void TestLink::generatedAddressesAsQUrlWritesThem()
{
    // Near misses of plain addresses: the characters and shapes QUrl changes,
    // mixed into ones it keeps.
    QRandomGenerator random(20201); // the same addresses in every run
    const QStringList schemes = { QStringLiteral("http://"), QStringLiteral("https://"),
        QStringLiteral("HTTP://"), QStringLiteral("https:/"), QStringLiteral("ftp://"),
        QStringLiteral("mailto:"), QString() };
    const QStringList lastLabels = { QStringLiteral("org"), QStringLiteral("de"),
        QStringLiteral("3"), QStringLiteral("0x7f"), QStringLiteral("xn--p1ai"), QString() };
    // Half of the hosts and tails of plain characters alone, the others of
    // characters that QUrl encodes, decodes or rejects as well.
    const QStringList hostCharacters
        = { QStringLiteral("abz09-."), QStringLiteral("abz09-.XN_:@[]%") };
    const QStringList tailCharacters = { QStringLiteral("aZ09/?#=&+,;:@!$*()'-._~"),
        QStringLiteral("aZ09/?#=&+,;:@!$*()'-._~ %\"<>\\^`{|}[]é量\t..//") };
    int unchanged = 0;
    for (int i = 0; i < 200000; ++i) {
        const QString text = pick(random, schemes)
            + randomText(random, pick(random, hostCharacters), 12)
            + (random.bounded(2) ? u'.' + pick(random, lastLabels) : QString())
            + randomText(random, pick(random, tailCharacters), 16);
        const QString address = Link::addressOf(text);
        if (address != byQUrl(text))
            QFAIL(qPrintable(QStringLiteral("\"%1\" became \"%2\", QUrl writes \"%3\"")
                                 .arg(text, address, byQUrl(text))));
        unchanged += address == text;
    }
    QVERIFY2(unchanged > 10000, "many of the addresses are ones QUrl keeps as they are");
}

void TestLink::realProgrammesAddressesAsQUrlWritesThem()
{
    const QDir folder(importtest::realFile(""));
    if (!folder.exists())
        QSKIP("the real programmes in ../shared/data are not part of a plain clone");
    const QRegularExpression address(
        QStringLiteral("https?://[^\\s\"<>\\\\]+"), QRegularExpression::CaseInsensitiveOption);
    int seen = 0;
    for (const QString &name : folder.entryList(QDir::Files)) {
        const QString text = QString::fromUtf8(importtest::readAll(folder.filePath(name)));
        for (const QRegularExpressionMatch &m : address.globalMatch(text)) {
            const QString found = m.captured().replace(QLatin1String("&amp;"), QLatin1String("&"));
            QCOMPARE(Link::addressOf(found), byQUrl(found));
            ++seen;
        }
    }
    QVERIFY2(seen > 3000, "FOSDEM alone has 3,425 links");
}

void TestLink::comparesByAddressAndTitle()
{
    const Link slides { Link::addressOf(QStringLiteral("HTTPS://Example.org/s")),
        QStringLiteral("Slides") };
    QCOMPARE(slides, (Link { QStringLiteral("https://example.org/s"), QStringLiteral("Slides") }));
    QVERIFY(!(slides == Link { slides.address, QStringLiteral("Video") }));
    QCOMPARE(slides.url(), QUrl(QStringLiteral("https://example.org/s")));
}

QTEST_GUILESS_MAIN(TestLink)
#include "tst_link.moc"
