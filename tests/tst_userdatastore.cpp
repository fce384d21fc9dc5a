#include "database.h"
#include "userdatastore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace planner;

namespace {
const QString conf = QStringLiteral("c");
}

class TestUserDataStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bookmarksInOrderAndIdempotent();
    void notesRoundTripAndEmptyRemoves();
    void notesSurviveReopening();
    void annotationsStarAndComment();
    void userKeyPointsAddAndRemove();
    void userKeyPointsEditedReorderedAndBroughtBack();
    void plannedTimeSetAndClear();
    void dataIsKeyedByConference();
    void readOnlyDatabaseReportsError();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserDataStore> m_store;
};

void TestUserDataStore::init()
{
    m_path = m_dir.filePath(
        QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path).ok());
    m_store = std::make_unique<UserDataStore>(*m_db);
}

void TestUserDataStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestUserDataStore::bookmarksInOrderAndIdempotent()
{
    QVERIFY(m_store->setBookmarked(conf, QStringLiteral("b"), true).ok());
    QTest::qWait(2); // distinct creation times
    QVERIFY(m_store->setBookmarked(conf, QStringLiteral("a"), true).ok());
    QVERIFY(m_store->setBookmarked(conf, QStringLiteral("b"), true).ok());
    QCOMPARE(m_store->bookmarks(conf), (QStringList { QStringLiteral("b"), QStringLiteral("a") }));
    QVERIFY(m_store->isBookmarked(conf, QStringLiteral("a")));
    QVERIFY(m_store->setBookmarked(conf, QStringLiteral("b"), false).ok());
    QVERIFY(!m_store->isBookmarked(conf, QStringLiteral("b")));
    QCOMPARE(m_store->bookmarks(conf), QStringList { QStringLiteral("a") });
}

void TestUserDataStore::notesRoundTripAndEmptyRemoves()
{
    const QString text = QStringLiteral("第一行\nsecond line with 'quotes' and \"more\"\n\ttabbed");
    QVERIFY(m_store->setNote(conf, QStringLiteral("s"), text).ok());
    QCOMPARE(m_store->note(conf, QStringLiteral("s")), text);
    QVERIFY(m_store->setNote(conf, QStringLiteral("s"), QStringLiteral("edited")).ok());
    QCOMPARE(m_store->note(conf, QStringLiteral("s")), QStringLiteral("edited"));
    QVERIFY(m_store->setNote(conf, QStringLiteral("s"), QString()).ok());
    QCOMPARE(m_store->note(conf, QStringLiteral("s")), QString());
}

void TestUserDataStore::notesSurviveReopening()
{
    QVERIFY(m_store->setNote(conf, QStringLiteral("s"), QStringLiteral("persisted 筆記")).ok());
    QVERIFY(m_store->setBookmarked(conf, QStringLiteral("s"), true).ok());
    cleanup();
    Database again;
    QVERIFY(again.open(m_path).ok());
    UserDataStore store(again);
    QCOMPARE(store.note(conf, QStringLiteral("s")), QStringLiteral("persisted 筆記"));
    QVERIFY(store.isBookmarked(conf, QStringLiteral("s")));
}

void TestUserDataStore::annotationsStarAndComment()
{
    QVERIFY(
        m_store->setAnnotation(conf, QStringLiteral("s"), { QStringLiteral("p1"), true, QString() })
            .ok());
    QVERIFY(m_store
                ->setAnnotation(conf, QStringLiteral("s"),
                    { QStringLiteral("p2"), false, QStringLiteral("問講者") })
                .ok());
    QList<Annotation> list = m_store->annotations(conf, QStringLiteral("s"));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0), (Annotation { QStringLiteral("p1"), true, QString() }));
    QCOMPARE(list.at(1).comment, QStringLiteral("問講者"));
    // Neither starred nor commented: nothing left to keep.
    QVERIFY(
        m_store->setAnnotation(
                   conf, QStringLiteral("s"), { QStringLiteral("p1"), false, QString() })
            .ok());
    list = m_store->annotations(conf, QStringLiteral("s"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().pointKey, QStringLiteral("p2"));
}

void TestUserDataStore::userKeyPointsAddAndRemove()
{
    QString first;
    QString second;
    QVERIFY(
        m_store->addUserKeyPoint(conf, QStringLiteral("s"), QStringLiteral("mine"), &first).ok());
    QVERIFY(m_store->addUserKeyPoint(conf, QStringLiteral("s"), QStringLiteral("也是我的"), &second)
                .ok());
    QVERIFY(first.startsWith(QLatin1String("u-")));
    QVERIFY(first != second);
    QList<UserKeyPoint> points = m_store->userKeyPoints(conf, QStringLiteral("s"));
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).text, QStringLiteral("mine"));
    QVERIFY(m_store->removeUserKeyPoint(conf, QStringLiteral("s"), first).ok());
    points = m_store->userKeyPoints(conf, QStringLiteral("s"));
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.first().key, second);
}

void TestUserDataStore::userKeyPointsEditedReorderedAndBroughtBack()
{
    const QString s = QStringLiteral("s");
    const auto texts = [this, s] {
        QStringList list;
        for (const UserKeyPoint &point : m_store->userKeyPoints(conf, s))
            list.append(point.text);
        return list;
    };
    QString a, b, c;
    QVERIFY(m_store->addUserKeyPoint(conf, s, QStringLiteral("a"), &a).ok());
    QVERIFY(m_store->addUserKeyPoint(conf, s, QStringLiteral("b"), &b).ok());
    QVERIFY(m_store->addUserKeyPoint(conf, s, QStringLiteral("c"), &c).ok());
    QVERIFY(m_store->setUserKeyPointOrder(conf, s, { c, a, b }).ok());
    QCOMPARE(texts(), QStringList({ QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b") }));
    // A point added after a reordering goes last; one left out of an order stays after it.
    QString d;
    QVERIFY(m_store->addUserKeyPoint(conf, s, QStringLiteral("d"), &d).ok());
    QCOMPARE(texts(), QStringList({ QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d") }));
    QVERIFY(m_store->setUserKeyPointOrder(conf, s, { a, c, b }).ok());
    QCOMPARE(texts(), QStringList({ QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("d") }));
    QVERIFY(m_store->setUserKeyPointText(conf, s, c, QStringLiteral("see")).ok());
    QCOMPARE(texts(), QStringList({ QStringLiteral("a"), QStringLiteral("see"), QStringLiteral("b"), QStringLiteral("d") }));
    // Removed and brought back with its own key, then put back in its place.
    QVERIFY(m_store->removeUserKeyPoint(conf, s, a).ok());
    QString back = a;
    QVERIFY(m_store->addUserKeyPoint(conf, s, QStringLiteral("a"), &back).ok());
    QCOMPARE(back, a);
    QCOMPARE(texts(), QStringList({ QStringLiteral("see"), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a") }));
    QVERIFY(m_store->setUserKeyPointOrder(conf, s, { a, c, b, d }).ok());
    QCOMPARE(texts(), QStringList({ QStringLiteral("a"), QStringLiteral("see"), QStringLiteral("b"), QStringLiteral("d") }));
    // Another session's points are not touched by either.
    QVERIFY(m_store->addUserKeyPoint(conf, QStringLiteral("t"), QStringLiteral("t1")).ok());
    QCOMPARE(m_store->userKeyPoints(conf, QStringLiteral("t")).size(), 1);
}

void TestUserDataStore::plannedTimeSetAndClear()
{
    QVERIFY(!m_store->plannedTime(conf, QStringLiteral("s")).has_value());
    const QDateTime start(QDate(2025, 3, 19), QTime(15, 0), Qt::UTC);
    QVERIFY(m_store->setPlannedTime(conf, QStringLiteral("s"), start, start.addSecs(3600)).ok());
    const auto planned = m_store->plannedTime(conf, QStringLiteral("s"));
    QVERIFY(planned.has_value());
    QCOMPARE(planned->first, start);
    QCOMPARE(planned->second, start.addSecs(3600));
    QVERIFY(m_store->setPlannedTime(conf, QStringLiteral("s"), {}, {}).ok());
    QVERIFY(!m_store->plannedTime(conf, QStringLiteral("s")).has_value());
}

void TestUserDataStore::dataIsKeyedByConference()
{
    QVERIFY(m_store->setNote(QStringLiteral("one"), QStringLiteral("s"), QStringLiteral("1")).ok());
    QVERIFY(m_store->setNote(QStringLiteral("two"), QStringLiteral("s"), QStringLiteral("2")).ok());
    QCOMPARE(m_store->note(QStringLiteral("one"), QStringLiteral("s")), QStringLiteral("1"));
    QCOMPARE(m_store->note(QStringLiteral("two"), QStringLiteral("s")), QStringLiteral("2"));
}

void TestUserDataStore::readOnlyDatabaseReportsError()
{
    QVERIFY(m_store->setNote(conf, QStringLiteral("s"), QStringLiteral("before")).ok());
    cleanup();
    if (::geteuid() == 0)
        QSKIP("file permissions do not bind the root user");
    QFile::setPermissions(m_path, QFile::ReadOwner);
    Database readOnly;
    // Opening may fail or succeed read-only depending on the WAL files present;
    // either way no write may claim success, and the note must still be there.
    if (readOnly.open(m_path).ok()) {
        UserDataStore store(readOnly);
        const StoreStatus status
            = store.setNote(conf, QStringLiteral("s"), QStringLiteral("after"));
        QVERIFY(!status.ok());
        QVERIFY(!status.error.isEmpty());
        QCOMPARE(store.note(conf, QStringLiteral("s")), QStringLiteral("before"));
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(TestUserDataStore)
#include "tst_userdatastore.moc"
