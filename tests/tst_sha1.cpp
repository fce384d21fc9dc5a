#include "sha1.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace planner;

// Session revisions are SHA-1 digests: the digest must be exactly
// QCryptographicHash's however the bytes are split, or every stored session
// would count as updated.
class TestSha1 : public QObject
{
    Q_OBJECT

private slots:
    void matchesQCryptographicHash();
    void splitAnywhere();
    void knownDigests();
};

namespace {

QByteArray expected(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
}

QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

} // namespace

void TestSha1::matchesQCryptographicHash()
{
    if (!Sha1::hasShaInstructions())
        qInfo("no SHA instructions on this CPU: QCryptographicHash is used");
    QRandomGenerator random(20260101);
    // Every length around the padding's edges (55, 56, 63, 64 bytes...) and some
    // long ones.
    for (qsizetype size = 0; size <= 300; ++size) {
        const QByteArray bytes = randomBytes(random, size);
        Sha1 sha1;
        sha1.addData(bytes);
        QCOMPARE(sha1.hexResult(), expected(bytes));
    }
    for (const qsizetype size : { 4095, 65536, 1000003 }) {
        const QByteArray bytes = randomBytes(random, size);
        Sha1 sha1;
        sha1.addData(bytes);
        QCOMPARE(sha1.hexResult(), expected(bytes));
    }
}

void TestSha1::splitAnywhere()
{
    QRandomGenerator random(7);
    for (int round = 0; round < 2000; ++round) {
        const QByteArray bytes = randomBytes(random, random.bounded(600));
        Sha1 sha1;
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype piece = qMin<qsizetype>(random.bounded(150), bytes.size() - at);
            sha1.addData(QByteArrayView(bytes.constData() + at, piece));
            at += piece;
        }
        QCOMPARE(sha1.hexResult(), expected(bytes));
    }
}

void TestSha1::knownDigests()
{
    // FIPS 180-4's examples.
    Sha1 abc;
    abc.addData("abc");
    QCOMPARE(abc.hexResult(), QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
    Sha1 empty;
    QCOMPARE(empty.hexResult(), QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
    // Null pieces, as empty columns give, between others.
    Sha1 withNull;
    withNull.addData(QByteArray());
    withNull.addData("a");
    withNull.addData(QByteArray());
    withNull.addData("bc");
    QCOMPARE(withNull.hexResult(), QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d"));
}

QTEST_GUILESS_MAIN(TestSha1)
#include "tst_sha1.moc"
