#include "database.h"
#include "programmefiltermodel.h"
#include "programmestore.h"
#include "searchgrams.h"
#include "searchindex.h"
#include "searchindexcache.h"
#include "searchtextquery.h"
#include "tracktreemodel.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

const QString conferenceKey = QStringLiteral("big-2030");

// A programme large enough to be kept (SearchIndexCache::keptFrom sessions), in
// two tracks; a few words are rare: `rare` in session 7 and in the last one.
ConferenceData bigProgramme(int sessions, const QString &rare)
{
    ConferenceData data;
    data.conference.key = conferenceKey;
    data.conference.title = LocalizedText::english(QStringLiteral("Big"));
    data.conference.timeZone = QStringLiteral("Asia/Taipei");
    data.tracks = { { QStringLiteral("a"), LocalizedText::english(QStringLiteral("A")) },
        { QStringLiteral("b"), LocalizedText::english(QStringLiteral("B")) } };
    data.sessions.reserve(sessions);
    for (int i = 0; i < sessions; ++i) {
        Session s;
        s.key = QStringLiteral("S%1").arg(i);
        s.trackKey = i % 2 ? QStringLiteral("b") : QStringLiteral("a");
        const QString word = i == 7 || i == sessions - 1 ? rare : QStringLiteral("common");
        s.title
            = { QStringLiteral("量子 %1").arg(i), QStringLiteral("Talk %1 %2").arg(i).arg(word) };
        data.sessions.append(std::move(s));
    }
    return data;
}

// Entries whose sessions match `words`, by key.
QStringList matching(const SearchIndex &index, const QStringList &keys, const QString &words)
{
    const SearchIndex::Query query = index.query(SearchIndex::words(words));
    QStringList found;
    for (const QString &key : keys) {
        if (index.matches(index.entryOf(key), query))
            found.append(key);
    }
    return found;
}

// 300 sessions, with the grams built.
std::unique_ptr<SearchIndex> sampleIndex(QStringList *keys)
{
    auto index = std::make_unique<SearchIndex>();
    for (int i = 0; i < 300; ++i) {
        const QString key = QStringLiteral("K%1").arg(i);
        keys->append(key);
        index->insert(key,
            QStringLiteral("Session %1 on %2, 量子計算 %3")
                .arg(i)
                .arg(i % 3 ? QStringLiteral("Kernels") : QStringLiteral("Networks"))
                .arg(i % 5 ? QStringLiteral("網路") : QStringLiteral("晶片")),
            QString());
    }
    index->buildGrams();
    return index;
}

// The sample index written to a cache file of its own, as import "1 stamp".
struct WrittenSample
{
    QTemporaryDir dir;
    QStringList keys;
    std::unique_ptr<SearchIndex> index = sampleIndex(&keys);
    SearchIndexCache cache { QStringLiteral("sample"), dir.path() };
    bool written = cache.write(
        "1 stamp", index->stored(), *SearchGrams::build(index->contents(), index->contentSpans()));
};

// A database of its own, for bigProgramme()s.
struct StoredProgramme
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("planner.sqlite"));
    Database database;
    bool opened = database.open(path).ok();
    ProgrammeStore store { database };
    UserDataStore userStore { database };

    bool import(int sessions, const QString &rare)
    {
        return store.importConference(bigProgramme(sessions, rare), QString()).ok();
    }
};

} // namespace

class TestSearchIndexCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsIndexAndGrams();
    void readsNothingOfAnotherImportOrDamaged();
    void loadsTheStoredImportWithNotes();
    void searchFindsTheProgrammeStoredNow();
};

void TestSearchIndexCache::initTestCase()
{
    // The window's index goes to the cache folder: a test one, emptied.
    QStandardPaths::setTestModeEnabled(true);
    QDir(SearchIndexCache::defaultFolder()).removeRecursively();
}

void TestSearchIndexCache::keepsIndexAndGrams()
{
    const WrittenSample sample;
    QVERIFY(sample.written);
    const SearchIndexCache &cache = sample.cache;
    const SearchIndex &index = *sample.index;
    const QStringList &keys = sample.keys;
    QVERIFY(QFile::exists(cache.filePath()));

    SearchIndexCache::Kept kept = cache.read("1 stamp");
    QVERIFY(kept.index && kept.grams);
    QCOMPARE(kept.index->size(), index.size());
    kept.index->setGrams(kept.grams);
    QVERIFY(kept.index->hasGrams());
    for (const QString &words : { QStringLiteral("kern"), QStringLiteral("networks session"),
             QStringLiteral("量子"), QStringLiteral("晶片"), QStringLiteral("session 12"),
             QStringLiteral("k"), QStringLiteral("nothing") }) {
        const QStringList expected = matching(index, keys, words);
        QCOMPARE(matching(*kept.index, keys, words), expected);
    }
    QCOMPARE(matching(*kept.index, keys, QStringLiteral("晶片")).size(), 60);

    cache.remove(); // the conference deleted
    QVERIFY(!QFile::exists(cache.filePath()));
    QVERIFY(!cache.read("1 stamp").index);
}

void TestSearchIndexCache::readsNothingOfAnotherImportOrDamaged()
{
    const WrittenSample sample;
    QVERIFY(sample.written);
    const SearchIndexCache &cache = sample.cache;
    QVERIFY(!cache.read("1 other").index);
    QVERIFY(!cache.read(QByteArray()).index);
    QVERIFY(!SearchIndexCache(QStringLiteral("other"), sample.dir.path()).read("1 stamp").index);

    QFile file(cache.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    const auto damaged = [&](const QByteArray &bytes) {
        QFile out(cache.filePath());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(bytes) != bytes.size())
            return false;
        out.close();
        return !cache.read("1 stamp").index && !cache.read("1 stamp").grams;
    };
    QVERIFY(damaged(whole.left(whole.size() / 2))); // cut short
    QVERIFY(damaged(whole + "x")); // longer
    QByteArray counts = whole;
    counts.replace(40, 8, QByteArray(8, '\xff')); // a count beyond the file
    QVERIFY(damaged(counts));
    QVERIFY(damaged(QByteArray()));
    QVERIFY(!damaged(whole)); // the file as written is read again
    QVERIFY(cache.read("1 stamp").index);
}

void TestSearchIndexCache::loadsTheStoredImportWithNotes()
{
    StoredProgramme stored;
    QVERIFY(stored.opened && stored.import(500, QStringLiteral("zebra")));
    const QString &path = stored.path;
    const Database &database = stored.database;
    QVERIFY(stored.userStore.setNote(conferenceKey, QStringLiteral("S3"), QStringLiteral("giraffe"))
                .ok());

    QByteArray stamp;
    const std::unique_ptr<SearchIndex> read = SearchIndex::load(path, conferenceKey, &stamp);
    QVERIFY(read);
    QCOMPARE(stamp, SearchTextQuery(database).programmeStamp(conferenceKey));
    QVERIFY(!stamp.isEmpty());
    const SearchIndexCache cache(conferenceKey, stored.dir.filePath(QStringLiteral("kept")));
    QVERIFY(cache.write(
        stamp, read->stored(), *SearchGrams::build(read->contents(), read->contentSpans())));

    SearchIndexCache::Kept kept = cache.load(path);
    QVERIFY(kept.index && kept.grams);
    const QStringList keys = { QStringLiteral("S3"), QStringLiteral("S7"), QStringLiteral("S499") };
    QCOMPARE(matching(*kept.index, keys, QStringLiteral("zebra")),
        (QStringList { QStringLiteral("S7"), QStringLiteral("S499") }));
    QCOMPARE(matching(*kept.index, keys, QStringLiteral("giraffe")), QStringList { keys.at(0) });

    // Imported again, even unchanged: another import, read from the database.
    QVERIFY(stored.import(500, QStringLiteral("zebra")));
    QVERIFY(SearchTextQuery(database).programmeStamp(conferenceKey) != stamp);
    QVERIFY(!cache.load(path).index);
}

// Through the window's own path: a large programme's index is kept at the first
// search, used by the next model, and never after the programme changed.
void TestSearchIndexCache::searchFindsTheProgrammeStoredNow()
{
    StoredProgramme stored;
    const int sessions = SearchIndexCache::keptFrom;
    QVERIFY(stored.opened && stored.import(sessions, QStringLiteral("zebra")));
    UserDataService userData(stored.userStore);
    const SearchIndexCache cache(conferenceKey);
    const auto found = [&](const QString &words) {
        TrackTreeModel tree(stored.store, userData);
        ProgrammeFilterModel filter(stored.database, userData);
        filter.setSourceModel(&tree);
        tree.setConference(conferenceKey);
        filter.setConference(conferenceKey);
        filter.setSearchText(words);
        QStringList keys;
        for (int t = 0; t < filter.rowCount(); ++t) {
            const QModelIndex track = filter.index(t, 0);
            for (int s = 0; s < filter.rowCount(track); ++s)
                keys.append(
                    filter.index(s, 0, track).data(TrackTreeModel::SessionKeyRole).toString());
        }
        keys.sort();
        return keys; // the filter waits for its worker when it goes: the file is written
    };
    const QStringList zebras = { QStringLiteral("S%1").arg(sessions - 1), QStringLiteral("S7") };
    QCOMPARE(found(QStringLiteral("zebra")), zebras);
    QVERIFY(QFile::exists(cache.filePath()));
    const QDateTime written = QFileInfo(cache.filePath()).lastModified();
    QCOMPARE(found(QStringLiteral("zebra")), zebras); // from the file
    QCOMPARE(QFileInfo(cache.filePath()).lastModified(), written);

    QVERIFY(stored.import(sessions, QStringLiteral("okapi")));
    QCOMPARE(found(QStringLiteral("zebra")), QStringList());
    QCOMPARE(found(QStringLiteral("okapi")), zebras);
    QDir(SearchIndexCache::defaultFolder()).removeRecursively();
}

QTEST_GUILESS_MAIN(TestSearchIndexCache)
#include "tst_searchindexcache.moc"
