#include "keypoint.h"
#include "language.h"
#include "localizedtext.h"
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

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
