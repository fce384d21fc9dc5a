#include "importtesthelpers.h"
#include "pentabarfreader.h"
#include "programmereader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QtTest>

using namespace planner;
using namespace importtest;

class TestPentabarfReader : public QObject
{
    Q_OBJECT

private slots:
    void readsClassicLayout();
    void turnsHtmlIntoPlainText();
    void dayChangeKeepsLateTalksOnTheirDay();
    void readsSingleQuotedFrab();
    void namedTimeZoneWinsAndChineseGoesToZh();
    void defaultZoneIsAParameter();
    void readsFosdem2020();
    void reads31c3();
    void keepsLinksWrittenAsText();
    void readsDeclaredEncodings();
    void readsLongTextWhole();
    void readsFileInPlace();
    void readsLargeFileInPieces();
    void readsFileWhoseSizeChanges_data();
    void readsFileWhoseSizeChanges();
    void malformedFilesNamePosition_data();
    void malformedFilesNamePosition();
    void refusesHostileInput_data();
    void refusesHostileInput();

private:
    static ReadResult read(const QByteArray &xml)
    {
        return PentabarfReader().read(xml, QStringLiteral("test.xml"));
    }
    // Through the file path: the bytes read into the parser's own buffer.
    static ReadResult readFromFile(const QByteArray &xml)
    {
        QTemporaryFile file;
        if (!file.open() || file.write(xml) != xml.size() || !file.seek(0))
            return ReadResult::failure({ file.fileName(), 0, 0, -1, QStringLiteral("no file") });
        return PentabarfReader().readFile(file, QStringLiteral("test.xml"));
    }
    static ReadResult readFixture(const char *name)
    {
        const QString path = fixture(name);
        return PentabarfReader().read(readAll(path), path);
    }
};

void TestPentabarfReader::readsClassicLayout()
{
    const ReadResult r = readFixture("import-pentabarf-classic.xml");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const Conference &c = r.data.conference;
    QCOMPARE(c.key, QStringLiteral("tiny-dev-room-days-2021"));
    QCOMPARE(c.title.en, QStringLiteral("Tiny Dev Room Days 2021"));
    // No zone anywhere in the file: the documented fallback.
    QCOMPARE(c.timeZone, QStringLiteral("Europe/Brussels"));
    QCOMPARE(c.city, QStringLiteral("Brussels"));
    QCOMPARE(c.venue, QStringLiteral("Campus Solbosch"));
    QCOMPARE(c.startDate, QDate(2021, 2, 6));
    QCOMPARE(c.endDate, QDate(2021, 2, 7));
    QCOMPARE(r.data.sessions.size(), 4);
    QCOMPARE(trackKeys(r.data),
        QStringList(
            { QStringLiteral("keynotes"), QStringLiteral("general"), QStringLiteral("embedded") }));
    QCOMPARE(r.data.tracks.at(1).name.en, QStringLiteral("General"));

    // Without a guid, the key is the conference key and the id.
    const Session *opening = sessionByKey(r.data, QStringLiteral("tiny-dev-room-days-2021-101"));
    QVERIFY(opening);
    QCOMPARE(opening->title.en, QStringLiteral("Opening talk"));
    // "9:30" for "0:50" in Brussels winter time (UTC+1).
    QCOMPARE(opening->time.start, utc(2021, 2, 6, 8, 30));
    QCOMPARE(opening->time.end, utc(2021, 2, 6, 9, 20));
    QCOMPARE(opening->time.date, QDate(2021, 2, 6));
    QCOMPARE(opening->room, QStringLiteral("Janson"));
    QCOMPARE(opening->speakers,
        QStringList({ QStringLiteral("Staff Person"), QStringLiteral("Ada Lovelace") }));
    QCOMPARE(opening->type, QStringLiteral("keynote"));
    QCOMPARE(opening->links.size(), 1);
    QCOMPARE(opening->links.first().address, QStringLiteral("https://example.org/101/slides.pdf"));
    QCOMPARE(opening->links.first().title, QStringLiteral("Slides"));

    const Session *workshop = sessionByKey(r.data, QStringLiteral("tiny-dev-room-days-2021-201"));
    QVERIFY(workshop);
    QCOMPARE(workshop->room, QStringLiteral("K.1.105")); // from the enclosing <room>
    QCOMPARE(workshop->time.start, utc(2021, 2, 7, 9, 0));
    QCOMPARE(workshop->time.end, utc(2021, 2, 7, 10, 30));
    QCOMPARE(workshop->speakers, QStringList { QStringLiteral("林小明") });
}

void TestPentabarfReader::turnsHtmlIntoPlainText()
{
    const ReadResult r = readFixture("import-pentabarf-classic.xml");
    QVERIFY(r.ok());
    const Session &opening = r.data.sessions.first();
    QCOMPARE(opening.overview.en, QStringLiteral("Welcome & hello.\n\nSecond paragraph."));
    QCOMPARE(opening.description.en, QStringLiteral("• one\n• two"));
    QVERIFY(!opening.overview.en.contains(QLatin1String("alert")));
}

void TestPentabarfReader::dayChangeKeepsLateTalksOnTheirDay()
{
    const ReadResult r = readFixture("import-pentabarf-classic.xml");
    QVERIFY(r.ok());
    const Session *late = sessionByKey(r.data, QStringLiteral("tiny-dev-room-days-2021-102"));
    QVERIFY(late);
    QCOMPARE(late->time.start, utc(2021, 2, 6, 22, 30));
    QCOMPARE(late->trackKey, QStringLiteral("general"));
    QVERIFY(late->speakers.isEmpty());
    // 01:15 is before the 04:00 day change: the night after the first day.
    const Session *night = sessionByKey(r.data, QStringLiteral("tiny-dev-room-days-2021-103"));
    QVERIFY(night);
    QCOMPARE(night->time.start, utc(2021, 2, 7, 0, 15));
    QCOMPARE(night->time.end, utc(2021, 2, 7, 1, 0));
    QCOMPARE(night->time.date, QDate(2021, 2, 6));
}

void TestPentabarfReader::readsSingleQuotedFrab()
{
    const ReadResult r = readFixture("import-frab-single-quotes.xml");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.conference.key, QStringLiteral("tc14"));
    // No zone name: the offset the file's dates are written in.
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("UTC+01:00"));
    QCOMPARE(r.data.sessions.size(), 2);
    const Session &opening = r.data.sessions.at(0);
    QCOMPARE(opening.key, QStringLiteral("29aecfd7-0000-4f49-ab86-29b5e0877325"));
    QCOMPARE(opening.time.start, utc(2014, 12, 27, 10, 0));
    QCOMPARE(opening.speakers, QStringList { QStringLiteral("erdgeist") });
    const Session &fnord = r.data.sessions.at(1);
    QCOMPARE(fnord.key, QStringLiteral("HOqeNIb6G7M4hYFKFRkCmQ"));
    QCOMPARE(fnord.title.en, QStringLiteral("Fnord & friends"));
    QCOMPARE(fnord.time.start, utc(2014, 12, 27, 23, 15));
    QCOMPARE(fnord.time.end, utc(2014, 12, 28, 0, 45));
    QCOMPARE(fnord.time.date, QDate(2014, 12, 27));
    QCOMPARE(fnord.language, QStringLiteral("de"));
    QCOMPARE(fnord.speakers, QStringList({ QStringLiteral("Frank"), QStringLiteral("Fefe") }));
}

void TestPentabarfReader::namedTimeZoneWinsAndChineseGoesToZh()
{
    const ReadResult r = readFixture("import-pentabarf-timezone.xml");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.conference.key, QStringLiteral("coscup-2024"));
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("Asia/Taipei"));
    QCOMPARE(r.data.conference.url, QUrl(QStringLiteral("https://coscup.org/2024/")));
    const Session &s = r.data.sessions.first();
    QCOMPARE(s.time.start, utc(2024, 8, 3, 1, 10));
    QCOMPARE(s.title.zh, QStringLiteral("開源社群的十年"));
    QVERIFY(s.title.en.isEmpty());
    QCOMPARE(s.overview.zh, QStringLiteral("社群\n十年"));
    QCOMPARE(s.trackKey, QStringLiteral("社群"));
}

void TestPentabarfReader::defaultZoneIsAParameter()
{
    const QString path = fixture("import-pentabarf-classic.xml");
    const ReadResult r = PentabarfReader(QStringLiteral("Asia/Tokyo")).read(readAll(path), path);
    QVERIFY(r.ok());
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(r.data.sessions.first().time.start, utc(2021, 2, 6, 0, 30));
}

void TestPentabarfReader::readsFosdem2020()
{
    const QString path = realFile("fosdem-2020-schedule.xml");
    REQUIRE_REAL_FILE(path);
    const ReadResult r = ProgrammeReader().readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.sessions.size(), 872);
    QCOMPARE(r.data.conference.key, QStringLiteral("fosdem-2020"));
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("Europe/Brussels"));
    QCOMPARE(r.data.conference.city, QStringLiteral("Brussels"));
    const Session *kernel = sessionByKey(r.data, QStringLiteral("fosdem-2020-10715"));
    QVERIFY(kernel);
    QCOMPARE(kernel->title.en,
        QStringLiteral("The Linux Kernel: We have to finish this thing one day ;)"));
    QCOMPARE(kernel->time.start, utc(2020, 2, 1, 9, 0)); // 10:00 in Brussels
    QCOMPARE(kernel->time.end, utc(2020, 2, 1, 9, 50));
    QCOMPARE(kernel->room, QStringLiteral("Janson"));
    QCOMPARE(kernel->speakers, QStringList { QStringLiteral("Thorsten Leemhuis") });
    QVERIFY(kernel->overview.en.startsWith(QLatin1String("Today's Linux kernel")));
    QVERIFY(!kernel->overview.en.contains(u'<'));
    int withoutSpeakers = 0;
    for (const Session &s : r.data.sessions)
        withoutSpeakers += s.speakers.isEmpty() ? 1 : 0;
    QCOMPARE(withoutSpeakers, 19);
}

void TestPentabarfReader::reads31c3()
{
    const QString path = realFile("31c3-frab-schedule.xml");
    REQUIRE_REAL_FILE(path);
    const ReadResult r = ProgrammeReader().readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.sessions.size(), 138);
    QCOMPARE(r.data.conference.key, QStringLiteral("31c3"));
    QCOMPARE(r.data.conference.timeZone, QStringLiteral("UTC+01:00"));
    const Session *keynote
        = sessionByKey(r.data, QStringLiteral("8c4e647f-813e-41ef-b05b-65469dd841c3"));
    QVERIFY(keynote);
    QCOMPARE(keynote->title.en, QStringLiteral("31C3 Keynote"));
    QCOMPARE(keynote->subtitle.en, QStringLiteral("A New Dawn"));
    QCOMPARE(keynote->time.start, utc(2014, 12, 27, 10, 30));
    QCOMPARE(keynote->room, QStringLiteral("Saal 1"));
    QCOMPARE(keynote->speakers, QStringList { QStringLiteral("alecempire") });
    // After midnight, listed under the day before.
    const Session *fnord = sessionByKey(r.data, QStringLiteral("Mw1wjnNzwxzSkM3Ip5Lg0g"));
    QVERIFY(fnord);
    QCOMPARE(fnord->title.en, QStringLiteral("Fnord News Show"));
    QCOMPARE(fnord->time.start, utc(2014, 12, 28, 23, 15));
    QCOMPARE(fnord->time.date, QDate(2014, 12, 28));
}

// Besides UTF-8 and UTF-16, older exports declare an encoding of their own.
void TestPentabarfReader::keepsLinksWrittenAsText()
{
    // Some programmes put the address in the element's text and give no href.
    const ReadResult r = read(R"(<schedule><conference><title>L</title></conference>
        <day index="1" date="2025-03-01"><room name="R">
        <event id="1"><start>10:00</start><duration>00:30</duration><title>T</title>
        <links>
          <link>https://example.org/slides.pdf</link>
          <link href="https://example.org/video">Video</link>
          <link href="">Not an address</link>
          <link>Slides</link>
        </links></event></room></day></schedule>)");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const QList<Link> links = r.data.sessions.value(0).links;
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).address, QStringLiteral("https://example.org/slides.pdf"));
    QCOMPARE(links.at(0).title, QString());
    QCOMPARE(links.at(1).address, QStringLiteral("https://example.org/video"));
    QCOMPARE(links.at(1).title, QStringLiteral("Video"));
}

void TestPentabarfReader::readsDeclaredEncodings()
{
    const QByteArray body = "<schedule><conference><title>Caf\xE9 \xA4</title></conference>"
                            "</schedule>";
    const ReadResult latin1 = read("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + body);
    QVERIFY2(latin1.ok(), qPrintable(latin1.errorText()));
    QCOMPARE(latin1.data.conference.title.en, QStringLiteral("Caf\u00E9 \u00A4"));
    const ReadResult latin9 = read("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>" + body);
    QVERIFY2(latin9.ok(), qPrintable(latin9.errorText()));
    QCOMPARE(latin9.data.conference.title.en, QStringLiteral("Caf\u00E9 \u20AC"));
    const ReadResult unknown = read("<?xml version=\"1.0\" encoding=\"no-such\"?>" + body);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error->message.contains(QLatin1String("encoding")),
        qPrintable(unknown.error->message));
    if (!QStringDecoder("Big5").isValid())
        QSKIP("Qt was built without ICU: no Big5");
    // Two bytes a character, the second one possibly ASCII ('@' in U+4E16).
    const ReadResult big5 = read("<?xml version=\"1.0\" encoding=\"Big5\"?><schedule>"
                                 "<conference><title>\xA4\xA4\xA4\xE5 A\xA5\x40</title>"
                                 "</conference></schedule>");
    QVERIFY2(big5.ok(), qPrintable(big5.errorText()));
    QCOMPARE(big5.data.conference.title.zh, QStringLiteral("\u4E2D\u6587 A\u4E16"));
}

// A text of 200 KB, of multi-byte characters and entities, reads whole, and an
// error after it is placed on the right line and column.
void TestPentabarfReader::readsLongTextWhole()
{
    QByteArray text;
    QString expected;
    while (text.size() < 200 * 1024) {
        text += "\xE4\xB8\xAD\xE6\x96\x87&amp;"; // 中文&amp;
        expected += QStringLiteral("中文&");
    }
    const QByteArray head = "<schedule><conference><title>T</title></conference>\n"
                            "<day date=\"2020-02-01\"><room name=\"R\">\n";
    const QByteArray second = "<event id=\"2\"><start>11:00</start><duration>0:30</duration>"
                              "<title>After</title></event>";
    const ReadResult r = read(head
        + "<event id=\"1\"><start>10:00</start><duration>0:30</duration>"
          "<title>Long</title><description>"
        + text + "</description></event>\n" + second + "</room></day></schedule>");
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.sessions.size(), 2);
    QCOMPARE(r.data.sessions.at(0).description.zh.size(), expected.size());
    QVERIFY(r.data.sessions.at(0).description.zh == expected);
    QCOMPARE(r.data.sessions.at(1).title.en, QStringLiteral("After"));

    const ReadResult bad = read(head + "<event id=\"1\"><description>" + text
        + "</description>\n<title>x</titel></event></room></day></schedule>");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error->line, 4);
    QCOMPARE(bad.error->column, 11);
}

void TestPentabarfReader::readsFileInPlace()
{
    const QString path = realFile("fosdem-2020-schedule.xml");
    REQUIRE_REAL_FILE(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ReadResult inPlace = PentabarfReader().readFile(file, path);
    const ReadResult copied = PentabarfReader().read(readAll(path), path);
    QVERIFY2(inPlace.ok(), qPrintable(inPlace.errorText()));
    QVERIFY(copied.ok());
    QCOMPARE(inPlace.data.conference.key, copied.data.conference.key);
    QCOMPARE(inPlace.data.tracks.size(), copied.data.tracks.size());
    QCOMPARE(inPlace.data.sessions.size(), 872);
    QCOMPARE(inPlace.data.sessions.size(), copied.data.sessions.size());
    for (qsizetype i = 0; i < copied.data.sessions.size(); ++i) {
        const Session &a = inPlace.data.sessions.at(i), &b = copied.data.sessions.at(i);
        QCOMPARE(a.key, b.key);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.description, b.description);
        QCOMPARE(a.time, b.time);
        QCOMPARE(a.links, b.links);
    }
}

// A file read a piece at a time: a token longer than a piece (an attribute of
// a megabyte), events well past the first piece, and an error at the end
// placed as in memory.
void TestPentabarfReader::readsLargeFileInPieces()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<schedule>\n<conference><title>T</title>"
                     "</conference>\n<day date=\"2020-02-01\"><room name=\"R\">\n";
    xml += "<event id=\"0\" guid=\"" + QByteArray(1 << 20, 'g') + "\"><start>09:00</start>"
        + "<duration>00:30</duration><title>Long</title></event>\n";
    constexpr int events = 15000;
    for (int i = 1; i <= events; ++i)
        xml += QStringLiteral("<event id=\"%1\"><start>10:00</start><duration>00:30</duration>"
                              "<title>Event %1 活動</title></event>\n")
                   .arg(i)
                   .toUtf8();
    const QByteArray tail = "</room></day></schedule>\n";
    QVERIFY(xml.size() > 2 * (1 << 20));

    const ReadResult whole = readFromFile(xml + tail);
    QVERIFY2(whole.ok(), qPrintable(whole.errorText()));
    QCOMPARE(whole.data.sessions.size(), events + 1);
    QCOMPARE(whole.data.sessions.first().title.en, QStringLiteral("Long"));
    QCOMPARE(whole.data.sessions.last().title.zh, QStringLiteral("Event 15000 活動"));

    const QByteArray bad
        = xml + "<event id=\"x\"><start>10:00</start>\n   <duration>ten</duration></event>" + tail;
    const ReadResult inMemory = read(bad);
    const ReadResult inPieces = readFromFile(bad);
    QVERIFY(!inMemory.ok());
    QVERIFY(!inPieces.ok());
    QCOMPARE(inMemory.error->line, events + 7);
    QCOMPARE(inMemory.error->column, 14);
    QCOMPARE(inPieces.error->line, inMemory.error->line);
    QCOMPARE(inPieces.error->column, inMemory.error->column);
    QCOMPARE(inPieces.error->message, inMemory.error->message);
}

// A device that reports a size other than what it holds, as a file being
// written does between the size taken and the read.
class MisreportedSize : public QBuffer
{
public:
    MisreportedSize(const QByteArray &data, qint64 reported)
        : m_reported(reported)
    {
        setData(data);
    }
    qint64 size() const override { return m_reported; }

private:
    qint64 m_reported;
};

void TestPentabarfReader::readsFileWhoseSizeChanges_data()
{
    QTest::addColumn<qint64>("change"); // of the size since it was reported
    QTest::newRow("grown") << qint64(1000);
    QTest::newRow("shrunk") << qint64(-1000);
}

void TestPentabarfReader::readsFileWhoseSizeChanges()
{
    QFETCH(qint64, change);
    const QByteArray xml = readAll(fixture("import-pentabarf-classic.xml"));
    QVERIFY(xml.size() > 1000);
    MisreportedSize device(xml, xml.size() - change);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const ReadResult r = PentabarfReader().readFile(device, QStringLiteral("test.xml"));
    const ReadResult expected = read(xml);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.sessions.size(), expected.data.sessions.size());
    QVERIFY(r.data.sessions.size() > 0);
    QCOMPARE(r.data.sessions.last().title, expected.data.sessions.last().title);
}

void TestPentabarfReader::malformedFilesNamePosition_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray head = "<?xml version=\"1.0\"?>\n<schedule>\n<conference><title>T</title>"
                            "</conference>\n<day date=\"2020-02-01\"><room name=\"R\">\n";
    QTest::newRow("bad duration") << head
            + "<event id=\"1\"><start>10:00</start>\n  <duration>ten</duration></event>"
              "</room></day></schedule>"
                                  << 6 << 13
                                  << QStringLiteral(
                                         "expected a duration (H:MM) in <duration>, found \"ten\"");
    QTest::newRow("bad start") << head
            + "<event id=\"1\">\n<start>25:00</start></event></room></day></schedule>"
                               << 6 << 8
                               << QStringLiteral(
                                      "expected a time of day (HH:MM) in <start>, found \"25:00\"");
    QTest::newRow("mismatched tag")
        << head + "<event id=\"1\"><title>x</titel></event></room></day></schedule>" << 5 << 25
        << QStringLiteral("not well-formed XML");
    QTest::newRow("truncated") << head + "<event id=\"1\"><title>x</title>" << 5 << 31
                               << QStringLiteral("not well-formed XML");
    QTest::newRow("day without date")
        << QByteArray("<schedule>\n  <day index=\"1\">\n</day></schedule>") << 2 << 18
        << QStringLiteral("expected a date attribute (YYYY-MM-DD) on <day>");
    QTest::newRow("empty day without date")
        << QByteArray("<schedule>\n<day/><day date=\"2020-02-01\"/></schedule>") << 2 << 7
        << QStringLiteral("expected a date attribute (YYYY-MM-DD) on <day>");
    QTest::newRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>") << 2
                                << 7 << QStringLiteral("expected <schedule> as the root");
    QTest::newRow("unknown zone") << QByteArray(
        "<schedule><conference>\n<time_zone_name>Mars/Olympus</time_zone_name>"
        "</conference></schedule>")
                                  << 2 << 17
                                  << QStringLiteral("unknown time zone \"Mars/Olympus\"");
}

void TestPentabarfReader::malformedFilesNamePosition()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    for (const ReadResult &r : { read(xml), readFromFile(xml) }) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error->file, QStringLiteral("test.xml"));
        QVERIFY2(r.error->message.startsWith(message), qPrintable(r.error->message));
        QCOMPARE(r.error->line, line);
        QCOMPARE(r.error->column, column);
    }
}

void TestPentabarfReader::refusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n<!ENTITY lol \"lol\">\n";
    laughs += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i)
        laughs += QStringLiteral("<!ENTITY lol%1 \"%2\">\n")
                      .arg(i)
                      .arg(QStringLiteral("&lol%1;").arg(i - 1).repeated(10))
                      .toUtf8();
    laughs += "]>\n<schedule><conference><title>&lol9;</title></conference></schedule>";
    QTest::newRow("billion laughs") << laughs << QStringLiteral("declares XML entities");
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY xxe SYSTEM "
        "\"file:///etc/passwd\">]>\n<schedule><conference><title>&xxe;</title>"
        "</conference></schedule>") << QStringLiteral("declares XML entities");
    QTest::newRow("undeclared entity")
        << QByteArray("<schedule><conference><title>&xxe;</title></conference></schedule>")
        << QStringLiteral("not well-formed XML");
    QTest::newRow("NUL byte") << QByteArray(
        "<schedule><conference><title>a\0b</title></conference></schedule>", 64)
                              << QStringLiteral("not well-formed XML");
    QTest::newRow("invalid UTF-8")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><conference><title>"
                      "\xC3\x28\xFF</title></conference></schedule>")
        << QStringLiteral("not well-formed XML");
}

void TestPentabarfReader::refusesHostileInput()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    for (const bool fromFile : { false, true }) {
        QElapsedTimer timer;
        timer.start();
        const ReadResult r = fromFile ? readFromFile(xml) : read(xml);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error->message.contains(message), qPrintable(r.error->toString()));
        QVERIFY(r.error->line > 0);
    }
}

QTEST_GUILESS_MAIN(TestPentabarfReader)
#include "tst_pentabarfreader.moc"
