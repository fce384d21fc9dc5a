#include "agendabuilder.h"
#include "agendafixture.h"
#include "exportfixture.h"
#include "programmestore.h"
#include "icswriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QtTest>

using namespace planner;
using namespace agendafixture;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

// Reads the file back with Debian's python3-icalendar, an independent parser,
// and prints its events (and any parse errors) as JSON.
const QString readerScript = QStringLiteral(R"(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    def value(name):
        v = e.get(name)
        if v is None:
            return None
        if name in ('DTSTART', 'DTEND', 'DTSTAMP'):
            return v.dt.isoformat()
        if hasattr(v, 'cats'):
            return ','.join(str(c) for c in v.cats)
        return str(v)
    event = {n.lower(): value(n) for n in ('UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY',
             'DESCRIPTION', 'LOCATION', 'CATEGORIES')}
    event['errors'] = [str(x) for x in getattr(e, 'errors', [])]
    events.append(event)
print(json.dumps({'errors': [str(x) for x in getattr(cal, 'errors', [])], 'events': events}))
)");

bool hasIcalendar()
{
    QProcess process;
    process.start(python, { QStringLiteral("-c"), QStringLiteral("import icalendar") });
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

QStringList uids(const QByteArray &ics)
{
    QStringList list;
    for (const QByteArray &line : ics.split('\n')) {
        if (line.startsWith("UID:"))
            list.append(QString::fromUtf8(line.mid(4).trimmed()));
    }
    return list;
}

} // namespace

class TestIcsWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pythonIcalendarReadsTheSameEvents();
    void leavesOutUnplannedOnDemandSessions();
    void uidsAreStableAcrossExports();
    void foldsAt75OctetsWithoutSplittingUtf8();
    void escapesText_data();
    void escapesText();
    void usesCrlfAndDateValues();
    void notesOnlyWhenChosen();
    void carriesDescriptionSpeakersAndLinks();
    void reimportKeepsTitlesAndTimes();

private:
    QByteArray write(bool withNotes = true, const QDateTime &timestamp = {});

    std::unique_ptr<Fixture> m_fixture;
    QStringList m_leftOut;
};

void TestIcsWriter::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->setUp());
}

void TestIcsWriter::cleanup()
{
    m_fixture.reset();
}

QByteArray TestIcsWriter::write(bool withNotes, const QDateTime &timestamp)
{
    ExportOptions options;
    options.language = Language::English;
    options.withNotes = withNotes;
    options.timestamp = timestamp;
    IcsWriter writer(options);
    const QByteArray bytes = writer.write(AgendaBuilder(m_fixture->database()).build(conference));
    m_leftOut = writer.leftOut();
    return bytes;
}

void TestIcsWriter::pythonIcalendarReadsTheSameEvents()
{
    if (!hasIcalendar())
        QSKIP("/usr/bin/python3 with python3-icalendar is not installed");
    const QString path = m_fixture->filePath(QStringLiteral("agenda.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(write(true, QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC)));
    file.close();

    QProcess process;
    process.start(python, { QStringLiteral("-c"), readerScript, path });
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(result.value(QLatin1String("errors")).toArray(), QJsonArray());
    const QJsonArray events = result.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 3);

    const QJsonObject keynoteEvent = events.at(0).toObject();
    QCOMPARE(keynoteEvent.value(QLatin1String("errors")).toArray(), QJsonArray());
    QCOMPARE(
        keynoteEvent.value(QLatin1String("uid")).toString(), IcsWriter::uid(conference, keynote));
    QCOMPARE(keynoteEvent.value(QLatin1String("summary")).toString(),
        QStringLiteral("GTC 2025 Keynote with NVIDIA CEO Jensen Huang"));
    QCOMPARE(keynoteEvent.value(QLatin1String("dtstart")).toString(),
        QStringLiteral("2025-03-18T17:00:00+00:00"));
    QCOMPARE(keynoteEvent.value(QLatin1String("dtend")).toString(),
        QStringLiteral("2025-03-18T19:00:00+00:00"));
    QCOMPARE(keynoteEvent.value(QLatin1String("dtstamp")).toString(),
        QStringLiteral("2025-03-01T08:00:00+00:00"));
    QCOMPARE(
        keynoteEvent.value(QLatin1String("location")).toString(), QStringLiteral("SAP Center"));
    QCOMPARE(keynoteEvent.value(QLatin1String("categories")).toString(), QStringLiteral("Keynote"));
    const QString description = keynoteEvent.value(QLatin1String("description")).toString();
    QVERIFY2(description.contains(trickyNote), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("★ ")), qPrintable(description));
    QVERIFY2(description.contains(starComment), qPrintable(description));

    const QJsonObject planned = events.at(1).toObject();
    QCOMPARE(planned.value(QLatin1String("uid")).toString(), IcsWriter::uid(conference, startup));
    QCOMPARE(planned.value(QLatin1String("dtstart")).toString(),
        QStringLiteral("2025-03-19T21:00:00+00:00"));

    const QJsonObject dateOnly = events.at(2).toObject();
    QCOMPARE(dateOnly.value(QLatin1String("dtstart")).toString(), QStringLiteral("2025-03-20"));
    QCOMPARE(dateOnly.value(QLatin1String("dtend")).toString(), QStringLiteral("2025-03-21"));
    QVERIFY(dateOnly.value(QLatin1String("description")).toString().contains(ownPoint));
}

void TestIcsWriter::leavesOutUnplannedOnDemandSessions()
{
    const QByteArray ics = write();
    QCOMPARE(m_leftOut, QStringList { driving });
    QVERIFY(!ics.contains(drivingTitle.toUtf8()));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 3);
}

void TestIcsWriter::uidsAreStableAcrossExports()
{
    const QStringList first = uids(write(true, QDateTime(QDate(2025, 1, 1), QTime(), Qt::UTC)));
    const QStringList second = uids(write(false, QDateTime(QDate(2025, 2, 1), QTime(), Qt::UTC)));
    QCOMPARE(first.size(), 3);
    QCOMPARE(second, first);
    QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), 3);
    QCOMPARE(IcsWriter::uid(conference, keynote), IcsWriter::uid(conference, keynote));
    QVERIFY(
        IcsWriter::uid(conference, keynote) != IcsWriter::uid(QStringLiteral("other"), keynote));
}

void TestIcsWriter::foldsAt75OctetsWithoutSplittingUtf8()
{
    const QByteArray ics = write();
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QList<QByteArray> lines = ics.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // after the last CRLF
    QByteArray unfolded;
    for (const QByteArray &raw : lines) {
        QVERIFY2(raw.endsWith('\r'), raw.constData());
        const QByteArray line = raw.chopped(1);
        QVERIFY2(line.size() <= 75, line.constData());
        // Each physical line on its own must be whole UTF-8.
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder(line);
        QVERIFY2(!decoder.hasError(), line.toHex().constData());
        QVERIFY(!text.contains(QChar::ReplacementCharacter));
        unfolded += line.startsWith(' ') ? line.mid(1) : QByteArray("\n") + line;
    }
    // Unfolded, the long Chinese overview comes back whole.
    QVERIFY(QString::fromUtf8(unfolded).contains(
        QStringLiteral("including the Blackwell architecture entering full production")));

    const QString long3 = QString(40, QChar(0x4E2D)); // 120 octets of 3-byte characters
    const QByteArray folded = IcsWriter::fold(QStringLiteral("SUMMARY:") + long3);
    for (const QByteArray &line : folded.split('\n')) {
        QVERIFY(line.size() <= 76); // 75 and the CR
    }
    QCOMPARE(folded,
        QByteArray("SUMMARY:") + QString(22, QChar(0x4E2D)).toUtf8() + "\r\n "
            + QString(18, QChar(0x4E2D)).toUtf8() + "\r\n");
}

void TestIcsWriter::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("中文 text") << QStringLiteral("中文 text");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
    QTest::newRow("control") << QStringLiteral("a\x01z") << QStringLiteral("az");
    QTest::newRow("quotes") << QStringLiteral("\"q\" 'q'") << QStringLiteral("\"q\" 'q'");
}

void TestIcsWriter::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(IcsWriter::escapeText(text), escaped);
}

void TestIcsWriter::usesCrlfAndDateValues()
{
    const QByteArray ics = write();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QCOMPARE(ics.count('\n'), ics.count("\r\n"));
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20250320\r\n"));
    QVERIFY(ics.contains("DTSTART:20250318T170000Z\r\n"));
    QVERIFY(ics.contains("DTSTAMP:"));
}

void TestIcsWriter::notesOnlyWhenChosen()
{
    QVERIFY(write(true).contains("alert(1)"));
    QVERIFY(!write(false).contains("alert(1)"));
}

void TestIcsWriter::carriesDescriptionSpeakersAndLinks()
{
    exportfixture::Fixture programme;
    QVERIFY(programme.setUp());
    ExportOptions options;
    IcsWriter writer(options);
    const QByteArray ics = writer.write(programme.agenda());
    QCOMPARE(writer.leftOut(), QStringList { QStringLiteral("O1") });
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20260505\r\n")); // a day, no time: all day
    QVERIFY(!ics.contains("javascript:alert(3)"));
    if (!hasIcalendar())
        QSKIP("/usr/bin/python3 with python3-icalendar is not installed");
    const QString path = programme.filePath(QStringLiteral("agenda.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ics);
    file.close();
    QProcess process;
    process.start(python, { QStringLiteral("-c"), readerScript, path });
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(result.value(QLatin1String("errors")).toArray(), QJsonArray());
    const QJsonArray events = result.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 2);
    const QJsonObject hostile = events.at(0).toObject();
    QCOMPARE(hostile.value(QLatin1String("summary")).toString(), exportfixture::hostileTitle);
    const QString description = hostile.value(QLatin1String("description")).toString();
    QVERIFY2(description.startsWith(QStringLiteral("Speakers: Ada Lovelace, 林小明, ")),
        qPrintable(description));
    QVERIFY(description.contains(exportfixture::emojiAbstract));
    QVERIFY(description.contains(QStringLiteral("First paragraph of the description")));
    QVERIFY(description.contains(QStringLiteral("Slides [PDF]: https://example.org/talks/h1?a=1&b=(2)")));
    QVERIFY(description.contains(QStringLiteral("Write to the speaker: mailto:speaker@example.org")));
    QVERIFY(!description.contains(QStringLiteral("Evil link")));
    const QJsonObject dayOnly = events.at(1).toObject();
    QCOMPARE(dayOnly.value(QLatin1String("dtstart")).toString(), QStringLiteral("2026-05-05"));
    QVERIFY(dayOnly.value(QLatin1String("description")).toString().contains(exportfixture::descriptionOnly));
}

// Our calendar read back into a fresh database gives the same titles (no code
// added to them) and times.
void TestIcsWriter::reimportKeepsTitlesAndTimes()
{
    const Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference);
    const QString path = m_fixture->filePath(QStringLiteral("again.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(write());
    file.close();
    QTemporaryDir fresh;
    Database database;
    QVERIFY(database.open(fresh.filePath(QStringLiteral("fresh.sqlite"))).ok());
    const ImportOutcome outcome = Importer(database).importFile(path);
    QVERIFY(outcome.ok());
    const QList<Session> back = ProgrammeStore(database).sessions(outcome.conference.key);
    QCOMPARE(back.size(), 3);
    QSet<QString> titles;
    for (const Session &session : back)
        titles.insert(session.title.text(Language::English));
    QSet<QString> expected;
    for (const AgendaItem &item : agenda.items) {
        if (item.day(agenda.timeZone()).isValid())
            expected.insert(item.session.title.text(Language::English));
    }
    QCOMPARE(titles, expected);
    for (const Session &session : back) {
        if (session.title.en.startsWith(QStringLiteral("GTC 2025 Keynote")))
            QCOMPARE(session.time.start, QDateTime(QDate(2025, 3, 18), QTime(17, 0), Qt::UTC));
    }
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
