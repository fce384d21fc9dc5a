#include "searchranking.h"
#include "session.h"

#include <QtTest>

using namespace planner;

class TestSearchRanking : public QObject
{
    Q_OBJECT

private slots:
    void ranksWhereTheWordsAre_data();
    void ranksWhereTheWordsAre();
    void ranksByTheWordFoundLast();
    void titleRankAloneFromRows();
};

namespace {

Session sample()
{
    Session s;
    s.key = QStringLiteral("k");
    s.code = QStringLiteral("RUST42");
    s.title = { QStringLiteral("Rust 在核心中的應用"), QStringLiteral("Rust in the Kernel: Drivers") };
    s.speakers = { QStringLiteral("Ada Lovelace"), QStringLiteral("林小明") };
    s.topics = { { QStringLiteral("系統"), QStringLiteral("Systems Programming") } };
    s.overview = { QString(), QStringLiteral("Memory safety without a garbage collector.") };
    s.description = { QString(), QStringLiteral("<p>Bring a laptop with Cargo.</p>") };
    s.room = QStringLiteral("Saal Zuse");
    return s;
}

} // namespace

void TestSearchRanking::ranksWhereTheWordsAre_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rank");
    QTest::newRow("whole title") << QStringLiteral("rust in the kernel: DRIVERS")
                                 << int(SearchRanking::ExactTitle);
    QTest::newRow("whole chinese title") << QStringLiteral("Rust 在核心中的應用")
                                         << int(SearchRanking::ExactTitle);
    QTest::newRow("code") << QStringLiteral("rust42") << int(SearchRanking::ExactTitle);
    QTest::newRow("title start") << QStringLiteral("Rust in") << int(SearchRanking::TitleStart);
    QTest::newRow("phrase in title") << QStringLiteral("the kernel")
                                     << int(SearchRanking::TitlePhrase);
    QTest::newRow("chinese in title") << QStringLiteral("核心") << int(SearchRanking::TitlePhrase);
    QTest::newRow("title words apart") << QStringLiteral("drivers rust")
                                       << int(SearchRanking::TitleWords);
    QTest::newRow("speaker") << QStringLiteral("lovelace") << int(SearchRanking::Speakers);
    QTest::newRow("chinese speaker") << QStringLiteral("小明") << int(SearchRanking::Speakers);
    QTest::newRow("topic") << QStringLiteral("systems") << int(SearchRanking::Topics);
    QTest::newRow("track") << QStringLiteral("low-level") << int(SearchRanking::Topics);
    QTest::newRow("abstract") << QStringLiteral("garbage") << int(SearchRanking::Texts);
    QTest::newRow("description") << QStringLiteral("cargo") << int(SearchRanking::Texts);
    QTest::newRow("room") << QStringLiteral("zuse") << int(SearchRanking::Texts);
    QTest::newRow("note") << QStringLiteral("front row") << int(SearchRanking::Note);
    QTest::newRow("nowhere") << QStringLiteral("python") << int(SearchRanking::NoMatch);
    QTest::newRow("inside a word") << QStringLiteral("ernel") << int(SearchRanking::NoMatch);
}

void TestSearchRanking::ranksWhereTheWordsAre()
{
    QFETCH(QString, query);
    QFETCH(int, rank);
    const SearchRanking ranking(query);
    QCOMPARE(int(ranking.rank(sample(), QStringLiteral("Low-level"), QStringLiteral("Sit in the front row"))),
        rank);
}

void TestSearchRanking::ranksByTheWordFoundLast()
{
    // One word in the title, one in the abstract: the session is found by its abstract.
    const SearchRanking ranking(QStringLiteral("kernel garbage"));
    QCOMPARE(ranking.rank(sample(), QString(), QString()), SearchRanking::Texts);
    const SearchRanking people(QStringLiteral("kernel ada"));
    QCOMPARE(people.rank(sample(), QString(), QString()), SearchRanking::Speakers);
}

void TestSearchRanking::titleRankAloneFromRows()
{
    const Session s = sample();
    QCOMPARE(SearchRanking(QStringLiteral("kernel")).rankTitle(s.title, s.code),
        SearchRanking::TitlePhrase);
    QCOMPARE(SearchRanking(QStringLiteral("garbage")).rankTitle(s.title, s.code),
        SearchRanking::NoMatch);
    QVERIFY(SearchRanking(QStringLiteral("-- %")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
