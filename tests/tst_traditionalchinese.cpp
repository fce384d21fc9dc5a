#include "localizedtext.h"
#include "traditionalchinese.h"

#include <QtTest>

#include <thread>

using namespace planner;

// Simplified Chinese content reaches a reader of the Chinese interface in
// Traditional script, as read in Taiwan (OpenCC's s2twp); everything else, and
// every text when the user asks for text as written, is as the programme wrote it.
class TestTraditionalChinese : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void simplifiedBecomesTraditionalWithTaiwanPhrasing();
    void otherTextIsAsWritten();
    void onlyTheChineseInterfaceConverts();
    void asWrittenWhenChosen();
    void safeFromSeveralThreads();
};

void TestTraditionalChinese::initTestCase()
{
    QVERIFY2(TraditionalChinese::shared().isAvailable(),
        "OpenCC's s2twp.json is missing (Debian package libopencc-data)");
}

void TestTraditionalChinese::cleanup()
{
    LocalizedText::setChineseRendering(nullptr);
}

void TestTraditionalChinese::simplifiedBecomesTraditionalWithTaiwanPhrasing()
{
    const TraditionalChinese &convert = TraditionalChinese::shared();
    QCOMPARE(convert.render(QStringLiteral("机器学习与数据中心")), QStringLiteral("機器學習與資料中心"));
    QCOMPARE(convert.render(QStringLiteral("开源软件")), QStringLiteral("開源軟體"));
    // Traditional text stays as it is; Latin text between Han characters too.
    QCOMPARE(convert.render(QStringLiteral("記憶體配置")), QStringLiteral("記憶體配置"));
    QCOMPARE(convert.render(QStringLiteral("用 CUDA 加速计算")), QStringLiteral("用 CUDA 加速計算"));
}

void TestTraditionalChinese::otherTextIsAsWritten()
{
    const TraditionalChinese &convert = TraditionalChinese::shared();
    QCOMPARE(convert.render(QStringLiteral("Memory allocation")), QStringLiteral("Memory allocation"));
    QCOMPARE(convert.render(QString()), QString());
    // Japanese: its kanji are not Simplified Chinese (学 stays 学).
    QCOMPARE(convert.render(QStringLiteral("機械学習の勉強会")), QStringLiteral("機械学習の勉強会"));
    // Korean beside Han characters, likewise.
    QCOMPARE(convert.render(QStringLiteral("한국 学会")), QStringLiteral("한국 学会"));
}

void TestTraditionalChinese::onlyTheChineseInterfaceConverts()
{
    TraditionalChinese::install(false);
    const LocalizedText title { QStringLiteral("量子计算"), QStringLiteral("Quantum computing") };
    QCOMPARE(title.text(Language::Chinese), QStringLiteral("量子計算"));
    QCOMPARE(title.text(Language::English), QStringLiteral("Quantum computing"));
    // Chinese published only in the other field (a programme in one language).
    const LocalizedText only = LocalizedText::english(QStringLiteral("网络安全"));
    QCOMPARE(only.text(Language::Chinese), QStringLiteral("網路安全"));
    QCOMPARE(only.text(Language::English), QStringLiteral("网络安全"));
    QCOMPARE(title.written(Language::Chinese), QStringLiteral("量子计算"));
}

void TestTraditionalChinese::asWrittenWhenChosen()
{
    TraditionalChinese::install(true);
    QCOMPARE(LocalizedText::chineseRendering(), nullptr);
    QCOMPARE(LocalizedText::chinese(QStringLiteral("量子计算")).text(Language::Chinese),
        QStringLiteral("量子计算"));
}

void TestTraditionalChinese::safeFromSeveralThreads()
{
    TraditionalChinese::install(false);
    QList<QString> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t, &results] {
            QString last;
            for (int i = 0; i < 200; ++i)
                last = LocalizedText::chinese(QStringLiteral("数据%1").arg(i % 7)).text(Language::Chinese);
            results[t] = last;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QString &result : results)
        QCOMPARE(result, QStringLiteral("資料%1").arg(199 % 7));
}

QTEST_GUILESS_MAIN(TestTraditionalChinese)
#include "tst_traditionalchinese.moc"
