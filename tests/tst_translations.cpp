#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

// Every message of every catalogue is finished: a user switching language must
// never meet an untranslated string or a leftover from removed code.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogues_data();
    void catalogues();
};

void TestTranslations::catalogues_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(PLANNER_SOURCE_DIR "/i18n"));
    const QStringList files = dir.entryList({ QStringLiteral("*.ts") });
    QVERIFY(files.contains(QStringLiteral("conference-planner_zh_TW.ts")));
    QVERIFY(files.contains(QStringLiteral("conference-planner_en.ts")));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::catalogues()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList problems;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems.append(QStringLiteral("%1: \"%2\" is %3").arg(context, source, type));
            else if (text.trimmed().isEmpty())
                problems.append(QStringLiteral("%1: \"%2\" is empty").arg(context, source));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    if (path.endsWith(QLatin1String("zh_TW.ts")))
        QVERIFY(messages > 20);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
