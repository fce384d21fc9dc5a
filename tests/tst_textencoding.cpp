#include "formatdetector.h"
#include "importtesthelpers.h"
#include "programmereader.h"
#include "textencoding.h"

#include <QtTest>

using namespace planner;
using namespace importtest;

namespace {

QByteArray utf16(const QByteArray &utf8, QSysInfo::Endian order)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray bytes
        = order == QSysInfo::LittleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xFF);
        bytes.append(order == QSysInfo::LittleEndian ? low : high);
        bytes.append(order == QSysInfo::LittleEndian ? high : low);
    }
    return bytes;
}

QStringList keysAndTitles(const ReadResult &r)
{
    QStringList out;
    for (const Session &s : r.data.sessions)
        out.append(s.key + u' ' + s.title.text(Language::English) + u' '
            + s.time.start.toString(Qt::ISODate));
    return out;
}

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private slots:
    void everyFormatReadsInUtf16_data();
    void everyFormatReadsInUtf16();
    void utf16FilesOfTheProject_data();
    void utf16FilesOfTheProject();
    void refusedByName_data();
    void refusedByName();
};

void TestTextEncoding::everyFormatReadsInUtf16_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("order");
    for (const char *name : { "digest-english.md", "import-pentabarf-timezone.xml",
             "import-schedule-quirks.json", "import-schedule2.json", "import-icalendar-zones.ics",
             "import-icalendar-recurrence.ics" }) {
        QTest::addRow("%s LE", name) << fixture(name) << int(QSysInfo::LittleEndian);
        QTest::addRow("%s BE", name) << fixture(name) << int(QSysInfo::BigEndian);
    }
    const QString bundled
        = QStringLiteral(PLANNER_SOURCE_DIR "/resources/conferences/gtc-2025.json");
    QTest::addRow("planner programme LE") << bundled << int(QSysInfo::LittleEndian);
}

void TestTextEncoding::everyFormatReadsInUtf16()
{
    QFETCH(QString, path);
    QFETCH(int, order);
    const QByteArray utf8 = readAll(path);
    QVERIFY(!utf8.isEmpty());
    QByteArray text = utf8;
    // An XML file in UTF-16 says so in its declaration, or expat refuses it.
    if (path.endsWith(QLatin1String(".xml")))
        text.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    const QByteArray encoded = utf16(text, QSysInfo::Endian(order));
    QCOMPARE(FormatDetector::detect(encoded.left(4096)), FormatDetector::detect(utf8.left(4096)));
    const ReadResult expected = ProgrammeReader().read(utf8, path);
    QVERIFY2(expected.ok(), qPrintable(expected.errorText()));
    const ReadResult r = ProgrammeReader().read(encoded, path);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.data.conference.key, expected.data.conference.key);
    QCOMPARE(keysAndTitles(r), keysAndTitles(expected));
}

void TestTextEncoding::utf16FilesOfTheProject_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sameAs");
    QTest::newRow("iCalendar, little-endian")
        << fixture("import-utf16le-bom.ics") << fixture("import-icalendar-zones.ics");
    QTest::newRow("Pentabarf, big-endian")
        << fixture("import-utf16be-bom.xml") << fixture("import-pentabarf-classic.xml");
}

void TestTextEncoding::utf16FilesOfTheProject()
{
    QFETCH(QString, path);
    QFETCH(QString, sameAs);
    const ReadResult r = ProgrammeReader().readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const ReadResult expected = ProgrammeReader().readFile(sameAs);
    QVERIFY(!r.data.sessions.isEmpty());
    QCOMPARE(keysAndTitles(r), keysAndTitles(expected));
}

void TestTextEncoding::refusedByName_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    QByteArray withoutMark = utf16(ics, QSysInfo::LittleEndian).mid(2);
    QTest::newRow("UTF-16 without a mark")
        << withoutMark
        << QStringLiteral("the file looks like UTF-16 text without a byte order mark");
    QTest::newRow("odd number of bytes") << utf16(ics, QSysInfo::BigEndian)
            + 'x' << QStringLiteral("the file starts as UTF-16 (big-endian)");
    QTest::newRow("lone surrogate")
        << utf16(ics, QSysInfo::LittleEndian) + QByteArray("\x00\xDC\x41\x00", 4)
        << QStringLiteral("the file starts as UTF-16 (little-endian)");
    QTest::newRow("UTF-32") << QByteArray("\xFF\xFE\x00\x00{\x00\x00\x00", 8)
                            << QStringLiteral("the file is UTF-32 text");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16)
                            << QStringLiteral("not a programme: the file is not text");
    QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("the file is empty");
    QTest::newRow("unknown text") << QByteArray("Dear attendee,\nthe schedule follows.\n")
                                  << QStringLiteral("not a programme this version can read");
}

void TestTextEncoding::refusedByName()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const ReadResult r = ProgrammeReader().read(bytes, QStringLiteral("/tmp/download.ics"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error->toString().startsWith(QLatin1String("/tmp/download.ics:")),
        qPrintable(r.error->toString()));
    QVERIFY2(r.error->message.startsWith(message), qPrintable(r.error->message));
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
