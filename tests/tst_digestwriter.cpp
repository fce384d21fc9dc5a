#include "agendabuilder.h"
#include "agendafixture.h"
#include "digestreader.h"
#include "digestwriter.h"

#include <QtTest>

using namespace planner;
using namespace agendafixture;

Q_DECLARE_METATYPE(planner::Language)
Q_DECLARE_METATYPE(planner::AgendaScope)

class TestDigestWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsThroughDigestReader_data();
    void roundTripsThroughDigestReader();
    void keepsLeadsStarsCommentsAndNotes();
    void notesOnlyWhenChosen();
    void groupsByDayInTimeOrder();
    void escapesLinesThatWouldChangeStructure();

private:
    QString write(const Agenda &agenda, Language language, bool withNotes = true) const;

    std::unique_ptr<Fixture> m_fixture;
};

void TestDigestWriter::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->setUp());
}

void TestDigestWriter::cleanup()
{
    m_fixture.reset();
}

QString TestDigestWriter::write(const Agenda &agenda, Language language, bool withNotes) const
{
    ExportOptions options;
    options.language = language;
    options.withNotes = withNotes;
    return QString::fromUtf8(DigestWriter(options).write(agenda));
}

void TestDigestWriter::roundTripsThroughDigestReader_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<AgendaScope>("scope");
    QTest::newRow("zh bookmarks") << Language::Chinese << AgendaScope::Bookmarked;
    QTest::newRow("en bookmarks") << Language::English << AgendaScope::Bookmarked;
    QTest::newRow("zh whole") << Language::Chinese << AgendaScope::WholeProgramme;
    QTest::newRow("en whole") << Language::English << AgendaScope::WholeProgramme;
}

void TestDigestWriter::roundTripsThroughDigestReader()
{
    QFETCH(Language, language);
    QFETCH(AgendaScope, scope);
    const Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference, scope);
    const QString markdown = write(agenda, language);
    const ReadResult read = DigestReader().read(markdown.toUtf8(), QStringLiteral("agenda.md"));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error->toString()));

    QCOMPARE(read.data.conference.title.text(language), agenda.conference.title.text(language));
    QCOMPARE(read.data.conference.startDate, agenda.conference.startDate);
    QCOMPARE(read.data.conference.endDate, agenda.conference.endDate);
    QCOMPARE(read.data.sessions.size(), agenda.items.size());
    for (qsizetype i = 0; i < agenda.items.size(); ++i) {
        const Session &original = agenda.items.at(i).session;
        const Session &back = read.data.sessions.at(i);
        QCOMPARE(back.title.text(language), original.title.text(language));
        QCOMPARE(back.code, original.code);
        QCOMPARE(back.keyPoints.size(), original.keyPoints.size());
        for (qsizetype p = 0; p < original.keyPoints.size(); ++p) {
            QCOMPARE(back.keyPoints.at(p).lead.text(language),
                original.keyPoints.at(p).lead.text(language));
            QCOMPARE(back.keyPoints.at(p).text.text(language),
                original.keyPoints.at(p).text.text(language));
        }
        QCOMPARE(back.topics.size(), original.topics.size());
        for (qsizetype t = 0; t < original.topics.size(); ++t)
            QCOMPARE(back.topics.at(t).text(language), original.topics.at(t).text(language));
        QVERIFY2(back.overview.text(language).contains(original.overview.text(language)),
            qPrintable(back.overview.text(language)));
    }
}

void TestDigestWriter::keepsLeadsStarsCommentsAndNotes()
{
    const Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference);
    const QString markdown = write(agenda, Language::Chinese);
    QVERIFY(markdown.startsWith(QStringLiteral("# 開發人員人工智慧大會|NVIDIA GTC 2025\n")));
    QVERIFY(markdown.contains(QStringLiteral("## GTC 2025 主題演講：NVIDIA 執行長黃仁勳 [S72484]\n")));
    QVERIFY(markdown.contains(QStringLiteral("### 重點摘要：\n")));
    QVERIFY(markdown.contains(QStringLiteral("*   **World Model:** ")));
    QVERIFY(markdown.contains(QStringLiteral("### Topic: 量子計算、量子錯誤校正")));
    QVERIFY(markdown.contains(
        QStringLiteral("> ★ Blackwell 架構全面投產，客戶需求強勁。 — ") + starComment));
    QVERIFY(markdown.contains(QStringLiteral("> ★ World Model: ")));
    QVERIFY(markdown.contains(ownPoint));
    QVERIFY(markdown.contains(QStringLiteral("> 第二行 <script>alert(1)</script>")));
}

void TestDigestWriter::notesOnlyWhenChosen()
{
    const Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference);
    QVERIFY(write(agenda, Language::English, true).contains(QStringLiteral("第二行")));
    QVERIFY(!write(agenda, Language::English, false).contains(QStringLiteral("第二行")));
}

void TestDigestWriter::groupsByDayInTimeOrder()
{
    const Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference);
    QStringList days;
    for (const QString &line : write(agenda, Language::English).split(u'\n')) {
        if (line.startsWith(QLatin1String("# ")))
            days.append(line);
    }
    QCOMPARE(days.size(), 5); // the title, three days, on demand
    QCOMPARE(days.at(1), QStringLiteral("# Tue 18 Mar"));
    QCOMPARE(days.at(2), QStringLiteral("# Wed 19 Mar"));
    QCOMPARE(days.at(3), QStringLiteral("# Thu 20 Mar"));
    QCOMPARE(days.at(4), QStringLiteral("# On demand"));
}

void TestDigestWriter::escapesLinesThatWouldChangeStructure()
{
    QCOMPARE(DigestWriter::escapeLine(QStringLiteral("# x")), QStringLiteral("\\# x"));
    QCOMPARE(DigestWriter::escapeLine(QStringLiteral("- x")), QStringLiteral("\\- x"));
    QCOMPARE(DigestWriter::escapeLine(QStringLiteral("**Topic:** x")),
        QStringLiteral("\\**Topic:** x"));
    QCOMPARE(DigestWriter::escapeLine(QStringLiteral("plain")), QStringLiteral("plain"));

    Agenda agenda = AgendaBuilder(m_fixture->database()).build(conference);
    agenda.items.first().session.overview.en
        = QStringLiteral("Topics: agents\n# not a track\n- not a point\n### not a heading");
    const ReadResult read
        = DigestReader().read(write(agenda, Language::English).toUtf8(), QStringLiteral("x.md"));
    QVERIFY(read.ok());
    QCOMPARE(read.data.sessions.size(), agenda.items.size());
    QCOMPARE(
        read.data.sessions.first().keyPoints.size(), agenda.items.first().session.keyPoints.size());
    QCOMPARE(read.data.sessions.first().topics.size(), agenda.items.first().session.topics.size());
}

QTEST_GUILESS_MAIN(TestDigestWriter)
#include "tst_digestwriter.moc"
