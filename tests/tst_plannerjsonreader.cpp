#include "bundledconference.h"
#include "plannerjsonreader.h"

#include <QFile>
#include <QtTest>

using namespace planner;

namespace {

ConferenceData bundled()
{
    QFile file(BundledConference::resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const ReadResult result = PlannerJsonReader().read(file.readAll(), file.fileName());
    return result.ok() ? result.data : ConferenceData();
}

const Session *find(const ConferenceData &data, const QString &key)
{
    for (const Session &s : data.sessions) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

bool bilingual(const LocalizedText &text)
{
    return !text.zh.trimmed().isEmpty() && !text.en.trimmed().isEmpty();
}

} // namespace

class TestPlannerJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void bundledConferenceFacts();
    void bundledConferenceHasThreeKindsOfTime();
    void bundledContentIsBilingual();
    void englishTitleWhereOriginalIsEnglish();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void wallClockTimesUseConferenceZone();
};

void TestPlannerJsonReader::bundledConferenceFacts()
{
    const ConferenceData data = bundled();
    QCOMPARE(data.conference.key, QStringLiteral("gtc-2025"));
    QCOMPARE(data.conference.startDate, QDate(2025, 3, 17));
    QCOMPARE(data.conference.endDate, QDate(2025, 3, 21));
    QCOMPARE(data.conference.timeZone, QStringLiteral("America/Los_Angeles"));
    QCOMPARE(data.conference.city, QStringLiteral("San Jose"));
    QCOMPARE(data.conference.description.size(), 2);
    QCOMPARE(data.tracks.size(), 7);
    QCOMPARE(data.sessions.size(), 7);
    QStringList codes;
    for (const Session &s : data.sessions)
        codes.append(s.code);
    QCOMPARE(codes,
        (QStringList { QStringLiteral("S72484"), QStringLiteral("S74495"), QStringLiteral("S73541"),
            QStringLiteral("S72890"), QString(), QString(), QString() }));
}

void TestPlannerJsonReader::bundledConferenceHasThreeKindsOfTime()
{
    const ConferenceData data = bundled();
    const Session *keynote = find(data, QStringLiteral("S72484"));
    QVERIFY(keynote);
    QCOMPARE(keynote->time.kind(), SessionTime::Kind::Timed);
    // 10:00-12:00 Pacific Daylight Time (UTC-7) on Tuesday 18 March 2025.
    QCOMPARE(keynote->time.start, QDateTime(QDate(2025, 3, 18), QTime(17, 0), Qt::UTC));
    QCOMPARE(keynote->time.end, QDateTime(QDate(2025, 3, 18), QTime(19, 0), Qt::UTC));
    QCOMPARE(keynote->time.date.dayOfWeek(), int(Qt::Tuesday));
    QCOMPARE(keynote->room, QStringLiteral("SAP Center"));
    const Session *quantum = find(data, QStringLiteral("S74495"));
    QVERIFY(quantum);
    QCOMPARE(quantum->time.kind(), SessionTime::Kind::DateOnly);
    QCOMPARE(quantum->time.date, QDate(2025, 3, 20));
    int onDemand = 0;
    for (const Session &s : data.sessions)
        onDemand += s.time.kind() == SessionTime::Kind::OnDemand;
    QCOMPARE(onDemand, 5);
}

void TestPlannerJsonReader::bundledContentIsBilingual()
{
    const ConferenceData data = bundled();
    QVERIFY(bilingual(data.conference.title));
    for (const LocalizedText &paragraph : data.conference.description)
        QVERIFY(bilingual(paragraph));
    for (const Track &track : data.tracks)
        QVERIFY2(bilingual(track.name), qPrintable(track.key));
    for (const Session &s : data.sessions) {
        QVERIFY2(bilingual(s.title), qPrintable(s.key));
        QVERIFY2(bilingual(s.overview), qPrintable(s.key));
        QVERIFY2(!s.keyPoints.isEmpty(), qPrintable(s.key));
        QVERIFY2(!s.topics.isEmpty(), qPrintable(s.key));
        for (const KeyPoint &point : s.keyPoints) {
            QVERIFY2(bilingual(point.text), qPrintable(s.key));
            QVERIFY(point.lead.isEmpty() || bilingual(point.lead));
        }
        for (const LocalizedText &topic : s.topics)
            QVERIFY2(bilingual(topic), qPrintable(s.key));
    }
}

void TestPlannerJsonReader::englishTitleWhereOriginalIsEnglish()
{
    const ConferenceData data = bundled();
    const Session *keynote = find(data, QStringLiteral("S72484"));
    QVERIFY(keynote);
    // Capitalised as NVIDIA writes it, with a Traditional Chinese rendering.
    QCOMPARE(keynote->title.en, QStringLiteral("GTC 2025 Keynote with NVIDIA CEO Jensen Huang"));
    QCOMPARE(keynote->title.zh, QStringLiteral("GTC 2025 主題演講：NVIDIA 執行長黃仁勳"));
    // A Chinese original gets an English version of its own.
    const Session *llm = nullptr;
    for (const Session &s : data.sessions) {
        if (s.trackKey == QLatin1String("technical-intermediate"))
            llm = &s;
    }
    QVERIFY(llm);
    QVERIFY(llm->title.en != llm->title.zh);
    QVERIFY(llm->keyPoints.first().lead.zh.contains(QStringLiteral("投機採樣")));
}

void TestPlannerJsonReader::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "{\"format\": \"conference-planner-programme\", \"version\": 1, ";
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("other format") << QByteArray("{\"format\": \"x\"}") << QStringLiteral("format");
    QTest::newRow("future version")
        << QByteArray("{\"format\": \"conference-planner-programme\", \"version\": 9}")
        << QStringLiteral("version 9");
    QTest::newRow("no key") << head + "\"conference\": {}}" << QStringLiteral("no \"key\"");
    QTest::newRow("bad zone") << head
            + "\"conference\": {\"key\": \"k\", \"timeZone\": \"Mars/Base\"}}"
                              << QStringLiteral("Mars/Base");
    QTest::newRow("unknown track") << head
            + "\"conference\": {\"key\": \"k\"}, \"tracks\": [], \"sessions\": [{\"key\": \"s\", "
              "\"track\": \"t\"}]}" << QStringLiteral("unknown track");
    QTest::newRow("duplicate session") << head
            + "\"conference\": {\"key\": \"k\"}, \"tracks\": [{\"key\": \"t\"}], \"sessions\": "
              "[{\"key\": \"s\", \"track\": \"t\"}, {\"key\": \"s\", \"track\": \"t\"}]}"
                                       << QStringLiteral("appears twice");
    QTest::newRow("ends before start") << head
            + "\"conference\": {\"key\": \"k\"}, \"tracks\": [{\"key\": \"t\"}], \"sessions\": "
              "[{\"key\": \"s\", \"track\": \"t\", \"start\": \"2025-01-01T10:00:00Z\", "
              "\"end\": \"2025-01-01T09:00:00Z\"}]}"
                                       << QStringLiteral("ends before it starts");
}

void TestPlannerJsonReader::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const ReadResult result = PlannerJsonReader().read(json, QStringLiteral("bad.json"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error->message.contains(expected), qPrintable(result.error->message));
    QVERIFY(result.error->toString().startsWith(QLatin1String("bad.json:")));
}

void TestPlannerJsonReader::wallClockTimesUseConferenceZone()
{
    const QByteArray json = "{\"format\": \"conference-planner-programme\", \"version\": 1,"
                            " \"conference\": {\"key\": \"k\", \"timeZone\": \"Europe/Brussels\"},"
                            " \"tracks\": [{\"key\": \"t\"}], \"sessions\": [{\"key\": \"s\","
                            " \"track\": \"t\", \"start\": \"2020-02-01T10:30:00\"}]}";
    const ReadResult result = PlannerJsonReader().read(json, QStringLiteral("zone.json"));
    QVERIFY(result.ok());
    QCOMPARE(result.data.sessions.first().time.start,
        QDateTime(QDate(2020, 2, 1), QTime(9, 30), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestPlannerJsonReader)
#include "tst_plannerjsonreader.moc"
