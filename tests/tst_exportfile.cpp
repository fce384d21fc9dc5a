#include "exportfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

class TestExportFile : public QObject
{
    Q_OBJECT

private slots:
    void writesWholeFile();
    void replacesExistingFile();
    void missingFolderNamesPathAndLeavesNoFile();
    void folderPathNamesPathAndLeavesItAlone();
    void emptyPathIsRefused();
};

void TestExportFile::writesWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("議程.ics"));
    const QByteArray bytes = QByteArray("BEGIN:VCALENDAR\r\n").repeated(1000);
    QCOMPARE(ExportFile::write(path, bytes), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("議程.ics") });
}

void TestExportFile::replacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    QCOMPARE(ExportFile::write(path, "a much longer first version"), std::nullopt);
    QCOMPARE(ExportFile::write(path, "second"), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));
}

void TestExportFile::missingFolderNamesPathAndLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/agenda.pdf"));
    const std::optional<QString> error = ExportFile::write(path, "%PDF-");
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QDir::toNativeSeparators(path)), qPrintable(*error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestExportFile::folderPathNamesPathAndLeavesItAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(path));
    const std::optional<QString> error = ExportFile::write(path, "data");
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QDir::toNativeSeparators(path)), qPrintable(*error));
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
        QStringList { QStringLiteral("folder") });
}

void TestExportFile::emptyPathIsRefused()
{
    QVERIFY(ExportFile::write(QString(), "data").has_value());
}

QTEST_GUILESS_MAIN(TestExportFile)
#include "tst_exportfile.moc"
