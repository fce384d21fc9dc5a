#include "bytesearch.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cstring>
#include <memory>

using namespace planner;

// ByteSearch against QByteArrayView::indexOf(), the definition it must agree with.
class TestByteSearch : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatIndexOfFinds_data();
    void findsWhatIndexOfFinds();
    void agreesOnRandomTexts();
    void readsNoByteBeyondTheText();
};

void TestByteSearch::findsWhatIndexOfFinds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("word");
    QTest::newRow("empty word") << QByteArray("abc") << QByteArray();
    QTest::newRow("empty text") << QByteArray() << QByteArray("a");
    QTest::newRow("longer than text") << QByteArray("ab") << QByteArray("abc");
    QTest::newRow("one byte") << QByteArray("xyz") << QByteArray("z");
    QTest::newRow("whole text") << QByteArray("kernel") << QByteArray("kernel");
    QTest::newRow("at the end, past a block")
        << QByteArray("0123456789abcdef0123456789 kern") << QByteArray("kern");
    QTest::newRow("across a block's end")
        << QByteArray("0123456789abckernel 0123456789") << QByteArray("kernel");
    QTest::newRow("first and last bytes but not between")
        << QByteArray("kxxn kyyn kern") << QByteArray("kern");
    QTest::newRow("not there") << QByteArray(100, 'k') << QByteArray("kn");
    QTest::newRow("Chinese") << QByteArray("研究量子計算與量子網路") << QByteArray("量子網路");
    QTest::newRow("repeated first byte")
        << QByteArray("aaaaaaaaaaaaaaaaaaaaaab") << QByteArray("aab");
}

void TestByteSearch::findsWhatIndexOfFinds()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, word);
    QCOMPARE(ByteSearch::indexIn(text, word), QByteArrayView(text).indexOf(word));
}

void TestByteSearch::agreesOnRandomTexts()
{
    // Few distinct bytes, so that first and last bytes meet often without a match.
    QRandomGenerator random(20261202);
    const QByteArray alphabet("abk n\xe9\x87\x8f");
    const auto randomBytes = [&](int size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = alphabet.at(random.bounded(alphabet.size()));
        return bytes;
    };
    for (int round = 0; round < 20000; ++round) {
        const QByteArray text = randomBytes(random.bounded(80));
        QByteArray word = randomBytes(1 + random.bounded(6));
        if (round % 3 == 0 && text.size() > 0) { // a word taken from the text
            const int from = random.bounded(text.size());
            word = text.mid(from, 1 + random.bounded(qMin(12, int(text.size()) - from)));
        }
        QCOMPARE(ByteSearch::indexIn(text, word), QByteArrayView(text).indexOf(word));
    }
}

void TestByteSearch::readsNoByteBeyondTheText()
{
    // Texts that end where their allocation ends: the sanitizer run sees any read
    // past them (a QByteArray's terminator and spare room would hide one).
    const QByteArrayView source("....................tail kern");
    for (qsizetype from = 0; from < source.size(); ++from) {
        const qsizetype size = source.size() - from;
        const auto bytes = std::make_unique<char[]>(std::size_t(size));
        std::memcpy(bytes.get(), source.data() + from, std::size_t(size));
        const QByteArrayView text(bytes.get(), size);
        QCOMPARE(ByteSearch::indexIn(text, "kern"), text.indexOf("kern"));
        QCOMPARE(ByteSearch::indexIn(text, "ern!"), qsizetype(-1));
        QCOMPARE(ByteSearch::indexIn(text, "n"), text.indexOf("n"));
    }
}

QTEST_GUILESS_MAIN(TestByteSearch)
#include "tst_bytesearch.moc"
