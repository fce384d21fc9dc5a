#include "conferencezone.h"
#include "database.h"
#include "importer.h"
#include "importtesthelpers.h"
#include "programmestore.h"
#include "userdatastore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace planner;
using namespace importtest;

namespace {

const QString zoneDays = QStringLiteral("zone-days-2025");
const QString floatingKey = QStringLiteral("floating@zone.example");
const QString utcKey = QStringLiteral("utc@zone.example");
const QString lateKey = QStringLiteral("late@zone.example");

} // namespace

// Changing a conference's time zone: what moves, what stays, and what later
// imports of its programme keep.
class TestConferenceZone : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void zoneIsTheFilesUntilChosen();
    void floatingTimesKeepTheirWallClock();
    void exactTimesKeepTheirInstantAndFollowTheirDay();
    void unknownZoneIsRefusedAndChangesNothing_data();
    void unknownZoneIsRefusedAndChangesNothing();
    void zoneIdIsTakenWhateverItsCase();
    void reimportKeepsTheChosenZone();
    void reimportOfFrabLocalTimesKeepsTheirWallClock();
    void zoneListHoldsIanaZonesOnly();

private:
    Session stored(const QString &conference, const QString &key) const;
    void importZoneDays();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestConferenceZone::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("planner.sqlite"))).ok());
}

void TestConferenceZone::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Session TestConferenceZone::stored(const QString &conference, const QString &key) const
{
    return ProgrammeStore(*m_db).session(conference, key).value_or(Session());
}

void TestConferenceZone::importZoneDays()
{
    const ImportOutcome outcome = Importer(*m_db).importFile(fixture("zone-floating.ics"));
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome.conference.key, zoneDays);
}

void TestConferenceZone::zoneIsTheFilesUntilChosen()
{
    importZoneDays();
    ConferenceZone zone(*m_db);
    QCOMPARE(zone.zoneOf(zoneDays)->id(), QByteArray("Europe/Brussels"));
    QVERIFY(!zone.isChosen(zoneDays));
    QVERIFY(!zone.zoneOf(QStringLiteral("no-such-conference")));
    QVERIFY(zone.change(zoneDays, QStringLiteral("Asia/Taipei")).ok());
    QCOMPARE(zone.zoneOf(zoneDays)->id(), QByteArray("Asia/Taipei"));
    QVERIFY(zone.isChosen(zoneDays));
    QCOMPARE(ProgrammeStore(*m_db).conference(zoneDays)->timeZone, QStringLiteral("Asia/Taipei"));
}

void TestConferenceZone::floatingTimesKeepTheirWallClock()
{
    importZoneDays();
    // 10:00 in Brussels (UTC+1 in March) is 09:00 UTC.
    QCOMPARE(stored(zoneDays, floatingKey).time.start, utc(2025, 3, 1, 9, 0));
    QVERIFY(ConferenceZone(*m_db).change(zoneDays, QStringLiteral("Asia/Taipei")).ok());
    // Ten o'clock where the conference is: now Taipei's (UTC+8).
    const Session moved = stored(zoneDays, floatingKey);
    QCOMPARE(moved.time.start, utc(2025, 3, 1, 2, 0));
    QCOMPARE(moved.time.end, utc(2025, 3, 1, 3, 0));
    QCOMPARE(moved.time.date, QDate(2025, 3, 1));
    const QTimeZone taipei("Asia/Taipei");
    QCOMPARE(moved.time.start.toTimeZone(taipei).time(), QTime(10, 0));
}

void TestConferenceZone::exactTimesKeepTheirInstantAndFollowTheirDay()
{
    importZoneDays();
    const Session utcBefore = stored(zoneDays, utcKey);
    const Session lateBefore = stored(zoneDays, lateKey);
    // 21:00 in New York is 02:00 on 2 March in Brussels: listed on the 2nd.
    QCOMPARE(lateBefore.time.start, utc(2025, 3, 2, 2, 0));
    QCOMPARE(lateBefore.time.date, QDate(2025, 3, 2));
    QVERIFY(ConferenceZone(*m_db).change(zoneDays, QStringLiteral("America/Los_Angeles")).ok());
    const Session utcAfter = stored(zoneDays, utcKey);
    QCOMPARE(utcAfter.time.start, utcBefore.time.start);
    QCOMPARE(utcAfter.time.end, utcBefore.time.end);
    const Session lateAfter = stored(zoneDays, lateKey);
    QCOMPARE(lateAfter.time.start, lateBefore.time.start);
    // 18:00 on 1 March in Los Angeles: its day is that one now.
    QCOMPARE(lateAfter.time.date, QDate(2025, 3, 1));
}

void TestConferenceZone::unknownZoneIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("made up") << QStringLiteral("Mars/Olympus_Mons");
    QTest::newRow("empty") << QString();
    QTest::newRow("an offset, not a place") << QStringLiteral("UTC+08:00");
    QTest::newRow("an abbreviation") << QStringLiteral("CEST");
}

void TestConferenceZone::unknownZoneIsRefusedAndChangesNothing()
{
    QFETCH(QString, id);
    importZoneDays();
    const Session before = stored(zoneDays, floatingKey);
    const StoreStatus status = ConferenceZone(*m_db).change(zoneDays, id);
    QVERIFY(!status.ok());
    QVERIFY2(status.error.contains(u'"' + id + u'"'), qPrintable(status.error));
    QVERIFY2(status.error.contains(QLatin1String("IANA")), qPrintable(status.error));
    QCOMPARE(ConferenceZone(*m_db).zoneOf(zoneDays)->id(), QByteArray("Europe/Brussels"));
    QVERIFY(!ConferenceZone(*m_db).isChosen(zoneDays));
    QCOMPARE(stored(zoneDays, floatingKey).time, before.time);
}

void TestConferenceZone::zoneIdIsTakenWhateverItsCase()
{
    importZoneDays();
    QVERIFY(ConferenceZone(*m_db).change(zoneDays, QStringLiteral(" asia/tokyo ")).ok());
    QCOMPARE(ProgrammeStore(*m_db).conference(zoneDays)->timeZone, QStringLiteral("Asia/Tokyo"));
}

void TestConferenceZone::reimportKeepsTheChosenZone()
{
    importZoneDays();
    UserDataStore(*m_db).setBookmarked(zoneDays, floatingKey, true);
    QVERIFY(ConferenceZone(*m_db).change(zoneDays, QStringLiteral("Asia/Taipei")).ok());
    const Session floatingBefore = stored(zoneDays, floatingKey);
    const Session lateBefore = stored(zoneDays, lateKey);

    // The file still says Europe/Brussels: the user's choice stands, and the
    // update finds every session as it is.
    const ImportOutcome again = Importer(*m_db).importFile(fixture("zone-floating.ics"));
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again.conference.timeZone, QStringLiteral("Asia/Taipei"));
    QCOMPARE(ProgrammeStore(*m_db).conference(zoneDays)->timeZone, QStringLiteral("Asia/Taipei"));
    QVERIFY(ConferenceZone(*m_db).isChosen(zoneDays));
    QCOMPARE(again.report.unchanged, 3);
    QCOMPARE(again.report.updated, 0);
    QVERIFY(again.impact.moved.isEmpty());
    QCOMPARE(stored(zoneDays, floatingKey).time, floatingBefore.time);
    QCOMPARE(stored(zoneDays, lateKey).time, lateBefore.time);
}

void TestConferenceZone::reimportOfFrabLocalTimesKeepsTheirWallClock()
{
    // A classic Pentabarf file names no zone: it is read as FOSDEM's, Brussels.
    const QString file = fixture("import-pentabarf-classic.xml");
    const ImportOutcome first = Importer(*m_db).importFile(file);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    const QString key = first.conference.key;
    const QList<Session> read = ProgrammeStore(*m_db).sessions(key);
    QVERIFY(!read.isEmpty());
    const Session opening = read.first();
    QCOMPARE(opening.time.start.toTimeZone(QTimeZone("Europe/Brussels")).time(), QTime(9, 30));

    QVERIFY(ConferenceZone(*m_db).change(key, QStringLiteral("America/New_York")).ok());
    const QTimeZone newYork("America/New_York");
    QCOMPARE(stored(key, opening.key).time.start.toTimeZone(newYork).time(), QTime(9, 30));

    const ImportOutcome again = Importer(*m_db).importFile(file);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again.report.updated, 0);
    QVERIFY(again.impact.moved.isEmpty());
    QCOMPARE(stored(key, opening.key).time.start.toTimeZone(newYork).time(), QTime(9, 30));
    QCOMPARE(stored(key, opening.key).time.start.toTimeZone(newYork).date(), QDate(2021, 2, 6));
}

void TestConferenceZone::zoneListHoldsIanaZonesOnly()
{
    const QStringList ids = ConferenceZone::zoneIds();
    QVERIFY(ids.contains(QStringLiteral("Asia/Taipei")));
    QVERIFY(ids.contains(QStringLiteral("Europe/Brussels")));
    QVERIFY(!ids.contains(QStringLiteral("UTC+08:00")));
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    for (const QString &id : ids)
        QVERIFY2(ConferenceZone::named(id).has_value(), qPrintable(id));
}

QTEST_GUILESS_MAIN(TestConferenceZone)
#include "tst_conferencezone.moc"
