#include "bundledconference.h"
#include "database.h"
#include "digestreader.h"
#include "plannerjsonreader.h"
#include "programmereader.h"
#include "programmestore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

const QString seedPath
    = QStringLiteral(PLANNER_SOURCE_DIR "/../shared/seeds/000_f2c6de7c0709f0ff.txt");

ConferenceData bundled()
{
    QFile file(BundledConference::resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return PlannerJsonReader().read(file.readAll(), file.fileName()).data;
}

} // namespace

class TestBundledConference : public QObject
{
    Q_OBJECT

private slots:
    void firstStartImportsIt();
    void laterStartsDoNotReimport();
    void changedBundledDataIsImportedAgain();
    void deletedConferenceStaysDeleted();
    void seedDigestHoldsTheSameChineseContent();

private:
    QString freshPath() const
    {
        return m_dir.filePath(
            QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    }
    void setTitle(Database &db, const QString &title)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE conference SET title_en = :t WHERE key = 'gtc-2025'"));
        q.bindValue(QStringLiteral(":t"), title);
        QVERIFY(q.exec());
    }

    QTemporaryDir m_dir;
};

void TestBundledConference::firstStartImportsIt()
{
    Database db;
    QVERIFY(db.open(freshPath()).ok());
    QVERIFY(BundledConference::ensureImported(db).ok());
    const QList<ConferenceSummary> list = ProgrammeStore(db).conferences();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().key, QStringLiteral("gtc-2025"));
    QCOMPARE(list.first().sessionCount, 7);
    QCOMPARE(ProgrammeStore(db).tracks(QStringLiteral("gtc-2025")).size(), 7);
}

void TestBundledConference::laterStartsDoNotReimport()
{
    const QString path = freshPath();
    {
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(BundledConference::ensureImported(db).ok());
        setTitle(db, QStringLiteral("marker"));
    }
    Database db;
    QVERIFY(db.open(path).ok());
    QVERIFY(BundledConference::ensureImported(db).ok());
    QCOMPARE(ProgrammeStore(db).conference(QStringLiteral("gtc-2025"))->title.en,
        QStringLiteral("marker"));
}

void TestBundledConference::changedBundledDataIsImportedAgain()
{
    Database db;
    QVERIFY(db.open(freshPath()).ok());
    QVERIFY(BundledConference::ensureImported(db).ok());
    setTitle(db, QStringLiteral("marker"));
    // As if an older release had imported an older copy of the data.
    QVERIFY(db.setMetaValue(QStringLiteral("bundled:gtc-2025"), QStringLiteral("older")).ok());
    QVERIFY(BundledConference::ensureImported(db).ok());
    QCOMPARE(ProgrammeStore(db).conference(QStringLiteral("gtc-2025"))->title,
        bundled().conference.title);
}

void TestBundledConference::deletedConferenceStaysDeleted()
{
    Database db;
    QVERIFY(db.open(freshPath()).ok());
    QVERIFY(BundledConference::ensureImported(db).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM conference WHERE key = 'gtc-2025'")));
    QVERIFY(BundledConference::ensureImported(db).ok());
    QVERIFY(ProgrammeStore(db).conferences().isEmpty());
}

void TestBundledConference::seedDigestHoldsTheSameChineseContent()
{
    if (!QFile::exists(seedPath))
        QSKIP("the seed digest (../shared/seeds) is not present next to this checkout");
    const ReadResult read = ProgrammeReader().readFile(seedPath);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error->toString()));
    const ConferenceData seed = read.data;
    const ConferenceData ours = bundled();

    QCOMPARE(seed.conference.title.zh, ours.conference.title.zh);
    QCOMPARE(seed.conference.startDate, ours.conference.startDate);
    QCOMPARE(seed.conference.endDate, ours.conference.endDate);
    QCOMPARE(seed.conference.description.size(), ours.conference.description.size());
    for (int i = 0; i < seed.conference.description.size(); ++i)
        QCOMPARE(seed.conference.description.at(i).zh, ours.conference.description.at(i).zh);
    QCOMPARE(seed.tracks.size(), ours.tracks.size());
    // Track names and titles are the product's own Traditional Chinese renderings,
    // where the digest has English or Simplified Chinese: in Chinese, no
    // character of the digest's Simplified titles is left.
    const auto chinese = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(),
            [](QChar c) { return c.script() == QChar::Script_Han; });
    };
    for (int i = 0; i < seed.tracks.size(); ++i) {
        QCOMPARE(seed.tracks.at(i).key, ours.tracks.at(i).key);
        QVERIFY2(chinese(ours.tracks.at(i).name.zh), qPrintable(ours.tracks.at(i).name.zh));
    }
    QCOMPARE(seed.sessions.size(), ours.sessions.size());
    for (int i = 0; i < seed.sessions.size(); ++i) {
        const Session &a = seed.sessions.at(i);
        const Session &b = ours.sessions.at(i);
        QVERIFY2(chinese(b.title.zh), qPrintable(b.title.zh));
        for (const QChar simplified : { u'赋', u'动', u'驾', u'驶', u'机', u'计', u'现' })
            QVERIFY2(!b.title.zh.contains(simplified), qPrintable(b.title.zh));
        QCOMPARE(a.trackKey, b.trackKey);
        QCOMPARE(a.overview.zh, b.overview.zh);
        QCOMPARE(a.keyPoints.size(), b.keyPoints.size());
        for (int k = 0; k < a.keyPoints.size(); ++k) {
            QCOMPARE(a.keyPoints.at(k).lead.zh, b.keyPoints.at(k).lead.zh);
            QCOMPARE(a.keyPoints.at(k).text.zh, b.keyPoints.at(k).text.zh);
            // The same text gives the same annotation key, so notes made on the
            // bundled copy attach to an imported digest of it.
            QCOMPARE(a.keyPoints.at(k).key(), b.keyPoints.at(k).key());
        }
        QCOMPARE(a.topics.size(), b.topics.size());
        for (int t = 0; t < a.topics.size(); ++t)
            QCOMPARE(a.topics.at(t).zh, b.topics.at(t).zh);
        // The digest carries codes where it shows them; the keynote's comes from
        // the public record, not the digest.
        if (!a.code.isEmpty())
            QCOMPARE(a.code, b.code);
    }
}

QTEST_GUILESS_MAIN(TestBundledConference)
#include "tst_bundledconference.moc"
