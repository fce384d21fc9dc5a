#include "programmebuilder.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace planner;

class TestProgrammeBuilder : public QObject
{
    Q_OBJECT

private slots:
    void untaggedTextWithHanIsChinese();
};

namespace {

// The definition localized() answers eight characters at a time where it can.
bool hasHanOneByOne(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

} // namespace

void TestProgrammeBuilder::untaggedTextWithHanIsChinese()
{
    // Random texts of the pieces that matter: ASCII, Latin-1, the last character
    // before U+2E80 and the first after, kana (no Han), Han, an emoji's surrogates.
    const QStringList pieces = { QStringLiteral("abc "), QStringLiteral("é"),
        QString(QChar(0x2E7F)), QString(QChar(0x2E80)), QStringLiteral("かな"),
        QStringLiteral("量"), QStringLiteral("😀"), QStringLiteral("0123456789") };
    QRandomGenerator random(20261202);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int count = int(random.bounded(14));
        for (int i = 0; i < count; ++i)
            text += pieces.at(random.bounded(pieces.size()));
        const LocalizedText localized = ProgrammeBuilder::localized(text);
        const LocalizedText expected
            = hasHanOneByOne(text) ? LocalizedText::chinese(text) : LocalizedText::english(text);
        QCOMPARE(localized.zh, expected.zh);
        QCOMPARE(localized.en, expected.en);
    }
}

QTEST_GUILESS_MAIN(TestProgrammeBuilder)
#include "tst_programmebuilder.moc"
