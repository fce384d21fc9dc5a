#include "searchindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace planner;

// The index folds ASCII itself and leaves other characters to Qt's full case
// folding: a search must find what a search over toCaseFolded() texts found.
class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void matchesAsCaseFolded_data();
    void matchesAsCaseFolded();
    void matchesNotes();
    void keepsEntriesApart();
    void foldsUtf8AsQtFoldsStrings();
    void foldsBytesQtReadsAsReplacements();
    void gramsFindWhatASubstringSearchFinds_data();
    void gramsFindWhatASubstringSearchFinds();
    void appendsAnotherIndex();
    void appendsPartsWithBytesThatAreNotUtf8();
};

namespace {

// A text of words from Latin (cased, accented, Greek) and Chinese pieces.
QString randomText(QRandomGenerator &random, int words)
{
    static const QStringList pieces = { QStringLiteral("qu"), QStringLiteral("ANT"),
        QStringLiteral("um"), QStringLiteral("Ke"), QStringLiteral("rn"), QStringLiteral("el"),
        QStringLiteral("ch"), QStringLiteral("EN"), QStringLiteral("é"), QStringLiteral("É"),
        QStringLiteral("ß"), QStringLiteral("Σ"), QStringLiteral("ς"), QStringLiteral("a"),
        QStringLiteral("c"), QStringLiteral("量"), QStringLiteral("子"), QStringLiteral("網"),
        QStringLiteral("路"), QStringLiteral("計算"), QStringLiteral("，"), QStringLiteral("-"),
        QStringLiteral("7"), QStringLiteral("Ａ"), QStringLiteral("𝐀") };
    QString text;
    for (int w = 0; w < words; ++w) {
        const int length = 1 + random.bounded(5);
        for (int i = 0; i < length; ++i)
            text += pieces.at(random.bounded(pieces.size()));
        text += random.bounded(4) == 0 ? QStringLiteral("\n") : QStringLiteral(" ");
    }
    return text;
}

// The reference: every word a substring of the searchable content or note (both
// already SearchIndex::searchableText).
bool plainMatch(const QString &content, const QString &note, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
        [&](const QString &word) { return content.contains(word) || note.contains(word); });
}

} // namespace

void TestSearchIndex::matchesAsCaseFolded_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    const QString text
        = QStringLiteral("QUANTUM Kernels on the Straße: ÄRGER mit ΣΟΦΙΑ, 量子計算入門 "
                         "and 𝐀𝐁 maths; café");
    QTest::newRow("ascii upper") << text << QStringLiteral("quantum kernels") << true;
    QTest::newRow("ascii query upper") << text << QStringLiteral("QUANTUM") << true;
    QTest::newRow("sharp s, simple folding") << text << QStringLiteral("STRASSE") << false;
    QTest::newRow("umlaut") << text << QStringLiteral("ärger") << true;
    QTest::newRow("greek") << text << QStringLiteral("σοφια") << true;
    QTest::newRow("chinese substring") << text << QStringLiteral("量子") << true;
    QTest::newRow("chinese across run") << text << QStringLiteral("計算入門") << true;
    QTest::newRow("beyond the BMP") << text << QStringLiteral("𝐀𝐁") << true;
    QTest::newRow("accented") << text << QStringLiteral("CAFÉ") << true;
    QTest::newRow("across ascii and not") << text << QStringLiteral("SSTRAßE:") << false;
    QTest::newRow("word end after other") << text << QStringLiteral("STRAẞE: ärger") << true;
    QTest::newRow("inside a word") << text << QStringLiteral("ẞE ärger") << false;
    QTest::newRow("absent latin") << text << QStringLiteral("qubit") << false;
    QTest::newRow("absent chinese") << text << QStringLiteral("網路") << false;
    QTest::newRow("all words") << text << QStringLiteral("kernels 量子 café") << true;
    QTest::newRow("one word missing") << text << QStringLiteral("kernels 網路") << false;

    // Latin words match at the start of a word; Chinese anywhere.
    const QString talks = QStringLiteral("Trust No One. „Rust“ in the kernel (RUST-lang); "
                                         "用Rust寫驅動, 「Go」語言 über C++ and Node.js 2025");
    QTest::newRow("not inside a word") << talks << QStringLiteral("rust") << true;
    QTest::newRow("end of a word") << QStringLiteral("Trust No One") << QStringLiteral("rust")
                                   << false;
    QTest::newRow("middle of a word") << talks << QStringLiteral("ernel") << false;
    QTest::newRow("start of a word") << talks << QStringLiteral("kern") << true;
    QTest::newRow("after a quotation mark") << QStringLiteral("„Rust“ talk")
                                            << QStringLiteral("rust") << true;
    QTest::newRow("after a bracket") << QStringLiteral("(RUST-lang)") << QStringLiteral("lang")
                                     << true;
    QTest::newRow("after chinese") << QStringLiteral("用Rust寫驅動") << QStringLiteral("rust")
                                   << true;
    QTest::newRow("chinese inside") << talks << QStringLiteral("寫驅") << true;
    QTest::newRow("after chinese punctuation") << QStringLiteral("「Go」語言")
                                               << QStringLiteral("go") << true;
    QTest::newRow("sign inside the word") << talks << QStringLiteral("node.js") << true;
    QTest::newRow("signs after the word") << talks << QStringLiteral("C++") << true;
    QTest::newRow("not a letter after") << QStringLiteral("Cargo") << QStringLiteral("c++")
                                        << false;
    QTest::newRow("accented start") << talks << QStringLiteral("über") << true;
    QTest::newRow("accented inside") << talks << QStringLiteral("ber") << false;
    QTest::newRow("one letter anywhere") << QStringLiteral("Trust") << QStringLiteral("R") << true;
    QTest::newRow("two letters at a start") << QStringLiteral("Trust") << QStringLiteral("ru")
                                            << false;
    QTest::newRow("digits") << talks << QStringLiteral("202") << true;
    QTest::newRow("digits inside") << talks << QStringLiteral("025") << false;
}

void TestSearchIndex::matchesAsCaseFolded()
{
    QFETCH(QString, content);
    QFETCH(QString, query);
    QFETCH(bool, matches);
    SearchIndex index;
    index.insert(QStringLiteral("s1"), content, QString());
    QCOMPARE(index.matches(QStringLiteral("s1"), SearchIndex::words(query)), matches);
    // The reference: the searchable text searched word by word.
    const QString folded = SearchIndex::searchableText(content);
    bool expected = true;
    for (const QString &word : SearchIndex::words(query))
        expected = expected && folded.contains(word);
    QCOMPARE(expected, matches);
}

void TestSearchIndex::matchesNotes()
{
    SearchIndex index;
    index.insert(QStringLiteral("s1"), QStringLiteral("Title"), QStringLiteral("Ask ÜBER Qubits"));
    QVERIFY(index.matches(QStringLiteral("s1"), SearchIndex::words(QStringLiteral("über qubits"))));
    index.setNote(QStringLiteral("s1"), QStringLiteral("nothing"));
    QVERIFY(!index.matches(QStringLiteral("s1"), SearchIndex::words(QStringLiteral("qubits"))));
    QVERIFY(index.matches(QStringLiteral("s1"), SearchIndex::words(QStringLiteral("NOTHING"))));
}

void TestSearchIndex::keepsEntriesApart()
{
    SearchIndex index;
    index.insert(QStringLiteral("a"), QStringLiteral("Alpha ÄLPHA"), QString());
    index.insert(QStringLiteral("b"), QStringLiteral("Beta 貝塔"), QString());
    QVERIFY(index.matches(QStringLiteral("a"), SearchIndex::words(QStringLiteral("älpha"))));
    QVERIFY(!index.matches(QStringLiteral("b"), SearchIndex::words(QStringLiteral("älpha"))));
    QVERIFY(index.matches(QStringLiteral("b"), SearchIndex::words(QStringLiteral("貝塔"))));
    QVERIFY(!index.matches(QStringLiteral("a"), SearchIndex::words(QStringLiteral("貝"))));
    // Updating an entry replaces its text.
    index.insert(QStringLiteral("a"), QStringLiteral("Gamma"), QString());
    QVERIFY(!index.matches(QStringLiteral("a"), SearchIndex::words(QStringLiteral("alpha"))));
    QVERIFY(index.matches(QStringLiteral("a"), SearchIndex::words(QStringLiteral("GAMMA"))));
}

void TestSearchIndex::foldsUtf8AsQtFoldsStrings()
{
    // What the index keeps of a text: folded, signs as spaces, words apart.
    QCOMPARE(SearchIndex::searchableText(QStringLiteral("Rust: 用Rust")),
        QStringLiteral(" rust  用 rust"));
    QCOMPARE(SearchIndex::searchableText(QStringLiteral("ÄRGER「Go」")), QStringLiteral(" ärger go "));
    QCOMPARE(SearchIndex::words(QStringLiteral("  Node.js 量子\u3000-- c++ ")),
        (QStringList { QStringLiteral(" node js"), QStringLiteral("量子"), QStringLiteral(" c  ") }));
    // Every character of Unicode, 64 at a time, from UTF-8 to searchable UTF-8 as
    // the folding of QString::toCaseFolded() (character by character) gives it.
    int compared = 0;
    for (char32_t first = 0; first <= 0x10FFFF; first += 64) {
        QString text;
        for (char32_t c = first; c < first + 64 && c <= 0x10FFFF; ++c) {
            if (c < 0xD800 || c > 0xDFFF)
                text.append(QString::fromUcs4(&c, 1));
        }
        const QByteArray utf8 = text.toUtf8();
        const QByteArray expected = SearchIndex::searchableText(text).toUtf8();
        if (SearchIndex::foldedUtf8(utf8) != expected)
            QFAIL(qPrintable(QStringLiteral("U+%1..: %2 instead of %3")
                                 .arg(quint32(first), 4, 16, QLatin1Char('0'))
                                 .arg(QString::fromLatin1(SearchIndex::foldedUtf8(utf8).toHex()),
                                     QString::fromLatin1(expected.toHex()))));
        ++compared;
    }
    QCOMPARE(compared, 0x110000 / 64);
}

void TestSearchIndex::foldsBytesQtReadsAsReplacements()
{
    // Not UTF-8: folded as Qt reads the bytes, replacement characters included.
    for (const QByteArray &bytes : { QByteArray("ABC\xff"), QByteArray("\xc3"),
             QByteArray("x\xe9\x87"), QByteArray("\xed\xa0\x80 Surrogate"),
             QByteArray("\xc0\xaf overlong"), QByteArray("\xf4\x90\x80\x80 beyond"),
             QByteArray("\xe0\x80\x80"), QByteArray("\xf0\x80\x80\x80") })
        QCOMPARE(SearchIndex::foldedUtf8(bytes),
            SearchIndex::searchableText(QString::fromUtf8(bytes)).toUtf8());
}

void TestSearchIndex::gramsFindWhatASubstringSearchFinds_data()
{
    QTest::addColumn<int>("entries");
    // Few: every gram a list. Many: frequent grams are bitmaps, built on two cores.
    QTest::newRow("few") << 200;
    QTest::newRow("many") << 5000;
}

void TestSearchIndex::gramsFindWhatASubstringSearchFinds()
{
    QFETCH(int, entries);
    QRandomGenerator random(entries);
    QStringList keys;
    QStringList contents;
    QStringList notes;
    // The reference's texts, made searchable once rather than at each of the 300 queries.
    QStringList searchableContents;
    QStringList searchableNotes;
    QList<QByteArray> searchableUtf8;
    SearchIndex index;
    for (int e = 0; e < entries; ++e) {
        keys << QStringLiteral("s%1").arg(e);
        contents << randomText(random, 1 + random.bounded(12));
        notes << (random.bounded(8) == 0 ? randomText(random, 2) : QString());
        searchableContents << SearchIndex::searchableText(contents.constLast());
        searchableNotes << SearchIndex::searchableText(notes.constLast());
        searchableUtf8 << searchableContents.constLast().toUtf8();
        const QByteArray content = contents.constLast().toUtf8();
        const QByteArrayView parts[] = { content };
        index.append(keys.constLast().toUtf8(), parts, 1);
        index.setNote(keys.constLast(), notes.constLast());
    }
    index.buildGrams();
    QVERIFY(index.hasGrams());
    QVERIFY(index.memoryBytes() > 0);

    const auto check = [&](const QStringList &words) {
        if (words.isEmpty())
            return QString(); // signs alone: nothing to look for
        const SearchIndex::Query withGrams = index.query(words);
        const SearchIndex::Query plain(words);
        for (int e = 0; e < entries; ++e) {
            const int entry = index.entryOf(keys.at(e));
            const bool expected
                = plainMatch(searchableContents.at(e), searchableNotes.at(e), words);
            if (index.matches(entry, withGrams) != expected
                || index.matches(entry, plain) != expected)
                return QStringLiteral("%1 in %2 (note %3)")
                    .arg(words.join(u' '), contents.at(e), notes.at(e));
            // The first word alone, where typing on looks for it.
            const int at = index.find(entry, index.query(words.mid(0, 1)));
            const QByteArray &folded = searchableUtf8.at(e);
            const QByteArray first = words.constFirst().toUtf8();
            const bool foundFirst
                = plainMatch(searchableContents.at(e), searchableNotes.at(e), words.mid(0, 1));
            if ((at != SearchIndex::notFound) != foundFirst
                || (at >= 0 && folded.mid(at, first.size()) != first))
                return QStringLiteral("find %1 in %2").arg(words.constFirst(), contents.at(e));
        }
        return QString();
    };
    // Words cut out of the texts (found at least once) and made up (often not).
    for (int q = 0; q < 300; ++q) {
        QStringList words;
        for (int w = 1 + random.bounded(2); w > 0; --w) {
            if (random.bounded(2) == 0) {
                const QString text = contents.at(random.bounded(entries)).toCaseFolded();
                const QStringList parts = SearchIndex::words(text);
                const QString part = parts.isEmpty() ? QStringLiteral("x")
                                                     : parts.at(random.bounded(parts.size()));
                // Cut at characters, never inside a surrogate pair.
                const QList<uint> characters = part.toUcs4();
                const int from = random.bounded(int(characters.size()));
                const QList<uint> cut
                    = characters.mid(from, 1 + random.bounded(int(characters.size()) - from));
                words << QString::fromUcs4(
                    reinterpret_cast<const char32_t *>(cut.constData()), cut.size());
            } else {
                words << SearchIndex::words(randomText(random, 1)).value(0, QStringLiteral("y"));
            }
        }
        const QString failure = check(SearchIndex::words(words.join(u' ')));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    // Notes change while the grams (over contents only) stay.
    for (int e = 0; e < entries; e += 7) {
        notes[e] = randomText(random, 3);
        searchableNotes[e] = SearchIndex::searchableText(notes.at(e));
        index.setNote(keys.at(e), notes.at(e));
    }
    for (const QString &query :
        { QStringLiteral("量子"), QStringLiteral("qu"), QStringLiteral("kern"), QStringLiteral("é"),
            QStringLiteral("σ 計"), QStringLiteral("c"), QStringLiteral("ａ𝐀") }) {
        const QString failure = check(SearchIndex::words(query));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
}

void TestSearchIndex::appendsAnotherIndex()
{
    // Two halves read apart, then one index: keys, texts and notes as if read at once.
    SearchIndex first;
    SearchIndex second;
    const QByteArray a = "Alpha 量子";
    const QByteArray b = "Beta 網路";
    const QByteArrayView partsA[] = { a };
    const QByteArrayView partsB[] = { b };
    first.append("a", partsA, 1);
    second.append("b", partsB, 1);
    second.setNote(QByteArrayView("b"), QByteArrayView("Gamma"));
    first.append(std::move(second));
    first.buildGrams();
    QCOMPARE(first.size(), 2);
    QVERIFY(first.matches(QStringLiteral("a"), SearchIndex::words(QStringLiteral("ALPHA 量子"))));
    QVERIFY(first.matches(QStringLiteral("b"), SearchIndex::words(QStringLiteral("網路 gamma"))));
    QVERIFY(!first.matches(QStringLiteral("a"), SearchIndex::words(QStringLiteral("網路"))));
    QVERIFY(!first.matches(QStringLiteral("b"), SearchIndex::words(QStringLiteral("alpha"))));
    QCOMPARE(first.entryOf(QStringLiteral("c")), -1);
}

void TestSearchIndex::appendsPartsWithBytesThatAreNotUtf8()
{
    // One part that is not UTF-8 among others: every part as Qt reads it, each
    // followed by a gap, the character set without what was dropped.
    SearchIndex index;
    const QByteArray good = "QUANTUM 量子";
    const QByteArray bad = "K\xff"
                           "ERNEL \xe9\x87";
    const QByteArrayView parts[] = { good, bad, good };
    index.append("s", parts, 3);
    const QString expected = SearchIndex::searchableText(QString::fromUtf8(good) + u'\n'
        + QString::fromUtf8(bad) + u'\n' + QString::fromUtf8(good) + u'\n');
    QVERIFY(expected.contains(QStringLiteral(" k ernel")));
    for (const QString &typed : { QStringLiteral("quantum"), QStringLiteral("量子"),
             QStringLiteral("k\ufffdernel"), QStringLiteral("kernel"), QStringLiteral("e"),
             QStringLiteral("量子\nk"), QStringLiteral("ernel") }) {
        const QStringList words = SearchIndex::words(typed);
        QCOMPARE(index.matches(QStringLiteral("s"), words),
            std::all_of(words.cbegin(), words.cend(),
                [&](const QString &word) { return expected.contains(word); }));
    }
    index.buildGrams();
    for (const QString &typed : { QStringLiteral("quantum"), QStringLiteral("k\ufffdernel"),
             QStringLiteral("kernel"), QStringLiteral("rnel"), QStringLiteral("ernel") }) {
        const QString word = SearchIndex::words(typed).constFirst();
        QCOMPARE(index.matches(0, index.query(QStringList { word })), expected.contains(word));
    }
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
