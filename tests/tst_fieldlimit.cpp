#include "fieldlimit.h"
#include "programmereader.h"
#include "sessionstream.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

// 300 bytes of UTF-8 whose characters take three bytes each: a cut at 64 bytes
// falls inside one.
const QByteArray longText = QString(100, QChar(0x8B70)).toUtf8(); // 議
constexpr qsizetype limit = 64;

QByteArray calendar()
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Cut Days\r\n"
           "BEGIN:VEVENT\r\nUID:short@cut.example\r\nDTSTART:20250301T090000Z\r\n"
           "SUMMARY:Short one\r\nDESCRIPTION:Brief.\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:long@cut.example\r\nDTSTART:20250301T100000Z\r\n"
           "SUMMARY:The long one\r\nDESCRIPTION:"
        + longText + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

QByteArray schedule()
{
    return "<?xml version=\"1.0\"?><schedule><conference><title>Cut Days</title>"
           "<time_zone_name>Europe/Brussels</time_zone_name></conference>"
           "<day index=\"1\" date=\"2025-03-01\"><room name=\"Main\">"
           "<event id=\"1\" guid=\"short\"><start>09:00</start><duration>0:30</duration>"
           "<title>Short one</title><description>Brief.</description></event>"
           "<event id=\"2\" guid=\"long\"><start>10:00</start><duration>0:30</duration>"
           "<title>The long one</title><abstract>"
        + longText + "</abstract></event></room></day></schedule>";
}

QByteArray scheduleJson()
{
    return "{\"schedule\":{\"version\":\"1\",\"conference\":{\"acronym\":\"cut\",\"title\":\"Cut "
           "Days\",\"start\":\"2025-03-01\",\"end\":\"2025-03-01\",\"daysCount\":1,"
           "\"time_zone_name\":\"Europe/Brussels\",\"days\":[{\"index\":1,\"date\":\"2025-03-01\","
           "\"rooms\":{\"Main\":[{\"id\":1,\"guid\":\"short\",\"date\":\"2025-03-01T09:00:00+01:00\","
           "\"start\":\"09:00\",\"duration\":\"00:30\",\"room\":\"Main\",\"title\":\"Short one\","
           "\"description\":\"Brief.\",\"persons\":[],\"links\":[]},{\"id\":2,\"guid\":\"long\","
           "\"date\":\"2025-03-01T10:00:00+01:00\",\"start\":\"10:00\",\"duration\":\"00:30\","
           "\"room\":\"Main\",\"title\":\"The long one\",\"description\":\""
        + longText + "\",\"persons\":[],\"links\":[]}]}}]}}}";
}

const Session *titled(const ConferenceData &data, const QString &title)
{
    for (const Session &s : data.sessions) {
        if (s.title.text(Language::English) == title)
            return &s;
    }
    return nullptr;
}

} // namespace

// Texts longer than the limit are cut as they are read, at a character's
// boundary, with a warning naming the session, in every format.
class TestFieldLimit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void prefixEndsBetweenCharacters();
    void longTextIsCutWithAWarning_data();
    void longTextIsCutWithAWarning();
    void streamedPentabarfIsCutToo();
    void textsWithinTheLimitAreLeftAlone();

private:
    QString write(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFieldLimit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestFieldLimit::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestFieldLimit::prefixEndsBetweenCharacters()
{
    QCOMPARE(FieldLimit::prefix(longText.constData(), longText.size(), 64), qsizetype(63));
    QCOMPARE(FieldLimit::prefix(longText.constData(), longText.size(), 3), qsizetype(3));
    QCOMPARE(FieldLimit::prefix(longText.constData(), longText.size(), 2), qsizetype(0));
    QCOMPARE(FieldLimit::prefix("abc", 3, 64), qsizetype(3));
}

void TestFieldLimit::longTextIsCutWithAWarning_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    QTest::newRow("iCalendar") << QStringLiteral("cut.ics") << calendar()
                               << QStringLiteral("DESCRIPTION");
    QTest::newRow("Pentabarf") << QStringLiteral("cut.xml") << schedule()
                               << QStringLiteral("<abstract>");
    QTest::newRow("schedule.json") << QStringLiteral("cut.json") << scheduleJson()
                                   << QStringLiteral("description");
}

void TestFieldLimit::longTextIsCutWithAWarning()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    ProgrammeReader reader;
    reader.setFieldLimit(limit);
    const QString path = write(fileName, bytes);
    const ReadResult read = reader.readFile(path);
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    const Session *cut = titled(read.data, QStringLiteral("The long one"));
    QVERIFY(cut);
    const QString text = cut->overview.zh + cut->overview.en + cut->description.zh
        + cut->description.en;
    // 21 characters of three bytes: all that fit in 64.
    QCOMPARE(text, QString(21, QChar(0x8B70)));
    QCOMPARE(read.warnings.size(), 1);
    const QString warning = read.warnings.first();
    QVERIFY2(warning.startsWith(path + u':'), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("\"The long one\"")), qPrintable(warning));
    QVERIFY2(warning.contains(field), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("300 bytes")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("64 bytes")), qPrintable(warning));
    const Session *kept = titled(read.data, QStringLiteral("Short one"));
    QVERIFY(kept);
    QCOMPARE(kept->description.text(Language::English), QStringLiteral("Brief."));
}

void TestFieldLimit::streamedPentabarfIsCutToo()
{
    ProgrammeReader reader;
    reader.setFieldLimit(limit);
    SessionStream stream;
    const ReadResult read = reader.readFile(write(QStringLiteral("cut.xml"), schedule()), &stream);
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QCOMPARE(read.warnings.size(), 1);
    QCOMPARE(titled(read.data, QStringLiteral("The long one"))->overview.text(Language::Chinese),
        QString(21, QChar(0x8B70)));
}

void TestFieldLimit::textsWithinTheLimitAreLeftAlone()
{
    // At the default limit nothing of these is cut.
    const ReadResult read = ProgrammeReader().readFile(write(QStringLiteral("cut.ics"), calendar()));
    QVERIFY2(read.ok(), qPrintable(read.errorText()));
    QVERIFY(read.warnings.isEmpty());
    QCOMPARE(titled(read.data, QStringLiteral("The long one"))->description.text(Language::Chinese),
        QString(100, QChar(0x8B70)));
}

QTEST_GUILESS_MAIN(TestFieldLimit)
#include "tst_fieldlimit.moc"
