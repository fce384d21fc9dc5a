#include "sessionstream.h"

#include <QtTest>

#include <thread>

using namespace planner;

namespace {

QList<Session> sessions(int from, int count)
{
    QList<Session> list;
    for (int i = from; i < from + count; ++i) {
        Session s;
        s.key = QString::number(i);
        list.append(s);
    }
    return list;
}

QString keysOf(const QList<Session> &list)
{
    QStringList keys;
    for (const Session &s : list)
        keys.append(s.key);
    return keys.join(u' ');
}

} // namespace

class TestSessionStream : public QObject
{
    Q_OBJECT

private slots:
    void handsOverInOrderAcrossThreads();
    void runsAreNoLongerThanAsked();
    void nothingStreamedHoldsNothing();
    void endIsFinal();
};

// The store's thread takes what the reader's hands over, in order, until the end.
void TestSessionStream::handsOverInOrderAcrossThreads()
{
    SessionStream stream;
    std::thread reader([&stream] {
        Conference c;
        c.key = QStringLiteral("k");
        stream.begin(c);
        for (int from = 0; from < 1000; from += 10)
            stream.append(sessions(from, 10));
        stream.end(true);
    });
    const std::optional<Conference> conference = stream.conference();
    QVERIFY(conference);
    QCOMPARE(conference->key, QStringLiteral("k"));
    QStringList keys;
    for (QList<Session> run = stream.next(64); !run.isEmpty(); run = stream.next(64)) {
        QVERIFY(run.size() <= 64);
        for (const Session &s : run)
            keys.append(s.key);
    }
    reader.join();
    QCOMPARE(keys.size(), 1000);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(keys.at(i), QString::number(i));
    QVERIFY(stream.held());
}

void TestSessionStream::runsAreNoLongerThanAsked()
{
    SessionStream stream;
    stream.begin(Conference());
    stream.append(sessions(0, 5));
    stream.append(sessions(5, 5));
    QCOMPARE(keysOf(stream.next(3)), QStringLiteral("0 1 2"));
    QCOMPARE(keysOf(stream.next(6)), QStringLiteral("3 4 5 6 7 8"));
    stream.end(false);
    QCOMPARE(keysOf(stream.next()), QStringLiteral("9"));
    QVERIFY(stream.next().isEmpty());
    QVERIFY(!stream.held());
}

// A reader that never began (another format, a file that failed early) ends
// the stream all the same, and the store does not wait for it.
void TestSessionStream::nothingStreamedHoldsNothing()
{
    SessionStream stream;
    stream.end(true);
    QVERIFY(!stream.conference());
    QVERIFY(stream.next().isEmpty());
    QVERIFY(!stream.held());
}

// The reader's own end counts; the guard that ends it again on the way out does not.
void TestSessionStream::endIsFinal()
{
    SessionStream stream;
    stream.begin(Conference());
    stream.end(true);
    stream.end(false);
    QVERIFY(stream.held());
}

QTEST_GUILESS_MAIN(TestSessionStream)
#include "tst_sessionstream.moc"
