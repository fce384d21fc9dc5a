#include "applicationinfo.h"
#include "commandline.h"
#include "commandrunner.h"
#include "importtesthelpers.h"
#include "pentabarfreader.h"
#include "timeformatter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

// A conference at UTC+05:30 whose <day date>s are UTC dates, one day early, and a
// night session (Sun 28 Dec 00:00–02:00) listed under day 1 (Sat 27 Dec).
const QString fixture
    = QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/import-frab-utc-day-dates.xml");
const QString keynote = QStringLiteral("6f1e0c9a-0001-4000-8000-000000000001");
const QString night = QStringLiteral("6f1e0c9a-0001-4000-8000-000000000002");

const Session *sessionWithTitle(const ConferenceData &data, const QString &title)
{
    for (const Session &session : data.sessions) {
        if (session.title.text(Language::English) == title)
            return &session;
    }
    return nullptr;
}

} // namespace

// Every date printed for a session, in the window's models and in every export, is the
// date its start happens on in the zone shown, whatever day label the file gave it.
class TestDateFidelity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void conferenceDayFollowsTheInstant();
    void timesPrintTheDateTheyHappenOn();
    void clockUnderADayNamesAnotherDate();
    void commandsAndExportsAgree();
};

void TestDateFidelity::initTestCase()
{
    ApplicationInfo::apply();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDateFidelity::conferenceDayFollowsTheInstant()
{
    QFile file(fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ReadResult read = PentabarfReader().read(file.readAll(), fixture);
    QVERIFY2(!read.error, qPrintable(read.error ? read.error->toString() : QString()));
    const ConferenceData &data = read.data;
    const Session *morning = sessionWithTitle(data, QStringLiteral("Morning keynote"));
    const Session *midnight = sessionWithTitle(data, QStringLiteral("Midnight hacking"));
    const Session *closing = sessionWithTitle(data, QStringLiteral("Closing panel"));
    QVERIFY(morning && midnight && closing);
    // The file says 26 Dec (UTC); the keynote is on Sat 27 Dec where it happens.
    QCOMPARE(morning->time.date, QDate(2025, 12, 27));
    QCOMPARE(morning->time.start, QDateTime(QDate(2025, 12, 27), QTime(3, 30), Qt::UTC));
    // After midnight, before the 04:00 day change: still day 1's session.
    QCOMPARE(midnight->time.date, QDate(2025, 12, 27));
    QCOMPARE(midnight->time.start, QDateTime(QDate(2025, 12, 27), QTime(18, 30), Qt::UTC));
    QCOMPARE(closing->time.date, QDate(2025, 12, 28));
}

void TestDateFidelity::timesPrintTheDateTheyHappenOn()
{
    const QTimeZone kolkata("Asia/Kolkata");
    const SessionTime midnight
        = SessionTime::timed(QDateTime(QDate(2025, 12, 27), QTime(18, 30), Qt::UTC),
            QDateTime(QDate(2025, 12, 27), QTime(20, 30), Qt::UTC), QDate(2025, 12, 27));
    const TimeFormatter english(localeOf(Language::English), kolkata);
    QCOMPARE(english.format(midnight), QStringLiteral("Sun 28 Dec 12:00–2:00 AM"));
    const TimeFormatter chinese(localeOf(Language::Chinese), kolkata);
    QCOMPARE(chinese.format(midnight), QStringLiteral("12月28日 週日 00:00–02:00"));
    // In another zone the same instant is on another date.
    const TimeFormatter utc(localeOf(Language::English), QTimeZone::utc());
    QVERIFY(utc.format(midnight).startsWith(QStringLiteral("Sat 27 Dec")));
}

void TestDateFidelity::clockUnderADayNamesAnotherDate()
{
    const TimeFormatter formatter(localeOf(Language::Chinese), QTimeZone("Asia/Kolkata"));
    const QDateTime midnight(QDate(2025, 12, 27), QTime(18, 30), Qt::UTC);
    QCOMPARE(formatter.clockUnder(midnight, QDate(2025, 12, 28)), QStringLiteral("00:00"));
    QCOMPARE(
        formatter.clockUnder(midnight, QDate(2025, 12, 27)), QStringLiteral("12月28日 週日 00:00"));
}

void TestDateFidelity::commandsAndExportsAgree()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("planner.sqlite"));
    QCOMPARE(runCommand(database, { QStringLiteral("import"), fixture }).exitCode,
        int(CommandLine::Success));
    const QString conference = QStringLiteral("--conference=nightowl25");
    QCOMPARE(runCommand(database,
                 { QStringLiteral("bookmark"), QStringLiteral("add"), keynote, night, conference })
                 .exitCode,
        int(CommandLine::Success));

    const Outcome listed = runCommand(
        database, { QStringLiteral("sessions"), QStringLiteral("--json"), conference });
    QCOMPARE(listed.exitCode, int(CommandLine::Success));
    QHash<QString, QString> starts;
    const QJsonValue json
        = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"sessions");
    const QJsonArray sessions
        = json.isArray() ? json.toArray() : QJsonDocument::fromJson(listed.out.toUtf8()).array();
    for (const QJsonValue &s : sessions)
        starts.insert(s[u"key"].toString(), s[u"start"].toString());
    QCOMPARE(starts.value(night), QStringLiteral("2025-12-28T00:00:00+05:30"));
    QCOMPARE(starts.value(keynote), QStringLiteral("2025-12-27T09:00:00+05:30"));

    const QString markdown = dir.filePath(QStringLiteral("agenda.md"));
    const QString csv = dir.filePath(QStringLiteral("agenda.csv"));
    const QString html = dir.filePath(QStringLiteral("agenda.html"));
    for (const QString &path : { markdown, csv, html }) {
        const Outcome exported = runCommand(database,
            { QStringLiteral("export"), QStringLiteral("-o"), path, conference,
                QStringLiteral("--language"), QStringLiteral("en") });
        QVERIFY2(exported.exitCode == CommandLine::Success, qPrintable(exported.err));
    }
    for (const QString &path : { markdown, html }) {
        const QString text = QString::fromUtf8(importtest::readAll(path));
        QVERIFY2(text.contains(QStringLiteral("Sun 28 Dec 12:00")), qPrintable(path));
        QVERIFY2(!text.contains(QStringLiteral("Sat 27 Dec 12:00")), qPrintable(path));
        QVERIFY2(text.contains(QStringLiteral("Sat 27 Dec 9:00")), qPrintable(path));
        QVERIFY2(!text.contains(QStringLiteral("26 Dec")), qPrintable(path));
    }
    const QString table = QString::fromUtf8(importtest::readAll(csv));
    QVERIFY2(table.contains(QStringLiteral("2025-12-28,00:00,02:00")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("2025-12-27,09:00,10:00")), qPrintable(table));
}

QTEST_MAIN(TestDateFidelity)
#include "tst_datefidelity.moc"
