#include "digestreader.h"
#include "programmereader.h"

#include "slug.h"

#include <QFile>
#include <QTest>

using namespace planner;

// Reads the bundled GTC digest and small hand-written digests, and checks that
// every broken layout fails on the line that breaks it.
class TestDigestReader : public QObject
{
    Q_OBJECT

private slots:
    void seedConference();
    void seedTracks();
    void seedSessions();
    void seedHeadingForm();
    void seedBoldBulletForm();
    void seedLeadsAndTopicSeparators();
    void seedIsAllChinese();
    void crlfAndBom();
    void englishDigest();
    void dateLine_data();
    void dateLine();
    void labelsNeedColonOrEndOfLine();
    void sessionKeysAndRepeatedTracks();
    void malformed_data();
    void malformed();
    void invalidUtf8Position();
    void missingFile();

private:
    static QString seedPath()
    {
        return QStringLiteral(PLANNER_SOURCE_DIR "/../shared/seeds/000_f2c6de7c0709f0ff.txt");
    }
    static QString fixture(const char *name)
    {
        return QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/") + QLatin1String(name);
    }
    static ReadResult readInline(const QByteArray &bytes)
    {
        return DigestReader().read(bytes, QStringLiteral("inline.md"));
    }
    // One language slot of each text, so a test also sees what landed in the wrong slot.
    static QStringList zh(const QList<LocalizedText> &texts)
    {
        return slotOf(texts, &LocalizedText::zh);
    }
    static QStringList en(const QList<LocalizedText> &texts)
    {
        return slotOf(texts, &LocalizedText::en);
    }
    static QStringList slotOf(const QList<LocalizedText> &texts, QString LocalizedText::*slot)
    {
        QStringList result;
        for (const LocalizedText &text : texts)
            result.append(text.*slot);
        return result;
    }
    static const Session *find(const ConferenceData &data, const QString &key)
    {
        for (const Session &session : data.sessions) {
            if (session.key == key)
                return &session;
        }
        return nullptr;
    }
};

#define READ_SEED(result)                                                                          \
    if (!QFile::exists(seedPath()))                                                                \
        QSKIP("the GTC seed digest (../shared/seeds/000_f2c6de7c0709f0ff.txt) is not present");    \
    const ReadResult result = ProgrammeReader().readFile(seedPath());                              \
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()))

void TestDigestReader::seedConference()
{
    READ_SEED(result);
    const Conference &c = result.data.conference;
    QCOMPARE(c.title.zh, QStringLiteral("開發人員人工智慧大會|NVIDIA GTC 2025"));
    QCOMPARE(c.key, QStringLiteral("nvidia-gtc-2025"));
    QCOMPARE(c.startDate, QDate(2025, 3, 17));
    QCOMPARE(c.endDate, QDate(2025, 3, 21));
    QVERIFY(c.timeZone.isEmpty());
    QCOMPARE(c.description.size(), 2);
    QVERIFY(c.description.at(0).zh.startsWith(QStringLiteral("今年規模比以往更盛大")));
    QVERIFY(c.description.at(0).zh.endsWith(QStringLiteral("最複雜的挑戰。")));
    QVERIFY(c.description.at(1).zh.startsWith(QStringLiteral("NVIDIA 執行長黃仁勳")));
    QVERIFY(c.description.at(1).zh.endsWith(QStringLiteral("實際案例。")));
}

void TestDigestReader::seedTracks()
{
    READ_SEED(result);
    QStringList names;
    QStringList keys;
    for (const Track &track : result.data.tracks) {
        names.append(track.name.zh);
        keys.append(track.key);
    }
    const QStringList expected = {
        QStringLiteral("Keynote"),
        QStringLiteral("Quantum Computing"),
        QStringLiteral("Business / Executive"),
        QStringLiteral("Technical - Beginner"),
        QStringLiteral("General Interest"),
        QStringLiteral("Technical - Intermediate"),
        QStringLiteral("Technical - Advanced"),
    };
    QCOMPARE(names, expected);
    QCOMPARE(keys.at(2), QStringLiteral("business-executive"));
    QCOMPARE(keys.at(3), QStringLiteral("technical-beginner"));
    for (qsizetype i = 0; i < names.size(); ++i)
        QCOMPARE(keys.at(i), slugify(names.at(i)));
}

void TestDigestReader::seedSessions()
{
    READ_SEED(result);
    const QList<Session> &sessions = result.data.sessions;
    QCOMPARE(sessions.size(), 7);
    QStringList keys;
    QStringList codes;
    for (const Session &session : sessions) {
        keys.append(session.key);
        codes.append(session.code);
        QCOMPARE(session.time.kind(), SessionTime::Kind::OnDemand);
    }
    QCOMPARE(codes,
        QStringList({ QString(), QStringLiteral("S74495"), QStringLiteral("S73541"),
            QStringLiteral("S72890"), QString(), QString(), QString() }));
    QCOMPARE(keys.at(0), QStringLiteral("gtc-2025-keynote-with-nvidia-ceo-jensen-huang"));
    QCOMPARE(keys.at(1), QStringLiteral("S74495"));
    QCOMPARE(keys.at(2), QStringLiteral("S73541"));
    QCOMPARE(keys.at(3), QStringLiteral("S72890"));
    QCOMPARE(keys.at(5), QStringLiteral("使用投机采样和计算通信-overlap-提升-llm-推理效率"));
    // The code is taken out of the title.
    QCOMPARE(sessions.at(1).title.zh,
        QStringLiteral("Quantum Computing Where We Are and Where We’re Headed"));
    QCOMPARE(sessions.at(0).trackKey, QStringLiteral("keynote"));
    QCOMPARE(sessions.at(2).trackKey, QStringLiteral("business-executive"));
    QCOMPARE(sessions.at(6).trackKey, QStringLiteral("technical-advanced"));
    const QList<int> pointCounts = { 5, 4, 4, 5, 5, 4, 3 };
    for (qsizetype i = 0; i < sessions.size(); ++i)
        QCOMPARE(sessions.at(i).keyPoints.size(), pointCounts.at(i));
}

void TestDigestReader::seedHeadingForm()
{
    READ_SEED(result);
    const Session &keynote = result.data.sessions.at(0);
    QVERIFY(keynote.overview.zh.startsWith(QStringLiteral("概述了 NVIDIA 在 AI 領域的最新進展")));
    QVERIFY(!keynote.overview.zh.contains(u'\n'));
    QCOMPARE(
        keynote.keyPoints.at(0).text.zh, QStringLiteral("Blackwell 架構全面投產，客戶需求強勁。"));
    QVERIFY(keynote.keyPoints.at(0).lead.isEmpty());
    // "### Topic:" with its values on the next line.
    QCOMPARE(zh(keynote.topics),
        QStringList(
            { QStringLiteral("AI 基礎設施"), QStringLiteral("加速計算"), QStringLiteral("AI 工廠"),
                QStringLiteral("Agentic AI"), QStringLiteral("Physical AI") }));
}

void TestDigestReader::seedBoldBulletForm()
{
    READ_SEED(result);
    const Session *business = find(result.data, QStringLiteral("S73541"));
    QVERIFY(business);
    QCOMPARE(
        business->title.zh, QStringLiteral("Insights and Strategies For Scaling Your Startup"));
    QVERIFY(business->overview.zh.startsWith(QStringLiteral("概述了在歐洲擴展 AI 新創公司")));
    QCOMPARE(business->keyPoints.size(), 4);
    QVERIFY(business->keyPoints.at(0).text.zh.startsWith(QStringLiteral("歐洲新創公司在資金方面")));
    QVERIFY(business->keyPoints.at(3).text.zh.startsWith(QStringLiteral("信任是 B2B 領域的關鍵")));
    QCOMPARE(zh(business->topics),
        QStringList({ QStringLiteral("AI 新創公司擴展策略"), QStringLiteral("歐洲新創生態系統") }));
}

void TestDigestReader::seedLeadsAndTopicSeparators()
{
    READ_SEED(result);
    const Session &llm = result.data.sessions.at(5);
    QCOMPARE(llm.keyPoints.size(), 4);
    QCOMPARE(llm.keyPoints.at(0).lead.zh, QStringLiteral("投機採樣 (Speculative Sampling)"));
    QVERIFY(llm.keyPoints.at(0).text.zh.startsWith(QStringLiteral("利用 Draft Model")));
    QCOMPARE(llm.keyPoints.at(3).lead.zh, QStringLiteral("計算通信 Overlap"));
    QCOMPARE(zh(llm.topics),
        QStringList({ QStringLiteral("LLM 推理優化"), QStringLiteral("投機採樣"),
            QStringLiteral("計算通信 Overlap") }));

    const Session *edge = find(result.data, QStringLiteral("S72890"));
    QVERIFY(edge);
    QCOMPARE(zh(edge->topics),
        QStringList({ QStringLiteral("Edge Computing"), QStringLiteral("Robotics"),
            QStringLiteral("AI") }));
    // A colon outside bold is part of the text, not a lead.
    QVERIFY(edge->keyPoints.at(1).lead.isEmpty());
    QVERIFY(
        edge->keyPoints.at(1).text.zh.startsWith(QStringLiteral("不同類型的邊緣計算：供應商邊緣")));

    const Session *quantum = find(result.data, QStringLiteral("S74495"));
    QVERIFY(quantum);
    QCOMPARE(quantum->topics.size(), 4);
    QCOMPARE(quantum->topics.at(1).zh, QStringLiteral("量子錯誤校正"));
}

void TestDigestReader::seedIsAllChinese()
{
    READ_SEED(result);
    const ConferenceData &data = result.data;
    QVERIFY(data.conference.title.en.isEmpty());
    for (const Track &track : data.tracks)
        QVERIFY(track.name.en.isEmpty() && !track.name.zh.isEmpty());
    for (const Session &session : data.sessions) {
        QVERIFY(session.title.en.isEmpty() && !session.title.zh.isEmpty());
        QVERIFY(session.overview.en.isEmpty() && !session.overview.zh.isEmpty());
        for (const KeyPoint &point : session.keyPoints)
            QVERIFY(point.text.en.isEmpty() && point.lead.en.isEmpty());
        QVERIFY(!session.topics.isEmpty());
        QCOMPARE(en(session.topics), QStringList(QList<QString>(session.topics.size())));
    }
}

void TestDigestReader::crlfAndBom()
{
    const ReadResult result = ProgrammeReader().readFile(fixture("digest-crlf-bom.md"));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    const ConferenceData &data = result.data;
    QCOMPARE(data.conference.title.zh, QStringLiteral("城市開源週|Open Source Week 2026"));
    QCOMPARE(data.conference.key, QStringLiteral("open-source-week-2026"));
    QCOMPARE(data.conference.startDate, QDate(2026, 5, 4));
    QCOMPARE(data.conference.endDate, QDate(2026, 5, 8));
    QCOMPARE(zh(data.conference.description),
        QStringList(QStringLiteral("一週的開源工作坊與講座，歡迎第一次參與的朋友。")));
    QCOMPARE(data.tracks.size(), 2);
    QCOMPARE(data.tracks.at(1).key, QStringLiteral("資料庫"));
    QCOMPARE(data.sessions.size(), 2);

    const Session &first = data.sessions.at(0);
    QCOMPARE(first.key, QStringLiteral("OSW-101"));
    QCOMPARE(first.title.zh, QStringLiteral("容器安全入門"));
    QCOMPARE(first.trackKey, QStringLiteral("雲端原生"));
    QCOMPARE(first.overview.zh, QStringLiteral("介紹映像檔掃描與執行期防護的基本做法。"));
    QCOMPARE(first.keyPoints.size(), 2);
    QCOMPARE(first.keyPoints.at(0).lead.zh, QStringLiteral("掃描時機"));
    QCOMPARE(first.keyPoints.at(0).text.zh, QStringLiteral("在建置流程中盡早掃描。"));
    QVERIFY(first.keyPoints.at(1).lead.isEmpty());
    QCOMPARE(first.keyPoints.at(1).text.zh, QStringLiteral("最小化基礎映像檔：減少攻擊面。"));
    QCOMPARE(zh(first.topics), QStringList({ QStringLiteral("容器"), QStringLiteral("資安") }));

    const Session &second = data.sessions.at(1);
    QCOMPARE(second.key, QStringLiteral("分散式交易的取捨"));
    QVERIFY(second.code.isEmpty());
    QCOMPARE(second.overview.zh, QStringLiteral("這場講座比較兩階段提交與 Saga 模式。"));
    QCOMPARE(second.keyPoints.size(), 1);
    QCOMPARE(
        zh(second.topics), QStringList({ QStringLiteral("分散式系統"), QStringLiteral("交易") }));
}

void TestDigestReader::englishDigest()
{
    const ReadResult result = ProgrammeReader().readFile(fixture("digest-english.md"));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    const ConferenceData &data = result.data;
    QCOMPARE(
        data.conference.title, LocalizedText::english(QStringLiteral("Riverbank Developer Days")));
    QCOMPARE(data.conference.key, QStringLiteral("riverbank-developer-days"));
    QCOMPARE(data.conference.startDate, QDate(2026, 9, 14));
    QCOMPARE(data.conference.endDate, QDate(2026, 9, 16));
    QCOMPARE(en(data.conference.description),
        QStringList({ QStringLiteral("Three days of talks about building software that lasts."),
            QStringLiteral("Hosted on the old harbour pier.") }));
    QCOMPARE(data.sessions.size(), 2);

    const Session &builds = data.sessions.at(0);
    QCOMPARE(builds.key, QStringLiteral("RDD-7"));
    QCOMPARE(builds.overview,
        LocalizedText::english(QStringLiteral("How a shared build cache cut CI time in half.")));
    const QList<KeyPoint> expected = {
        { LocalizedText::english(QStringLiteral("Measure first")),
            LocalizedText::english(
                QStringLiteral("profile the slowest targets before changing anything.")) },
        { LocalizedText::english(QStringLiteral("Remote cache")),
            LocalizedText::english(QStringLiteral("share artefacts between CI and laptops.")) },
        { LocalizedText::english(QString()),
            LocalizedText::english(
                QStringLiteral("Nested details are kept as points of their own.")) },
        { LocalizedText::english(QString()),
            LocalizedText::english(
                QStringLiteral("Keep the cache key honest: hash every input.")) },
    };
    QCOMPARE(builds.keyPoints, expected);
    QCOMPARE(en(builds.topics),
        QStringList({ QStringLiteral("builds"), QStringLiteral("caching"), QStringLiteral("CI") }));

    const Session &naming = data.sessions.at(1);
    QCOMPARE(naming.key, QStringLiteral("naming-things"));
    QCOMPARE(naming.trackKey, QStringLiteral("design"));
    QCOMPARE(naming.overview.en,
        QStringLiteral("A plain paragraph serves as the overview.\n"
                       "#naming stays text, not a heading\n"
                       "Minor heading kept as text"));
    QVERIFY(naming.overview.zh.isEmpty());
    QCOMPARE(naming.keyPoints.size(), 1);
    QCOMPARE(naming.keyPoints.at(0).text.en, QStringLiteral("Short names for short scopes."));
    QCOMPARE(en(naming.topics),
        QStringList({ QStringLiteral("naming"), QStringLiteral("readability") }));
}

void TestDigestReader::dateLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");

    const QDate march17(2025, 3, 17);
    const QDate march21(2025, 3, 21);
    QTest::newRow("cjk, spaced, box dash")
        << QByteArray("2025年 3 月 17 ─ 3月21 日") << march17 << march21;
    QTest::newRow("cjk, hyphen") << QByteArray("2025年3月17日 - 3月21日") << march17 << march21;
    QTest::newRow("cjk, tilde, day only") << QByteArray("2025年3月17日~21日") << march17 << march21;
    QTest::newRow("iso, en dash") << QByteArray("2025-03-17 – 2025-03-21") << march17 << march21;
    QTest::newRow("iso, em dash") << QByteArray("2025-03-17 — 2025-03-21") << march17 << march21;
    QTest::newRow("iso, hyphen") << QByteArray("2025-03-17 - 2025-03-21") << march17 << march21;
    QTest::newRow("iso, tilde") << QByteArray("2025-03-17 ~ 2025-03-21") << march17 << march21;
    QTest::newRow("full-width digits")
        << QByteArray("２０２５年３月１７日～３月２１日") << march17 << march21;
    QTest::newRow("single cjk day") << QByteArray("2025年3月17日") << march17 << march17;
    QTest::newRow("single iso day") << QByteArray("2025-03-17") << march17 << march17;
    QTest::newRow("across new year")
        << QByteArray("2025年12月30日 - 1月2日") << QDate(2025, 12, 30) << QDate(2026, 1, 2);
    QTest::newRow("not a date") << QByteArray("2025 was a busy year") << QDate() << QDate();
    QTest::newRow("impossible day") << QByteArray("2025-02-30") << QDate() << QDate();
}

void TestDigestReader::dateLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const ReadResult result = readInline("# Dated\n" + line + "\n# Track\n## Talk\n");
    QVERIFY(result.ok());
    QCOMPARE(result.data.conference.startDate, start);
    QCOMPARE(result.data.conference.endDate, end);
    // A line that is not a date stays as the first description paragraph.
    QCOMPARE(result.data.conference.description.isEmpty(), start.isValid());
}

void TestDigestReader::labelsNeedColonOrEndOfLine()
{
    const ReadResult result = readInline("# Labels\n# Track\n## Talk\n"
                                         "### Topics of the day are many\n"
                                         "### Highlights\n"
                                         "- **Lead**：full-width colon\n"
                                         "  and a lazy continuation line\n"
                                         "### A closing remark\n"
                                         "### topic: one; two\n");
    QVERIFY(result.ok());
    const Session &talk = result.data.sessions.at(0);
    // Any "### " heading that is not a label is overview, even after the key points.
    QCOMPARE(talk.overview.en, QStringLiteral("Topics of the day are many\nA closing remark"));
    QCOMPARE(talk.keyPoints.size(), 1);
    QCOMPARE(talk.keyPoints.at(0).lead.en, QStringLiteral("Lead"));
    QCOMPARE(talk.keyPoints.at(0).text.en,
        QStringLiteral("full-width colon\nand a lazy continuation line"));
    QCOMPARE(en(talk.topics), QStringList({ QStringLiteral("one"), QStringLiteral("two") }));
}

void TestDigestReader::sessionKeysAndRepeatedTracks()
{
    const ReadResult result = readInline("# Spring Meetup\n# Alpha\n## One [X-1]\n"
                                         "# Beta\n## Two: The Sequel\n# Alpha\n## Three\n");
    QVERIFY(result.ok());
    const ConferenceData &data = result.data;
    QCOMPARE(data.conference.key, QStringLiteral("spring-meetup"));
    QVERIFY(data.conference.description.isEmpty());
    QCOMPARE(data.tracks.size(), 2);
    QStringList keys;
    QStringList trackKeys;
    for (const Session &session : data.sessions) {
        keys.append(session.key);
        trackKeys.append(session.trackKey);
        QVERIFY(session.keyPoints.isEmpty() && session.topics.isEmpty());
    }
    QCOMPARE(keys,
        QStringList(
            { QStringLiteral("X-1"), QStringLiteral("two-the-sequel"), QStringLiteral("three") }));
    QCOMPARE(trackKeys,
        QStringList({ QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("alpha") }));
    QCOMPARE(data.sessions.at(1).title.en, QStringLiteral("Two: The Sequel"));
}

void TestDigestReader::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    const QString title = QStringLiteral("conference title");
    QTest::newRow("empty file") << QByteArray() << 1 << title;
    QTest::newRow("blank lines only") << QByteArray("\n  \n\n") << 1 << title;
    QTest::newRow("text before the title") << QByteArray("\nhello\n# C\n# T\n## S\n") << 2 << title;
    QTest::newRow("no space after #") << QByteArray("#Conf\n# T\n## S\n") << 1 << title;
    QTest::newRow("session first") << QByteArray("## S\n") << 1 << title;
    QTest::newRow("invalid byte") << QByteArray("# C\n# T\n## S\xff\n") << 3
                                  << QStringLiteral("UTF-8");
    QTest::newRow("truncated sequence")
        << QByteArray("# C\n# \xe8\xbb\n## S\n") << 2 << QStringLiteral("UTF-8");
    QTest::newRow("session before track")
        << QByteArray("# C\ndescription\n## S\n") << 3 << QStringLiteral("track heading");
    QTest::newRow("empty session title")
        << QByteArray("# C\n# T\n##   \n") << 3 << QStringLiteral("session title");
    QTest::newRow("session code only")
        << QByteArray("# C\n# T\n## [S1]\n") << 3 << QStringLiteral("session title");
    QTest::newRow("empty track name")
        << QByteArray("# C\n# T\n## S\n# \n## S2\n") << 4 << QStringLiteral("track name");
    QTest::newRow("bullet before a session")
        << QByteArray("# C\n# T\n\n* point\n## S\n") << 4 << QStringLiteral("key point");
    QTest::newRow("bullet in the header")
        << QByteArray("# C\n- point\n# T\n## S\n") << 2 << QStringLiteral("key point");
    QTest::newRow("topic heading outside a session")
        << QByteArray("# C\n# T\n### Topic: a, b\n## S\n") << 3 << QStringLiteral("topic label");
    QTest::newRow("topic bullet outside a session")
        << QByteArray("# C\n*   **Topic:** a\n") << 2 << QStringLiteral("topic label");
    QTest::newRow("key points label outside a session") << QByteArray(
        "# C\n# T\n### 重點摘要：\n## S\n") << 3 << QStringLiteral("key points label");
    QTest::newRow("no session") << QByteArray("\n# C\n2025-03-17\n# T\n") << 2
                                << QStringLiteral("'## ' session");
    QTest::newRow("duplicate code")
        << QByteArray("# C\n# T\n## A [S1]\n## B [S1]\n") << 4 << QStringLiteral("duplicate");
    QTest::newRow("duplicate title slug")
        << QByteArray("# C\n# T\n## Same Title\n# U\n## same title!\n") << 5
        << QStringLiteral("duplicate");
}

void TestDigestReader::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    const ReadResult result = DigestReader().read(bytes, QStringLiteral("bad.md"));
    QVERIFY(!result.ok());
    const ReadError &error = *result.error;
    QCOMPARE(error.file, QStringLiteral("bad.md"));
    QCOMPARE(error.line, qint64(line));
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY2(error.toString().contains(QStringLiteral("bad.md:%1").arg(line)),
        qPrintable(error.toString()));
    QVERIFY(result.data.sessions.isEmpty());
}

void TestDigestReader::invalidUtf8Position()
{
    // A two-byte sequence cut short by the end of the line.
    const ReadResult result = readInline("# C\n# T\n## Caf\xc3\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.error->line, 3);
    QCOMPARE(result.error->column, 7);
    QVERIFY(result.error->toString().startsWith(QStringLiteral("inline.md:3:7: ")));
}

void TestDigestReader::missingFile()
{
    const QString path = fixture("digest-does-not-exist.md");
    const ReadResult result = ProgrammeReader().readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->file, path);
    QVERIFY(!result.error->message.isEmpty());
}

QTEST_GUILESS_MAIN(TestDigestReader)
#include "tst_digestreader.moc"
