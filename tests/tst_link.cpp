#include "link.h"

#include "importtesthelpers.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace planner;

namespace {

// What a link's address must be: the text as written, less surrounding blanks, when
// QUrl reads it as a valid http(s) address with a host or a mailto address.
QString accepted(const QString &text)
{
    const QUrl url(text.trimmed());
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    const bool ok = url.isValid() && !url.isEmpty()
        && ((web && !url.host().isEmpty()) || scheme == QLatin1String("mailto"));
    return ok ? text.trimmed() : QString();
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
    void addressAsWritten_data();
    void addressAsWritten();
    void generatedAddressesAsWritten();
    void realProgrammesAddressesAsWritten();
    void comparesByAddressAndTitle();
};

void TestLink::addressAsWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    const auto row = [](const char *name, const char *text, const char *address) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(address);
    };
    const auto kept = [&row](const char *name, const char *text) { row(name, text, text); };
    kept("plain", "https://fosdem.org/2020/schedule/event/kernel/");
    kept("host alone", "http://example.org");
    kept("query and fragment", "https://example.org/a?b=1&c=2#top");
    // QUrl would write each of these otherwise; the file's text is what is kept.
    kept("upper-case scheme and host", "HTTPS://Example.ORG/A");
    kept("space", "https://example.org/a b");
    kept("escaped", "https://example.org/%7Euser");
    kept("short IPv4", "http://1.2.3/x");
    kept("international host", "http://xn--bcher-kva.de/");
    kept("dot segments", "http://example.org/a/./b/../c");
    kept("port", "http://example.org:8080/");
    kept("quote", "https://example.org/a?q=\"x\"");
    kept("mail", "mailto:talks@example.org");
    row("surrounding blanks", "  https://example.org/a \n", "https://example.org/a");
    row("other scheme", "ftp://example.org/file", "");
    row("script", "javascript:alert(1)", "");
    row("no host", "https:/example.org", "");
    row("no address", "", "");
    row("not valid", "http://[::1/", "");
}

void TestLink::addressAsWritten()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QCOMPARE(accepted(text), address); // the table agrees with QUrl's reading
    QCOMPARE(Link::addressOf(text), address);
}

void TestLink::generatedAddressesAsWritten()
{
    // Near misses of plain addresses: the characters and shapes QUrl changes or
    // rejects, mixed into ones it keeps. The shortcut for plain addresses must
    // never accept what QUrl refuses.
    QRandomGenerator random(20201); // the same addresses in every run
    const QStringList schemes = { QStringLiteral("http://"), QStringLiteral("https://"),
        QStringLiteral("HTTP://"), QStringLiteral("https:/"), QStringLiteral("ftp://"),
        QStringLiteral("mailto:"), QString() };
    const QStringList lastLabels = { QStringLiteral("org"), QStringLiteral("de"),
        QStringLiteral("3"), QStringLiteral("0x7f"), QStringLiteral("xn--p1ai"), QString() };
    const QStringList hostCharacters
        = { QStringLiteral("abz09-."), QStringLiteral("abz09-.XN_:@[]%") };
    const QStringList tailCharacters = { QStringLiteral("aZ09/?#=&+,;:@!$*()'-._~"),
        QStringLiteral("aZ09/?#=&+,;:@!$*()'-._~ %\"<>\\^`{|}[]é量\t..//") };
    int kept = 0;
    for (int i = 0; i < 200000; ++i) {
        const QString text = pick(random, schemes)
            + randomText(random, pick(random, hostCharacters), 12)
            + (random.bounded(2) ? u'.' + pick(random, lastLabels) : QString())
            + randomText(random, pick(random, tailCharacters), 16);
        const QString address = Link::addressOf(text);
        if (address != accepted(text))
            QFAIL(qPrintable(QStringLiteral("\"%1\" became \"%2\", expected \"%3\"")
                                 .arg(text, address, accepted(text))));
        kept += !address.isEmpty();
    }
    QVERIFY2(kept > 10000, "many of the addresses are valid");
}

void TestLink::realProgrammesAddressesAsWritten()
{
    const QDir folder(importtest::realFile(""));
    if (!folder.exists())
        QSKIP("the real programmes in ../shared/data are not part of a plain clone");
    const QRegularExpression address(
        QStringLiteral("https?://[^\\s\"<>\\\\]+"), QRegularExpression::CaseInsensitiveOption);
    int kept = 0;
    for (const QString &name : folder.entryList(QDir::Files)) {
        const QString text = QString::fromUtf8(importtest::readAll(folder.filePath(name)));
        for (const QRegularExpressionMatch &m : address.globalMatch(text)) {
            const QString found = m.captured().replace(QLatin1String("&amp;"), QLatin1String("&"));
            QCOMPARE(Link::addressOf(found), accepted(found));
            kept += Link::addressOf(found) == found;
        }
    }
    QVERIFY2(kept > 3000, "FOSDEM alone has 3,425 links");
}

void TestLink::comparesByAddressAndTitle()
{
    const Link slides { Link::addressOf(QStringLiteral("HTTPS://Example.org/s")),
        QStringLiteral("Slides") };
    QCOMPARE(slides, (Link { QStringLiteral("HTTPS://Example.org/s"), QStringLiteral("Slides") }));
    QVERIFY(!(slides == Link { slides.address, QStringLiteral("Video") }));
    // Opened, it is the same address.
    QCOMPARE(slides.url(), QUrl(QStringLiteral("https://example.org/s")));
}

QTEST_GUILESS_MAIN(TestLink)
#include "tst_link.moc"
