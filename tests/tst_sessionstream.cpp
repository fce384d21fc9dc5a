#include "sessionstream.h"

#include <QtTest>

#include <atomic>
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
    void readerWaitsForRoomOnceTheStoreTakes();
    void readerBeforeTheStoreTakesDoesNotWait();
    void discardedStreamDropsWhatComes();
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

// A reader faster than the store holds no more than `bound` sessions waiting:
// it waits for the store to take some.
void TestSessionStream::readerWaitsForRoomOnceTheStoreTakes()
{
    SessionStream stream;
    std::atomic<int> appended { 0 };
    std::atomic<bool> taking { false };
    std::thread reader([&] {
        stream.begin(Conference());
        while (!taking.load())
            std::this_thread::yield();
        for (int from = 0; from < 3 * SessionStream::bound; from += 100) {
            stream.append(sessions(from, 100));
            appended += 100;
        }
        stream.end(true);
    });
    QVERIFY(stream.conference());
    taking = true;
    // The reader fills the stream up to its bound, and goes no further.
    QTRY_VERIFY(appended.load() >= SessionStream::bound);
    QTest::qWait(50);
    QVERIFY(appended.load() <= SessionStream::bound + 100);
    int taken = 0;
    for (QList<Session> run = stream.next(500); !run.isEmpty(); run = stream.next(500)) {
        QCOMPARE(run.constFirst().key, QString::number(taken));
        taken += int(run.size());
    }
    reader.join();
    QVERIFY(taken >= 3 * SessionStream::bound);
    QCOMPARE(taken, appended.load());
    QVERIFY(stream.held());
}

// Until the store has taken the conference it may not be taking at all (a
// database that would not open): the reader never waits for it.
void TestSessionStream::readerBeforeTheStoreTakesDoesNotWait()
{
    SessionStream stream;
    stream.begin(Conference());
    stream.append(sessions(0, 2 * SessionStream::bound));
    stream.end(true);
    QVERIFY(stream.conference());
    QCOMPARE(stream.next().size(), 2 * SessionStream::bound);
}

// A store that stops taking (it failed, or the file must be stored whole) lets
// the reader run to its end without holding what it hands over.
void TestSessionStream::discardedStreamDropsWhatComes()
{
    SessionStream stream;
    std::thread reader([&] {
        stream.begin(Conference());
        for (int from = 0; from < 4 * SessionStream::bound; from += 100)
            stream.append(sessions(from, 100));
        stream.end(true);
    });
    QVERIFY(stream.conference());
    QVERIFY(!stream.next(10).isEmpty());
    stream.discard();
    reader.join(); // would wait for ever, were the reader still bound
    QVERIFY(stream.next().isEmpty());
    QVERIFY(stream.held());
}

QTEST_GUILESS_MAIN(TestSessionStream)
#include "tst_sessionstream.moc"
