#include "searchindex.h"

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
};

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
    QTest::newRow("ascii after other") << text << QStringLiteral("ẞE: ärger") << true;
    QTest::newRow("absent latin") << text << QStringLiteral("qubit") << false;
    QTest::newRow("absent chinese") << text << QStringLiteral("網路") << false;
    QTest::newRow("all words") << text << QStringLiteral("kernels 量子 café") << true;
    QTest::newRow("one word missing") << text << QStringLiteral("kernels 網路") << false;
}

void TestSearchIndex::matchesAsCaseFolded()
{
    QFETCH(QString, content);
    QFETCH(QString, query);
    QFETCH(bool, matches);
    SearchIndex index;
    index.insert(QStringLiteral("s1"), content, QString());
    QCOMPARE(index.matches(QStringLiteral("s1"), SearchIndex::words(query)), matches);
    // The reference: the folded text searched word by word.
    const QString folded = content.toCaseFolded();
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

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
