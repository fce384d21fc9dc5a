// A damaged database is recognised at open and set aside whole, never deleted.
#include "bundledconference.h"
#include "damageddatabase.h"
#include "database.h"
#include "userdatastore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A database as a user would have it: the bundled programme and a note.
void createWorkingDatabase(const QString &path)
{
    Database database;
    QVERIFY(database.open(path).ok());
    QVERIFY(BundledConference::ensureImported(database).ok());
    QVERIFY(UserDataStore(database)
                .setNote(BundledConference::key(), QStringLiteral("S72484"), QStringLiteral("keep"))
                .ok());
}

// The size of the file's pages, from its header (big-endian at byte 16; 1
// stands for 65,536).
qint64 pageSizeOf(const QString &path)
{
    const QByteArray header = fileBytes(path).left(18);
    if (header.size() < 18)
        return 0;
    const int size = (quint8(header[16]) << 8) | quint8(header[17]);
    return size == 1 ? 65536 : size;
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestDamagedDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damageIsDetectedAndFileLeftAsItWas_data();
    void damageIsDetectedAndFileLeftAsItWas();
    void soundDatabaseIsNotCalledDamaged();
    void setAsideKeepsEveryByteAndFreesThePath();
    void setAsideTakesTheJournalAlong();
    void setAsideNeverOverwritesAnEarlierBackup();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_pageSize = 0;
};

void TestDamagedDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("planner.sqlite"));
    createWorkingDatabase(m_path);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal"))); // checkpointed on close
    m_pageSize = pageSizeOf(m_path);
    QVERIFY(m_pageSize >= 512);
    QVERIFY(QFileInfo(m_path).size() > 8 * m_pageSize);
}

void TestDamagedDatabase::damageIsDetectedAndFileLeftAsItWas_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("scribbled header") << QStringLiteral("header");
    QTest::newRow("scribbled schema") << QStringLiteral("schema");
    QTest::newRow("scribbled table pages") << QStringLiteral("pages");
    QTest::newRow("truncated to half") << QStringLiteral("truncated");
    QTest::newRow("all zeros") << QStringLiteral("zeros");
}

void TestDamagedDatabase::damageIsDetectedAndFileLeftAsItWas()
{
    QFETCH(QString, damage);
    const qint64 size = QFileInfo(m_path).size();
    if (damage == QLatin1String("header")) {
        overwrite(m_path, 0, QByteArray(100, '\x5a'));
    } else if (damage == QLatin1String("schema")) {
        // The first page past its 100-byte header: the list of tables.
        overwrite(m_path, 100, QByteArray(int(m_pageSize) - 100, '\xab'));
    } else if (damage == QLatin1String("pages")) {
        // Pages 2 to 4 hold the first tables' roots and rows.
        overwrite(m_path, m_pageSize, QByteArray(3 * int(m_pageSize), '\xab'));
    } else if (damage == QLatin1String("truncated")) {
        QVERIFY(QFile::resize(m_path, (size / m_pageSize / 2) * m_pageSize));
    } else {
        overwrite(m_path, 0, QByteArray(int(size), '\0'));
    }
    const QByteArray before = fileBytes(m_path);

    Database database;
    StoreStatus status = database.open(m_path);
    if (status.ok()) // the header is sound: only reading every page tells
        status = database.checkIntegrity();
    QVERIFY(!status.ok());
    QVERIFY2(status.damaged, qPrintable(status.error));
    QVERIFY2(status.error.contains(m_path), qPrintable(status.error));
    QVERIFY(!database.isOpen());
    QCOMPARE(fileBytes(m_path), before);
}

void TestDamagedDatabase::soundDatabaseIsNotCalledDamaged()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    const StoreStatus status = database.checkIntegrity();
    QVERIFY2(status.ok(), qPrintable(status.error));
    QCOMPARE(UserDataStore(database).note(BundledConference::key(), QStringLiteral("S72484")),
        QStringLiteral("keep"));
}

void TestDamagedDatabase::setAsideKeepsEveryByteAndFreesThePath()
{
    overwrite(m_path, 0, QByteArray(100, '\x5a'));
    const QByteArray damaged = fileBytes(m_path);
    QString backup;
    const StoreStatus status
        = DamagedDatabase::setAside(m_path, &backup, QDateTime(QDate(2026, 3, 17), QTime(9, 5, 7)));
    QVERIFY2(status.ok(), qPrintable(status.error));
    QCOMPARE(backup, m_path + QStringLiteral(".damaged-20260317-090507"));
    QVERIFY(!QFile::exists(m_path));
    QCOMPARE(fileBytes(backup), damaged);

    Database fresh;
    QVERIFY(fresh.open(m_path).ok());
    QVERIFY(
        UserDataStore(fresh).note(BundledConference::key(), QStringLiteral("S72484")).isEmpty());
}

void TestDamagedDatabase::setAsideTakesTheJournalAlong()
{
    // Recent commits may sit in the -wal file: a backup without it would lose them.
    QFile wal(m_path + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write("recent commits");
    wal.close();
    QString backup;
    QVERIFY(DamagedDatabase::setAside(m_path, &backup).ok());
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    QCOMPARE(fileBytes(backup + QStringLiteral("-wal")), QByteArray("recent commits"));
}

void TestDamagedDatabase::setAsideNeverOverwritesAnEarlierBackup()
{
    const QDateTime when(QDate(2026, 3, 17), QTime(9, 5, 7));
    QString first;
    QVERIFY(DamagedDatabase::setAside(m_path, &first, when).ok());
    createWorkingDatabase(m_path);
    QString second;
    QVERIFY(DamagedDatabase::setAside(m_path, &second, when).ok());
    QVERIFY(first != second);
    QVERIFY(QFile::exists(first));
    QVERIFY(QFile::exists(second));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2);
}

QTEST_GUILESS_MAIN(TestDamagedDatabase)
#include "tst_damageddatabase.moc"
