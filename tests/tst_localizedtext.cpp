#include "keypoint.h"
#include "language.h"
#include "localizedtext.h"
#include "sessiontime.h"
#include "slug.h"

#include <QtTest>

using namespace planner;

Q_DECLARE_METATYPE(planner::Language)

class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void textFallsBackToTheOtherLanguage();
    void languageFromTag_data();
    void languageFromTag();
    void slugify_data();
    void slugify();
    void keyPointKeyFollowsOriginalText();
    void overlaps_data();
    void overlaps();
};

void TestLocalizedText::textFallsBackToTheOtherLanguage()
{
    const LocalizedText both { QStringLiteral("量子"), QStringLiteral("Quantum") };
    QCOMPARE(both.text(Language::Chinese), QStringLiteral("量子"));
    QCOMPARE(both.text(Language::English), QStringLiteral("Quantum"));
    const LocalizedText original = LocalizedText::chinese(QStringLiteral("只有中文"));
    QCOMPARE(original.text(Language::English), QStringLiteral("只有中文"));
    const LocalizedText english = LocalizedText::english(QStringLiteral("Only English"));
    QCOMPARE(english.text(Language::Chinese), QStringLiteral("Only English"));
    QVERIFY(LocalizedText().isEmpty());
    QVERIFY(both.contains(QStringLiteral("quant")));
}

void TestLocalizedText::languageFromTag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<Language>("language");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << Language::Chinese;
    QTest::newRow("zh-Hant-TW") << QStringLiteral("zh-Hant-TW") << Language::Chinese;
    QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << Language::Chinese;
    QTest::newRow("zh_CN is not offered") << QStringLiteral("zh_CN") << Language::English;
    QTest::newRow("en_US") << QStringLiteral("en_US") << Language::English;
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << Language::English;
    QTest::newRow("C") << QStringLiteral("C") << Language::English;
}

void TestLocalizedText::languageFromTag()
{
    QFETCH(QString, tag);
    QFETCH(Language, language);
    QCOMPARE(planner::languageFromTag(tag), language);
}

void TestLocalizedText::slugify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("slug");
    QTest::newRow("track") << QStringLiteral("Technical - Beginner")
                           << QStringLiteral("technical-beginner");
    QTest::newRow("slash") << QStringLiteral("Business / Executive")
                           << QStringLiteral("business-executive");
    QTest::newRow("chinese kept") << QStringLiteral("NVIDIA 全面赋能")
                                  << QStringLiteral("nvidia-全面赋能");
    QTest::newRow("edges trimmed") << QStringLiteral("  [Hello]! ") << QStringLiteral("hello");
    QTest::newRow("fullwidth folded")
        << QStringLiteral("ＧＴＣ２０２５") << QStringLiteral("gtc2025");
    QTest::newRow("nothing left") << QStringLiteral("— ! —") << QString();
}

void TestLocalizedText::slugify()
{
    QFETCH(QString, text);
    QFETCH(QString, slug);
    QCOMPARE(planner::slugify(text), slug);
}

void TestLocalizedText::keyPointKeyFollowsOriginalText()
{
    KeyPoint point { {}, { QStringLiteral("原文"), QStringLiteral("Translation") } };
    const QString key = point.key();
    QCOMPARE(key.size(), 12);
    point.text.en = QStringLiteral("A better translation");
    QCOMPARE(point.key(), key);
    point.text.zh = QStringLiteral("改過的原文");
    QVERIFY(point.key() != key);
}

void TestLocalizedText::overlaps_data()
{
    QTest::addColumn<int>("aStart");
    QTest::addColumn<int>("aEnd"); // -1: no end
    QTest::addColumn<int>("bStart");
    QTest::addColumn<int>("bEnd");
    QTest::addColumn<bool>("expected");
    QTest::newRow("apart") << 9 << 10 << 11 << 12 << false;
    QTest::newRow("back to back") << 9 << 10 << 10 << 11 << false;
    QTest::newRow("overlapping") << 9 << 11 << 10 << 12 << true;
    QTest::newRow("inside") << 9 << 12 << 10 << 11 << true;
    QTest::newRow("same start, no ends") << 9 << -1 << 9 << -1 << true;
    QTest::newRow("instant inside a span") << 10 << -1 << 9 << 11 << true;
    QTest::newRow("instant at a span's end") << 11 << -1 << 9 << 11 << false;
}

void TestLocalizedText::overlaps()
{
    QFETCH(int, aStart);
    QFETCH(int, aEnd);
    QFETCH(int, bStart);
    QFETCH(int, bEnd);
    QFETCH(bool, expected);
    const auto at = [](int hour) {
        return hour < 0 ? QDateTime() : QDateTime(QDate(2025, 3, 18), QTime(hour, 0), Qt::UTC);
    };
    QCOMPARE(SessionTime::overlaps(at(aStart), at(aEnd), at(bStart), at(bEnd)), expected);
    QCOMPARE(SessionTime::overlaps(at(bStart), at(bEnd), at(aStart), at(aEnd)), expected);
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
