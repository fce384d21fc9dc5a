#include "formatdetector.h"

#include <QtTest>

using namespace planner;

class TestFormatDetector : public QObject
{
    Q_OBJECT

private slots:
    void detectsByContent_data();
    void detectsByContent();
};

void TestFormatDetector::detectsByContent_data()
{
    using Format = FormatDetector::Format;
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<Format>("format");
    QTest::newRow("pentabarf") << QByteArray("<?xml version=\"1.0\"?>\n<schedule>")
                               << Format::PentabarfXml;
    QTest::newRow("frab after BOM and comment")
        << QByteArray("\xEF\xBB\xBF<?xml version='1.0' ?>\n<!-- c -->\n<schedule>")
        << Format::PentabarfXml;
    QTest::newRow("other XML") << QByteArray("<?xml version=\"1.0\"?>\n<html/>") << Format::Unknown;
    QTest::newRow("schedule.json")
        << QByteArray("{\n  \"$schema\": \"x\",\n  \"schedule\": {") << Format::ScheduleJson;
    QTest::newRow("planner programme")
        << QByteArray("{\"format\": \"conference-planner-programme\", \"schedule\": 1}")
        << Format::PlannerJson;
    QTest::newRow("other JSON") << QByteArray("{\"events\": []}") << Format::Unknown;
    QTest::newRow("iCalendar") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0") << Format::ICalendar;
    QTest::newRow("iCalendar lower case") << QByteArray("begin:vcalendar\n") << Format::ICalendar;
    QTest::newRow("vCard") << QByteArray("BEGIN:VCARD\r\n") << Format::Unknown;
    QTest::newRow("digest") << QByteArray("# GTC 2025\n") << Format::Digest;
}

void TestFormatDetector::detectsByContent()
{
    QFETCH(QByteArray, head);
    QFETCH(FormatDetector::Format, format);
    QCOMPARE(FormatDetector::detect(head), format);
}

QTEST_GUILESS_MAIN(TestFormatDetector)
#include "tst_formatdetector.moc"
