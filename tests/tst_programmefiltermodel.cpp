#include "database.h"
#include "programmefiltermodel.h"
#include "programmetreehelpers.h"
#include "programmestore.h"
#include "sampleprogramme.h"
#include "searchindex.h"
#include "searchindexcache.h"
#include "tracktreemodel.h"
#include "interfacelanguage.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

const QString conferenceKey = QStringLiteral("sample-2026");
const QString westKey = QStringLiteral("west-2026");

planner::Session extraSession(const QString &key, const QString &track, const LocalizedText &title)
{
    planner::Session session;
    session.key = key;
    session.trackKey = track;
    session.title = title;
    return session;
}

// The sample programme with more to search and sort. A2 gains topics and a speaker;
// the systems track gains sessions listed out of time order.
ConferenceData filterProgramme()
{
    ConferenceData data = sampleProgramme();
    const QTimeZone taipei("Asia/Taipei");
    const QDate may4(2026, 5, 4);
    planner::Session &a2 = data.sessions[3];
    Q_ASSERT(a2.key == QStringLiteral("A2"));
    a2.topics = { { QStringLiteral("機器人"), QStringLiteral("Robotics") } };
    a2.speakers = { QStringLiteral("Grace Hopper") };

    planner::Session late = extraSession(QStringLiteral("S3"), QStringLiteral("systems"),
        LocalizedText::english(QStringLiteral("Afternoon kernels")));
    late.time = SessionTime::timed(
        QDateTime(may4, QTime(14, 0), taipei), QDateTime(may4, QTime(15, 0), taipei), may4);
    planner::Session early = extraSession(QStringLiteral("S4"), QStringLiteral("systems"),
        LocalizedText::english(QStringLiteral("Breakfast talk")));
    early.time = SessionTime::timed(
        QDateTime(may4, QTime(8, 0), taipei), QDateTime(may4, QTime(8, 45), taipei), may4);
    planner::Session recorded = extraSession(QStringLiteral("S5"), QStringLiteral("systems"),
        LocalizedText::english(QStringLiteral("Recorded keynote")));
    data.sessions.append({ late, early, recorded });
    return data;
}

// A conference west of UTC: the 23:59 UTC of a date-only session falls in the
// afternoon of its own day there.
ConferenceData westProgramme()
{
    ConferenceData data;
    data.conference.key = westKey;
    data.conference.title = LocalizedText::english(QStringLiteral("West"));
    data.conference.startDate = QDate(2026, 5, 5);
    data.conference.endDate = QDate(2026, 5, 5);
    data.conference.timeZone = QStringLiteral("America/Los_Angeles");
    data.tracks = { { QStringLiteral("main"), LocalizedText::english(QStringLiteral("Main")) } };
    const QTimeZone losAngeles("America/Los_Angeles");
    const QDate may5(2026, 5, 5);
    planner::Session dayOnly = extraSession(QStringLiteral("D1"), QStringLiteral("main"),
        LocalizedText::english(QStringLiteral("Time to be announced")));
    dayOnly.time = SessionTime::onDay(may5);
    planner::Session evening = extraSession(QStringLiteral("D2"), QStringLiteral("main"),
        LocalizedText::english(QStringLiteral("Evening talk")));
    evening.time = SessionTime::timed(
        QDateTime(may5, QTime(18, 0), losAngeles), QDateTime(may5, QTime(19, 0), losAngeles), may5);
    data.sessions = { dayOnly, evening };
    return data;
}

// Words found first in one place and, typed on, only in another: "qua" is in
// "Quark" before "quantum", and in a note only for T3.
ConferenceData typingProgramme()
{
    ConferenceData data;
    data.conference.key = QStringLiteral("typing-2026");
    data.conference.title = LocalizedText::english(QStringLiteral("Typing"));
    data.conference.timeZone = QStringLiteral("UTC");
    data.tracks = { { QStringLiteral("main"), LocalizedText::english(QStringLiteral("Main")) } };
    const auto add = [&data](const QString &key, const LocalizedText &title) {
        data.sessions.append(extraSession(key, QStringLiteral("main"), title));
    };
    add(QStringLiteral("T1"), LocalizedText::english(QStringLiteral("Quark and QUANTUM kernels")));
    add(QStringLiteral("T2"),
        LocalizedText::english(QStringLiteral("Quantum kernels, quantum keys")));
    add(QStringLiteral("T3"), LocalizedText::english(QStringLiteral("Squash")));
    add(QStringLiteral("T4"), LocalizedText::english(QStringLiteral("Aqua quake")));
    add(QStringLiteral("T5"), LocalizedText::chinese(QStringLiteral("量子計算與量子網路")));
    add(QStringLiteral("T6"), LocalizedText::chinese(QStringLiteral("量測網路")));
    return data;
}

// Sessions with titles made of pieces of Latin and Chinese, words that share
// beginnings and grams ("qua", "量子"), found in one title and not in another.
ConferenceData randomProgramme(QRandomGenerator &random, int sessions)
{
    static const QStringList pieces = { QStringLiteral("Qu"), QStringLiteral("an"),
        QStringLiteral("tum"), QStringLiteral("ke"), QStringLiteral("RN"), QStringLiteral("el"),
        QStringLiteral("ch"), QStringLiteral("é"), QStringLiteral("量"), QStringLiteral("子"),
        QStringLiteral("網"), QStringLiteral("路"), QStringLiteral("計") };
    const auto text = [&random](int words) {
        QString t;
        for (int w = 0; w < words; ++w) {
            for (int i = 1 + random.bounded(4); i > 0; --i)
                t += pieces.at(random.bounded(pieces.size()));
            t += u' ';
        }
        return t;
    };
    ConferenceData data;
    data.conference.key = QStringLiteral("random-2026");
    data.conference.title = LocalizedText::english(QStringLiteral("Random"));
    data.conference.timeZone = QStringLiteral("UTC");
    data.tracks = { { QStringLiteral("main"), LocalizedText::english(QStringLiteral("Main")) } };
    for (int s = 0; s < sessions; ++s)
        data.sessions.append(extraSession(QStringLiteral("R%1").arg(s), QStringLiteral("main"),
            { text(1 + random.bounded(3)), text(1 + random.bounded(3)) }));
    return data;
}

} // namespace

// Exercises the programme's search and filters over the track tree: search words
// in both languages and the user's notes, bookmarked only, one track, and sorting.
class TestProgrammeFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void showsEverythingUnfiltered();
    void searchesWords_data();
    void searchesWords();
    void searchesNotes();
    void typingOnFindsWhatAFreshSearchFinds();
    void typingFindsWhatASubstringSearchFinds_data();
    void typingFindsWhatASubstringSearchFinds();
    void findsNoteChangedAfterFirstSearch();
    void bookmarkedOnly_data();
    void bookmarkedOnly();
    void filtersByTrack();
    void combinesFilters();
    void sortsByTime();
    void filtersByDayRoomAndTime();
    void sortsDateOnlyInConferenceZone();
    void sortsAgainWhenSortKeysChange();
    void titlesTracksWithWhatTheSearchShows();
    void searchesTheNextConferenceShown_data();
    void searchesTheNextConferenceShown();
    void sortsTitlesInTheShownLanguage();
    void mapsRowsBothWays();
    void keepsTheCurrentRowThroughFiltering();
    void changesTheLayoutOnlyWhenTheRowsShownChange();

private:
    // Builds the source and the proxy, each watched by a model tester.
    void setUpModels(const QString &conference = conferenceKey, bool filterFirst = false);
    QStringList visibleSessions() const;
    QStringList visibleTracks() const;

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProgrammeStore> m_store;
    std::unique_ptr<UserDataStore> m_userStore;
    std::unique_ptr<UserDataService> m_userData;
    std::unique_ptr<TrackTreeModel> m_tree;
    std::unique_ptr<ProgrammeFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestProgrammeFilterModel::initTestCase()
{
    // A large programme's search index is kept in the cache folder: a test one.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_translations.install(Language::English));
}

void TestProgrammeFilterModel::cleanupTestCase()
{
    QDir(SearchIndexCache::defaultFolder()).removeRecursively();
}

void TestProgrammeFilterModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("filter.sqlite"))).ok());
    m_store = std::make_unique<ProgrammeStore>(*m_db);
    m_userStore = std::make_unique<UserDataStore>(*m_db);
    m_userData = std::make_unique<UserDataService>(*m_userStore);
    QVERIFY(m_store->importConference(filterProgramme(), QStringLiteral("h")).ok());
    QVERIFY(m_store->importConference(westProgramme(), QStringLiteral("w")).ok());
}

void TestProgrammeFilterModel::cleanup()
{
    m_filterTester.reset();
    m_treeTester.reset();
    m_filter.reset();
    m_tree.reset();
    m_userData.reset();
    m_userStore.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestProgrammeFilterModel::setUpModels(const QString &conference, bool filterFirst)
{
    // Both orders occur in a window; the filter must not depend on which model
    // hears about a bookmark first.
    if (filterFirst)
        m_filter = std::make_unique<ProgrammeFilterModel>(*m_db, *m_userData);
    m_tree = std::make_unique<TrackTreeModel>(*m_store, *m_userData);
    if (!filterFirst)
        m_filter = std::make_unique<ProgrammeFilterModel>(*m_db, *m_userData);
    m_treeTester = std::make_unique<QAbstractItemModelTester>(
        m_tree.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter->setSourceModel(m_tree.get());
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tree->setConference(conference);
    m_filter->setConference(conference);
}

QStringList TestProgrammeFilterModel::visibleSessions() const
{
    QStringList keys;
    for (int t = 0; t < m_filter->rowCount(); ++t) {
        const QModelIndex track = m_filter->index(t, 0);
        for (int s = 0; s < m_filter->rowCount(track); ++s)
            keys.append(
                m_filter->index(s, 0, track).data(TrackTreeModel::SessionKeyRole).toString());
    }
    return keys;
}

QStringList TestProgrammeFilterModel::visibleTracks() const
{
    QStringList keys;
    for (int t = 0; t < m_filter->rowCount(); ++t)
        keys.append(m_filter->index(t, 0).data(TrackTreeModel::TrackKeyRole).toString());
    return keys;
}

void TestProgrammeFilterModel::showsEverythingUnfiltered()
{
    setUpModels();
    QVERIFY(!m_filter->isFiltering());
    QCOMPARE(visibleTracks(), (QStringList { QStringLiteral("systems"), QStringLiteral("ai") }));
    QCOMPARE(visibleSessions(),
        (QStringList { QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("S3"),
            QStringLiteral("S4"), QStringLiteral("S5"), QStringLiteral("A1"),
            QStringLiteral("A2") }));
    QCOMPARE(m_filter->sortColumn(), -1); // programme order until the user sorts
}

void TestProgrammeFilterModel::searchesWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    const QStringList t1 = { QStringLiteral("T1") };
    QTest::newRow("title, English") << QStringLiteral("allocation") << t1;
    QTest::newRow("title, Chinese") << QStringLiteral("記憶體配置") << t1;
    QTest::newRow("Chinese substring") << QStringLiteral("憶體配") << t1;
    QTest::newRow("Chinese in two sessions")
        << QStringLiteral("機器") << QStringList { QStringLiteral("A1"), QStringLiteral("A2") };
    QTest::newRow("upper case") << QStringLiteral("MEMORY") << t1;
    QTest::newRow("mixed case") << QStringLiteral("qUaNtUm")
                                << QStringList { QStringLiteral("A1") };
    QTest::newRow("Latin substring")
        << QStringLiteral("sched") << QStringList { QStringLiteral("T2") };
    QTest::newRow("code") << QStringLiteral("t1") << t1;
    QTest::newRow("overview, English") << QStringLiteral("allocators") << t1;
    QTest::newRow("overview, Chinese") << QStringLiteral("關於配置器") << t1;
    QTest::newRow("description") << QStringLiteral("longer") << t1;
    QTest::newRow("key point") << QStringLiteral("point one") << t1;
    QTest::newRow("key point lead") << QStringLiteral("前導") << t1;
    QTest::newRow("key point, Chinese") << QStringLiteral("重點一") << t1;
    QTest::newRow("topic, English")
        << QStringLiteral("robotics") << QStringList { QStringLiteral("A2") };
    QTest::newRow("topic, Chinese")
        << QStringLiteral("機器人") << QStringList { QStringLiteral("A2") };
    QTest::newRow("speaker, Latin")
        << QStringLiteral("hopper") << QStringList { QStringLiteral("A2") };
    QTest::newRow("speaker, Chinese") << QStringLiteral("小明") << t1;
    QTest::newRow("room") << QStringLiteral("hall a") << t1;
    QTest::newRow("all words must match") << QStringLiteral("memory allocators") << t1;
    QTest::newRow("words across languages")
        << QStringLiteral("量子 learning") << QStringList { QStringLiteral("A1") };
    QTest::newRow("one word missing") << QStringLiteral("memory panel") << none;
    QTest::newRow("extra spaces") << QStringLiteral("  memory   allocation ") << t1;
    QTest::newRow("nothing matches") << QStringLiteral("blockchain") << none;
    QTest::newRow("ideographic space") << QStringLiteral("記憶體\u3000配置") << t1;
}

void TestProgrammeFilterModel::searchesWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    setUpModels();
    m_filter->setSearchText(text);
    QCOMPARE(m_filter->searchText(), text);
    QVERIFY(m_filter->isFiltering());
    QCOMPARE(visibleSessions(), expected);

    // Tracks without a matching session are hidden while searching.
    QStringList tracks;
    for (const QString &key : expected) {
        const QString track
            = m_tree->indexOfSession(key).data(TrackTreeModel::TrackKeyRole).toString();
        if (!tracks.contains(track))
            tracks.append(track);
    }
    QCOMPARE(visibleTracks(), tracks);

    // Clearing the search brings everything back.
    m_filter->setSearchText(QString());
    QVERIFY(!m_filter->isFiltering());
    QCOMPARE(visibleSessions().size(), 7);
}

void TestProgrammeFilterModel::searchesNotes()
{
    QVERIFY(m_userData->setNote(conferenceKey, QStringLiteral("T2"), QStringLiteral("Bring COFFEE"))
                .ok());
    setUpModels();
    m_filter->setSearchText(QStringLiteral("coffee"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("T2") });
    // A note and the programme's text together satisfy several words.
    m_filter->setSearchText(QStringLiteral("coffee panel"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("T2") });
    m_filter->setSearchText(QStringLiteral("coffee memory"));
    QVERIFY(visibleSessions().isEmpty());
    QVERIFY(visibleTracks().isEmpty());
}

void TestProgrammeFilterModel::typingOnFindsWhatAFreshSearchFinds()
{
    // Each keystroke narrows the last matches and looks for a longer word where
    // the shorter one was found; the result must be what a search from scratch
    // finds, typing on and erasing alike.
    const QString key = QStringLiteral("typing-2026");
    QVERIFY(m_store->importConference(typingProgramme(), QStringLiteral("t")).ok());
    QVERIFY(m_userData->setNote(key, QStringLiteral("T3"), QStringLiteral("quantum notes")).ok());
    setUpModels(key);
    for (const QString &query : { QStringLiteral("quantum kernels"), QStringLiteral("量子網路"),
             QStringLiteral("qua ke quantum") }) {
        QStringList steps;
        for (qsizetype n = 1; n <= query.size(); ++n)
            steps << query.left(n);
        for (qsizetype n = query.size() - 1; n >= 1; --n)
            steps << query.left(n);
        for (const QString &text : std::as_const(steps)) {
            m_filter->setSearchText(text);
            ProgrammeFilterModel fresh(*m_db, *m_userData);
            fresh.setSourceModel(m_tree.get());
            fresh.setConference(key);
            fresh.setSearchText(text);
            QCOMPARE(shownSessionKeys(*m_filter), shownSessionKeys(fresh));
        }
    }
    m_filter->setSearchText(QStringLiteral("quan"));
    QCOMPARE(shownSessionKeys(*m_filter),
        (QStringList { QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3") }));
    m_filter->setSearchText(QStringLiteral("quantum ke"));
    QCOMPARE(
        shownSessionKeys(*m_filter), (QStringList { QStringLiteral("T1"), QStringLiteral("T2") }));
    m_filter->setSearchText(QStringLiteral("量子網"));
    QCOMPARE(shownSessionKeys(*m_filter), QStringList { QStringLiteral("T5") });
}

void TestProgrammeFilterModel::typingFindsWhatASubstringSearchFinds_data()
{
    QTest::addColumn<int>("sessions");
    QTest::newRow("150 sessions") << 150;
    // Enough to be scanned on two cores, and for a worker to find the places of
    // words the grams answer while the next keystroke comes.
    QTest::newRow("20,500 sessions") << 20500;
}

void TestProgrammeFilterModel::typingFindsWhatASubstringSearchFinds()
{
    // Every keystroke of random queries, notes changed on the way, against a plain
    // search of the folded titles and notes: the index's grams, character sets
    // and narrowing must neither add nor lose a session.
    QFETCH(int, sessions);
    QRandomGenerator random(2026);
    const ConferenceData data = randomProgramme(random, sessions);
    QStringList foldedTitles;
    for (const planner::Session &session : data.sessions)
        foldedTitles.append(SearchIndex::searchableText(session.title.zh + u'\n' + session.title.en));
    const QString key = data.conference.key;
    QVERIFY(m_store->importConference(data, QStringLiteral("r")).ok());
    QHash<QString, QString> notes;
    const auto setNote = [&](const QString &session, const QString &note) {
        QVERIFY(m_userData->setNote(key, session, note).ok());
        notes.insert(session, note);
    };
    setNote(QStringLiteral("R3"), QStringLiteral("Quantum KERNEL 量子網路"));
    setUpModels(key);
    const auto expected = [&](const QString &query) {
        const QStringList words = SearchIndex::words(query);
        QStringList keys;
        for (qsizetype i = 0; i < data.sessions.size(); ++i) {
            const planner::Session &session = data.sessions.at(i);
            const QString &texts = foldedTitles.at(i);
            const QString note = SearchIndex::searchableText(notes.value(session.key));
            if (std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
                    return texts.contains(word) || note.contains(word);
                }))
                keys.append(session.key);
        }
        return keys;
    };
    const auto sorted = [](QStringList keys) {
        keys.sort();
        return keys;
    };
    const QStringList queries = { QStringLiteral("quantum kernel"), QStringLiteral("量子網路"),
        QStringLiteral("chél 量子"), QStringLiteral("an ke"), QStringLiteral("RNel qu"),
        QStringLiteral("子網 tumke") };
    for (int q = 0; q < queries.size(); ++q) {
        const QString &query = queries.at(q);
        QStringList steps;
        for (qsizetype n = 1; n <= query.size(); ++n)
            steps << query.left(n);
        for (qsizetype n = query.size() - 1; n >= 0; --n)
            steps << query.left(n);
        for (const QString &text : std::as_const(steps)) {
            m_filter->setSearchText(text);
            if (text.isEmpty())
                continue;
            QCOMPARE(sorted(visibleSessions()), sorted(expected(text)));
            if (text == query) {
                // A note written, changed or cleared while the search shows, on
                // a session that matched or did not.
                const QString session = QStringLiteral("R%1").arg(random.bounded(sessions));
                setNote(session, q % 3 == 2 ? QString() : queries.at((q + 1) % queries.size()));
                QCOMPARE(sorted(visibleSessions()), sorted(expected(text)));
                setNote(QStringLiteral("R3"), q % 2 ? query : QString());
                QCOMPARE(sorted(visibleSessions()), sorted(expected(text)));
            }
        }
    }
}

void TestProgrammeFilterModel::findsNoteChangedAfterFirstSearch()
{
    QVERIFY(
        m_userData->setNote(conferenceKey, QStringLiteral("A2"), QStringLiteral("old idea")).ok());
    setUpModels();
    m_filter->setSearchText(QStringLiteral("latency"));
    QVERIFY(visibleSessions().isEmpty());

    // A note written while the search is showing appears at once.
    QVERIFY(
        m_userData->setNote(conferenceKey, QStringLiteral("A2"), QStringLiteral("Latency?")).ok());
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("A2") });
    QCOMPARE(visibleTracks(), QStringList { QStringLiteral("ai") });
    // ...and the old note no longer matches.
    m_filter->setSearchText(QStringLiteral("idea"));
    QVERIFY(visibleSessions().isEmpty());

    // A note added to another session, then cleared.
    m_filter->setSearchText(QStringLiteral("coffee"));
    QVERIFY(
        m_userData->setNote(conferenceKey, QStringLiteral("T1"), QStringLiteral("coffee")).ok());
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("T1") });
    QVERIFY(m_userData->setNote(conferenceKey, QStringLiteral("T1"), QString()).ok());
    QVERIFY(visibleSessions().isEmpty());

    // Another conference's note with the same session key changes nothing here.
    QVERIFY(m_userData->setNote(westKey, QStringLiteral("T1"), QStringLiteral("coffee")).ok());
    QVERIFY(visibleSessions().isEmpty());
}

void TestProgrammeFilterModel::bookmarkedOnly_data()
{
    QTest::addColumn<bool>("filterFirst");
    QTest::newRow("tree model made first") << false;
    QTest::newRow("filter model made first") << true;
}

void TestProgrammeFilterModel::bookmarkedOnly()
{
    QFETCH(bool, filterFirst);
    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("T1"), true).ok());
    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("A1"), true).ok());
    setUpModels(conferenceKey, filterFirst);

    m_filter->setBookmarkedOnly(true);
    QVERIFY(m_filter->bookmarkedOnly());
    QVERIFY(m_filter->isFiltering());
    QCOMPARE(visibleSessions(), (QStringList { QStringLiteral("T1"), QStringLiteral("A1") }));
    QCOMPARE(visibleTracks(), (QStringList { QStringLiteral("systems"), QStringLiteral("ai") }));

    // Un-bookmarking hides the row at once, and its track when it was the last one.
    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("T1"), false).ok());
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("A1") });
    QCOMPARE(visibleTracks(), QStringList { QStringLiteral("ai") });

    // Bookmarking shows it at once.
    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("S3"), true).ok());
    QCOMPARE(visibleSessions(), (QStringList { QStringLiteral("S3"), QStringLiteral("A1") }));

    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("S3"), false).ok());
    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("A1"), false).ok());
    QVERIFY(visibleSessions().isEmpty());
    QVERIFY(visibleTracks().isEmpty());

    m_filter->setBookmarkedOnly(false);
    QVERIFY(!m_filter->isFiltering());
    QCOMPARE(visibleSessions().size(), 7);
}

void TestProgrammeFilterModel::filtersByTrack()
{
    setUpModels();
    m_filter->setTrack(QStringLiteral("ai"));
    QCOMPARE(m_filter->track(), QStringLiteral("ai"));
    QVERIFY(m_filter->isFiltering());
    QCOMPARE(visibleTracks(), QStringList { QStringLiteral("ai") });
    QCOMPARE(visibleSessions(), (QStringList { QStringLiteral("A1"), QStringLiteral("A2") }));

    m_filter->setTrack(QStringLiteral("systems"));
    QCOMPARE(visibleTracks(), QStringList { QStringLiteral("systems") });
    QCOMPARE(visibleSessions().size(), 5);

    m_filter->setTrack(QStringLiteral("no such track"));
    QVERIFY(visibleTracks().isEmpty());

    m_filter->setTrack(QString());
    QVERIFY(!m_filter->isFiltering());
    QCOMPARE(visibleTracks(), (QStringList { QStringLiteral("systems"), QStringLiteral("ai") }));
}

void TestProgrammeFilterModel::combinesFilters()
{
    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("A1"), true).ok());
    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("T2"), true).ok());
    setUpModels();

    // Search and track.
    m_filter->setSearchText(QStringLiteral("機器"));
    m_filter->setTrack(QStringLiteral("systems"));
    QVERIFY(visibleSessions().isEmpty());
    QVERIFY(visibleTracks().isEmpty());
    m_filter->setTrack(QStringLiteral("ai"));
    QCOMPARE(visibleSessions(), (QStringList { QStringLiteral("A1"), QStringLiteral("A2") }));

    // Search, track and bookmarks.
    m_filter->setBookmarkedOnly(true);
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("A1") });

    // Search and bookmarks across tracks.
    m_filter->setTrack(QString());
    m_filter->setSearchText(QStringLiteral("panel"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("T2") });
    QCOMPARE(visibleTracks(), QStringList { QStringLiteral("systems") });

    // Track and bookmarks, without words.
    m_filter->setSearchText(QString());
    m_filter->setTrack(QStringLiteral("ai"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("A1") });
    QCOMPARE(visibleTracks(), QStringList { QStringLiteral("ai") });
}

void TestProgrammeFilterModel::filtersByDayRoomAndTime()
{
    setUpModels();
    QCOMPARE(m_tree->days(), (QList<QDate> { QDate(2026, 5, 4), QDate(2026, 5, 5) }));
    QCOMPARE(m_tree->rooms(), QStringList { QStringLiteral("Hall A") });
    // The day a session is listed under: A2 at 00:30 on 6 May is on 5 May's programme.
    m_filter->setDay(QDate(2026, 5, 4));
    QVERIFY(m_filter->isFiltering());
    QCOMPARE(visibleSessions(),
        (QStringList { QStringLiteral("T1"), QStringLiteral("S3"), QStringLiteral("S4") }));
    QCOMPARE(visibleTracks(), QStringList { QStringLiteral("systems") });
    m_filter->setDay(QDate(2026, 5, 5));
    QCOMPARE(visibleSessions(), (QStringList { QStringLiteral("T2"), QStringLiteral("A2") }));
    // With words: both narrow.
    m_filter->setSearchText(QStringLiteral("memory"));
    QVERIFY(visibleSessions().isEmpty());
    m_filter->setSearchText(QString());
    m_filter->setDay(QDate());
    m_filter->setRoom(QStringLiteral("Hall A"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("T1") });
    m_filter->setRoom(QString());
    // What runs between 09:00 and 10:00 in Taipei: T1 (09:30), not S4 (08:00–08:45).
    const QTimeZone taipei("Asia/Taipei");
    m_filter->setTimeSpan(QDateTime(QDate(2026, 5, 4), QTime(9, 0), taipei),
        QDateTime(QDate(2026, 5, 4), QTime(10, 0), taipei));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("T1") });
    // What fits a gap: T1 (09:30–10:15) fits 09:00–10:30, not 09:00–10:00.
    m_filter->setTimeSpan(QDateTime(QDate(2026, 5, 4), QTime(9, 0), taipei),
        QDateTime(QDate(2026, 5, 4), QTime(10, 30), taipei),
        ProgrammeFilterModel::SpanMatch::Within);
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("T1") });
    m_filter->setTimeSpan(QDateTime(QDate(2026, 5, 4), QTime(9, 0), taipei),
        QDateTime(QDate(2026, 5, 4), QTime(10, 0), taipei),
        ProgrammeFilterModel::SpanMatch::Within);
    QVERIFY(visibleSessions().isEmpty());
    m_filter->setTimeSpan({}, {});
    QVERIFY(!m_filter->isFiltering());
    QCOMPARE(visibleSessions().size(), 7);
}

void TestProgrammeFilterModel::sortsByTime()
{
    setUpModels();
    m_filter->sort(TrackTreeModel::TimeColumn, Qt::AscendingOrder);
    // Within each track: timed sessions by start (08:00, 09:30, 14:00 on 4 May), then
    // the date-only session, then the on-demand one. Tracks by name.
    QCOMPARE(visibleTracks(), (QStringList { QStringLiteral("ai"), QStringLiteral("systems") }));
    QCOMPARE(visibleSessions(),
        (QStringList { QStringLiteral("A2"), QStringLiteral("A1"), QStringLiteral("S4"),
            QStringLiteral("T1"), QStringLiteral("S3"), QStringLiteral("T2"),
            QStringLiteral("S5") }));

    // Sorting survives filtering.
    m_filter->setSearchText(QStringLiteral("talk"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("S4") });
    m_filter->setSearchText(QString());

    // Latest first within each track; the tracks stay in order of name.
    m_filter->sort(TrackTreeModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(visibleTracks(), (QStringList { QStringLiteral("ai"), QStringLiteral("systems") }));
    QCOMPARE(visibleSessions(),
        (QStringList { QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("S5"),
            QStringLiteral("T2"), QStringLiteral("S3"), QStringLiteral("T1"),
            QStringLiteral("S4") }));

    // Sorted by title, tracks follow the direction too.
    m_filter->sort(TrackTreeModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(visibleTracks(), (QStringList { QStringLiteral("systems"), QStringLiteral("ai") }));
}

void TestProgrammeFilterModel::sortsDateOnlyInConferenceZone()
{
    setUpModels(westKey);
    QCOMPARE(visibleSessions(), (QStringList { QStringLiteral("D1"), QStringLiteral("D2") }));
    m_filter->sort(TrackTreeModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(visibleSessions(), (QStringList { QStringLiteral("D2"), QStringLiteral("D1") }));
}

void TestProgrammeFilterModel::titlesTracksWithWhatTheSearchShows()
{
    setUpModels();
    const auto systemsTitle = [this] {
        return m_filter->mapFromSource(m_tree->indexOfTrack(QStringLiteral("systems")))
            .data()
            .toString();
    };
    const QString unfiltered = systemsTitle();
    QVERIFY(unfiltered.endsWith(QStringLiteral("(5 sessions)")));
    m_filter->setSearchText(QStringLiteral("talk"));
    QVERIFY2(
        systemsTitle().endsWith(QStringLiteral("(1 of 5 sessions)")), qPrintable(systemsTitle()));
    // One track chosen shows all of it: the whole count says so.
    m_filter->setSearchText(QString());
    m_filter->setTrack(QStringLiteral("systems"));
    QCOMPARE(systemsTitle(), unfiltered);
}

void TestProgrammeFilterModel::searchesTheNextConferenceShown_data()
{
    QTest::addColumn<bool>("filterFirst");
    QTest::newRow("filter told first, as the window does") << true;
    QTest::newRow("tree reset first") << false;
}

void TestProgrammeFilterModel::searchesTheNextConferenceShown()
{
    QFETCH(bool, filterFirst);
    setUpModels();
    m_filter->setSearchText(QStringLiteral("talk"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("S4") });

    // The words stay, and find what the other conference has.
    if (filterFirst) {
        m_filter->setConference(westKey);
        m_tree->setConference(westKey);
    } else {
        m_tree->setConference(westKey);
        m_filter->setConference(westKey);
    }
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("D2") });
    m_filter->setSearchText(QStringLiteral("announced"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("D1") });
}

void TestProgrammeFilterModel::sortsAgainWhenSortKeysChange()
{
    setUpModels();
    m_filter->sort(TrackTreeModel::BookmarkColumn, Qt::AscendingOrder);
    QCOMPARE(visibleSessions().first(), QStringLiteral("A1")); // none bookmarked: programme order
    QSignalSpy layouts(m_filter.get(), &QAbstractItemModel::layoutChanged);

    // Bookmarked sessions sort first, at once.
    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("S5"), true).ok());
    QCOMPARE(visibleSessions(),
        (QStringList { QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("S5"),
            QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("S3"),
            QStringLiteral("S4") }));
    QCOMPARE(layouts.size(), 1);

    // Sorted by another column, a bookmark moves nothing and changes no layout.
    m_filter->sort(TrackTreeModel::CodeColumn, Qt::AscendingOrder);
    layouts.clear();
    QVERIFY(m_userData->setBookmarked(conferenceKey, QStringLiteral("S5"), false).ok());
    QCOMPARE(layouts.size(), 0);

    m_filter->sort(-1, Qt::AscendingOrder);
    QCOMPARE(visibleSessions(),
        (QStringList { QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("S3"),
            QStringLiteral("S4"), QStringLiteral("S5"), QStringLiteral("A1"),
            QStringLiteral("A2") }));
}

void TestProgrammeFilterModel::sortsTitlesInTheShownLanguage()
{
    setUpModels();
    m_filter->sort(TrackTreeModel::TitleColumn, Qt::AscendingOrder);
    const auto titles = [this] {
        QStringList shown;
        const QModelIndex systems
            = m_filter->mapFromSource(m_tree->indexOfTrack(QStringLiteral("systems")));
        for (int s = 0; s < m_filter->rowCount(systems); ++s)
            shown.append(m_filter->index(s, 0, systems).data().toString());
        return shown;
    };
    QCOMPARE(visibleTracks(), (QStringList { QStringLiteral("ai"), QStringLiteral("systems") }));
    const QStringList english = titles();
    QCOMPARE(english.size(), 5);
    QStringList expected = english;
    std::sort(expected.begin(), expected.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(english, expected);

    // Another language, other titles: sorted again by the titles now shown.
    m_tree->setLanguage(Language::Chinese);
    const QStringList chinese = titles();
    expected = chinese;
    std::sort(expected.begin(), expected.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(chinese, expected);
}

void TestProgrammeFilterModel::mapsRowsBothWays()
{
    setUpModels();
    m_filter->sort(TrackTreeModel::TimeColumn, Qt::DescendingOrder);
    m_filter->setSearchText(QStringLiteral("k"));
    int shown = 0;
    for (int t = 0; t < m_tree->rowCount(); ++t) {
        const QModelIndex track = m_tree->index(t, 0);
        for (int s = 0; s < m_tree->rowCount(track); ++s) {
            for (int column = 0; column < TrackTreeModel::ColumnCount; ++column) {
                const QModelIndex source = m_tree->index(s, column, track);
                const QModelIndex proxy = m_filter->mapFromSource(source);
                if (!proxy.isValid())
                    continue;
                QCOMPARE(m_filter->mapToSource(proxy), source);
                QCOMPARE(proxy.data(TrackTreeModel::SessionKeyRole),
                    source.data(TrackTreeModel::SessionKeyRole));
                QCOMPARE(m_filter->mapFromSource(track), proxy.parent());
                shown += column == 0;
            }
        }
    }
    QCOMPARE(shown, visibleSessions().size());
    QVERIFY(shown > 0);
    QVERIFY(shown < 7);
}

void TestProgrammeFilterModel::keepsTheCurrentRowThroughFiltering()
{
    setUpModels();
    QItemSelectionModel selection(m_filter.get());
    const QModelIndex a2 = m_filter->mapFromSource(m_tree->indexOfSession(QStringLiteral("A2")));
    selection.setCurrentIndex(a2, QItemSelectionModel::SelectCurrent);

    // Rows before it go; it stays current, at its new row.
    m_filter->setSearchText(QStringLiteral("hopper"));
    QCOMPARE(selection.currentIndex().data(TrackTreeModel::SessionKeyRole).toString(),
        QStringLiteral("A2"));
    QCOMPARE(selection.currentIndex().row(), 0);
    QVERIFY(selection.isSelected(selection.currentIndex()));

    // Hidden, it is current no more; shown again, nothing is current.
    m_filter->setSearchText(QStringLiteral("breakfast"));
    QVERIFY(!selection.currentIndex().isValid());
    m_filter->setSearchText(QString());
    QCOMPARE(visibleSessions().size(), 7);
}

// Typing on a word that still matches the same sessions ("qua" to "quantum")
// leaves the rows as they are: the views are not made to lay them out again.
void TestProgrammeFilterModel::changesTheLayoutOnlyWhenTheRowsShownChange()
{
    setUpModels();
    QSignalSpy layouts(m_filter.get(), &QAbstractItemModel::layoutChanged);
    m_filter->setSearchText(QStringLiteral("qua"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("A1") });
    QCOMPARE(layouts.size(), 1);
    m_filter->setSearchText(QStringLiteral("quantum"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("A1") });
    QCOMPARE(layouts.size(), 1);
    m_filter->setSearchText(QStringLiteral("quantum 量子"));
    QCOMPARE(layouts.size(), 1);
    // Fewer rows, then the same number of others: each a change.
    m_filter->setSearchText(QStringLiteral("quantumx"));
    QVERIFY(visibleSessions().isEmpty());
    QCOMPARE(layouts.size(), 2);
    m_filter->setSearchText(QStringLiteral("hopper"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("A2") });
    QCOMPARE(layouts.size(), 3);
    m_filter->setSearchText(QStringLiteral("robotics"));
    QCOMPARE(layouts.size(), 3);
    m_filter->setSearchText(QStringLiteral("記憶體配置"));
    QCOMPARE(visibleSessions(), QStringList { QStringLiteral("T1") });
    QCOMPARE(layouts.size(), 4);
    // A sort always lays the rows out again, even in the same order.
    m_filter->sort(TrackTreeModel::TitleColumn);
    QCOMPARE(layouts.size(), 5);
}

QTEST_GUILESS_MAIN(TestProgrammeFilterModel)
#include "tst_programmefiltermodel.moc"
