#include "database.h"
#include "migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace planner;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Builds a database at schema `version` by applying the published steps, as an
// older release of the app would have left it.
void createAtVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("setup-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (int v = 1; v <= version; ++v) {
            for (const QString &statement : Migrations::step(v))
                QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchemaInNewFile();
    void createsMissingFolders();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesNewerVersionAndLeavesItUntouched();
    void refusesFileThatIsNotADatabase();
    void appliesPragmas();
    void failedTransactionLeavesNothingBehind();
    void nestedTransactionRollsBackOnlyItself();
    void failedOuterTransactionUndoesNestedOnes();
    void metaValuesRoundTrip();
    void readOnlyAccessReadsAndRefusesWrites();
    void fileWithoutWritePermissionOpensReadOnly();
    void fullDiskIsNamedAndLeavesNothingHalfWritten();
    void dataVersionCountsOnlyOtherConnections();
    void deferredCheckpointKeepsChangesInTheLogUntilTheNextClose();
    void bulkWritesGoStraightIntoTheFile();
    void failedTransactionIntoTheFileLeavesNothingBehind();
    void bulkWritesGoThroughTheLogWhileTheFileIsOpenElsewhere();
    void transactionIntoTheFileWithinAnotherGoesThroughTheLog();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createsLatestSchemaInNewFile()
{
    Database db;
    const StoreStatus status = db.open(m_dir.filePath(QStringLiteral("new.sqlite")));
    QVERIFY2(status.ok(), qPrintable(status.error));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    for (const char *table : { "annotation", "bookmark", "conference", "meta", "note",
             "planned_time", "session", "track", "user_key_point" })
        QVERIFY2(tables.contains(QLatin1String(table)), table);
}

void TestDatabase::createsMissingFolders()
{
    Database db;
    const QString path = m_dir.filePath(QStringLiteral("a/b/c/planner.sqlite"));
    QVERIFY(db.open(path).ok());
    QVERIFY(QFile::exists(path));
}

void TestDatabase::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 0; v < Migrations::latestVersion(); ++v)
        QTest::addRow("from %d", v) << v;
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    const QString path = m_dir.filePath(QStringLiteral("old-%1.sqlite").arg(version));
    createAtVersion(path, version);
    Database db;
    const StoreStatus status = db.open(path);
    QVERIFY2(status.ok(), qPrintable(status.error));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    // The migrated schema accepts the statements the stores run.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO bookmark VALUES ('c', 's', '2025-01-01')")));
}

void TestDatabase::refusesNewerVersionAndLeavesItUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    createAtVersion(path, Migrations::latestVersion());
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = fileDigest(path);

    Database db;
    const StoreStatus status = db.open(path);
    QVERIFY(!status.ok());
    QVERIFY2(status.error.contains(QLatin1String("newer version")), qPrintable(status.error));
    QVERIFY(status.error.contains(path));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileDigest(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesFileThatIsNotADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QByteArray before = fileDigest(path);
    Database db;
    const StoreStatus status = db.open(path);
    QVERIFY(!status.ok());
    QVERIFY(status.error.contains(path));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabase::appliesPragmas()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("pragmas.sqlite"))).ok());
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(db, QStringLiteral("busy_timeout")), QStringLiteral("5000"));
}

void TestDatabase::failedTransactionLeavesNothingBehind()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("tx.sqlite"))).ok());
    const StoreStatus status = db.transaction([&] {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("INSERT INTO bookmark VALUES ('c', 's1', 'now')"));
        return StoreStatus::failure(QStringLiteral("stop"));
    });
    QCOMPARE(status.error, QStringLiteral("stop"));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bookmark")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

namespace {

int bookmarkCount(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM bookmark")) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

StoreStatus insertBookmark(Database &db, const QString &session)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("INSERT INTO bookmark VALUES ('c', '%1', 'now')").arg(session))
        ? StoreStatus::success()
        : StoreStatus::failure(QStringLiteral("insert"));
}

} // namespace

void TestDatabase::nestedTransactionRollsBackOnlyItself()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("nested.sqlite"))).ok());
    const StoreStatus status = db.transaction([&] {
        insertBookmark(db, QStringLiteral("outer"));
        const StoreStatus inner = db.transaction([&] {
            insertBookmark(db, QStringLiteral("inner"));
            return StoreStatus::failure(QStringLiteral("inner stops"));
        });
        if (inner.error != QLatin1String("inner stops"))
            return StoreStatus::failure(QStringLiteral("unexpected"));
        return db.transaction([&] { return insertBookmark(db, QStringLiteral("second")); });
    });
    QVERIFY2(status.ok(), qPrintable(status.error));
    QCOMPARE(bookmarkCount(db), 2);
    // The outer transaction is over: a new one starts cleanly.
    QVERIFY(db.transaction([&] { return insertBookmark(db, QStringLiteral("after")); }).ok());
    QCOMPARE(bookmarkCount(db), 3);
}

void TestDatabase::failedOuterTransactionUndoesNestedOnes()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("nested-fail.sqlite"))).ok());
    const StoreStatus status = db.transaction([&] {
        const StoreStatus inner
            = db.transaction([&] { return insertBookmark(db, QStringLiteral("inner")); });
        return inner.ok() ? StoreStatus::failure(QStringLiteral("outer stops")) : inner;
    });
    QCOMPARE(status.error, QStringLiteral("outer stops"));
    QCOMPARE(bookmarkCount(db), 0);
}

void TestDatabase::metaValuesRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("meta.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.metaValue(QStringLiteral("k")), QString());
        QVERIFY(db.setMetaValue(QStringLiteral("k"), QStringLiteral("v1")).ok());
        QVERIFY(db.setMetaValue(QStringLiteral("k"), QStringLiteral("v2")).ok());
    }
    Database reopened;
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(reopened.metaValue(QStringLiteral("k")), QStringLiteral("v2"));
}

void TestDatabase::readOnlyAccessReadsAndRefusesWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.setMetaValue(QStringLiteral("kept"), QStringLiteral("yes")).ok());
    }
    const QByteArray before = fileDigest(path);
    Database db;
    const StoreStatus status = db.open(path, Database::Access::ReadOnly);
    QVERIFY2(status.ok(), qPrintable(status.error));
    QVERIFY(db.isReadOnly());
    QCOMPARE(db.metaValue(QStringLiteral("kept")), QStringLiteral("yes"));
    const StoreStatus write = db.setMetaValue(QStringLiteral("kept"), QStringLiteral("no"));
    QVERIFY(!write.ok());
    QVERIFY2(write.error.contains(QStringLiteral("read-only")), qPrintable(write.error));
    QVERIFY(write.error.contains(path));
    QCOMPARE(db.metaValue(QStringLiteral("kept")), QStringLiteral("yes"));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabase::fileWithoutWritePermissionOpensReadOnly()
{
    if (::geteuid() == 0)
        QSKIP("permissions do not bind the superuser; Access::ReadOnly is tested above");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.setMetaValue(QStringLiteral("kept"), QStringLiteral("yes")).ok());
    }
    // A read-only folder too: SQLite cannot create its WAL index beside the file.
    QFile::setPermissions(path, QFile::ReadOwner);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    Database db;
    const StoreStatus status = db.open(path);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(status.ok(), qPrintable(status.error));
    QVERIFY(db.isReadOnly());
    QCOMPARE(db.metaValue(QStringLiteral("kept")), QStringLiteral("yes"));
    QVERIFY(!db.setMetaValue(QStringLiteral("kept"), QStringLiteral("no")).ok());
}

void TestDatabase::fullDiskIsNamedAndLeavesNothingHalfWritten()
{
    Database db;
    const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
    QVERIFY(db.open(path).ok());
    // The file may not grow by a page more: SQLite then fails as on a full disk.
    const QString pages = pragma(db, QStringLiteral("page_count"));
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA max_page_count = ") + pages);
    const StoreStatus status = db.transaction([&] {
        StoreStatus step = db.setMetaValue(QStringLiteral("small"), QStringLiteral("fits"));
        if (step.ok())
            step = db.setMetaValue(QStringLiteral("large"), QString(200000, u'x'));
        return step;
    });
    QVERIFY(!status.ok());
    QVERIFY2(status.error.contains(QStringLiteral("full")), qPrintable(status.error));
    QVERIFY(status.error.contains(path));
    QVERIFY(db.metaValue(QStringLiteral("small")).isEmpty()); // rolled back with the rest
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    QVERIFY(db.setMetaValue(QStringLiteral("large"), QString(200000, u'x')).ok());
}

void TestDatabase::dataVersionCountsOnlyOtherConnections()
{
    const QString path = m_dir.filePath(QStringLiteral("version.sqlite"));
    Database window;
    QVERIFY(window.open(path).ok());
    const qint64 start = window.dataVersion();
    QVERIFY(window.setMetaValue(QStringLiteral("own"), QStringLiteral("write")).ok());
    QCOMPARE(window.dataVersion(), start);
    Database commandLine;
    QVERIFY(commandLine.open(path).ok());
    QVERIFY(commandLine.setMetaValue(QStringLiteral("other"), QStringLiteral("write")).ok());
    QVERIFY(window.dataVersion() != start);
    QCOMPARE(window.metaValue(QStringLiteral("other")), QStringLiteral("write"));
}

void TestDatabase::deferredCheckpointKeepsChangesInTheLogUntilTheNextClose()
{
    const QString path = m_dir.filePath(QStringLiteral("deferred.sqlite"));
    const QString log = path + QStringLiteral("-wal");
    // The file alone, as a copy without its -wal file would see it.
    const auto valueInFileAlone = [&] {
        const QString copy = m_dir.filePath(QStringLiteral("alone.sqlite"));
        QFile::remove(copy);
        QFile::copy(path, copy);
        Database alone;
        return alone.open(copy, Database::Access::ReadOnly).ok()
            ? alone.metaValue(QStringLiteral("k"))
            : QStringLiteral("(unreadable)");
    };
    {
        Database commandLine;
        QVERIFY(commandLine.open(path).ok());
        QVERIFY(commandLine.setMetaValue(QStringLiteral("k"), QStringLiteral("before")).ok());
    }
    QVERIFY(!QFile::exists(log)); // closed as usual: checkpointed and the log removed
    {
        Database commandLine;
        QVERIFY(commandLine.open(path).ok());
        commandLine.deferCheckpointOnClose();
        QVERIFY(commandLine.setMetaValue(QStringLiteral("k"), QStringLiteral("after")).ok());
    }
    QVERIFY(QFileInfo(log).size() > 0);
    QCOMPARE(valueInFileAlone(), QStringLiteral("before"));
    {
        Database window;
        QVERIFY(window.open(path).ok());
        QCOMPARE(window.metaValue(QStringLiteral("k")), QStringLiteral("after"));
    }
    QVERIFY(!QFile::exists(log));
    QCOMPARE(valueInFileAlone(), QStringLiteral("after"));

    // A log past SQLite's threshold has been copied by the commit itself; kept, the
    // next process would read all of it again to open the database.
    {
        Database commandLine;
        QVERIFY(commandLine.open(path).ok());
        commandLine.deferCheckpointOnClose();
        QVERIFY(commandLine.setMetaValue(QStringLiteral("large"), QString(6'000'000, u'x')).ok());
        QVERIFY(QFileInfo(log).size() > 4'096'000);
    }
    QVERIFY(!QFile::exists(log));
}

namespace {

// The file alone, as a copy without its -wal file would see it.
QString metaInFileAlone(const QString &path, const QString &copy, const QString &key)
{
    QFile::remove(copy);
    QFile::copy(path, copy);
    Database alone;
    return alone.open(copy, Database::Access::ReadOnly).ok() ? alone.metaValue(key)
                                                             : QStringLiteral("(unreadable)");
}

} // namespace

// A large import writes its pages once, into the file, instead of into the log
// and then again into the file; the file is back with the log afterwards.
void TestDatabase::bulkWritesGoStraightIntoTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("bulk.sqlite"));
    const QString log = path + QStringLiteral("-wal");
    const QString large(6'000'000, u'x');
    {
        Database commandLine;
        QVERIFY(commandLine.open(path).ok());
        commandLine.deferCheckpointOnClose();
        bool logged = true;
        qint64 logSize = -1;
        const StoreStatus status = commandLine.transaction(
            [&] {
                logged = commandLine.writesThroughLog();
                const StoreStatus written
                    = commandLine.setMetaValue(QStringLiteral("large"), large);
                logSize = QFileInfo(log).size();
                return written;
            },
            Database::Writes::IntoFile);
        QVERIFY2(status.ok(), qPrintable(status.error));
        QVERIFY(!logged);
        QCOMPARE(logSize, 0); // the log is gone while the file is written directly
        QVERIFY(commandLine.writesThroughLog());
        QCOMPARE(pragma(commandLine, QStringLiteral("synchronous")), QStringLiteral("1"));
        // The next commit goes through the log again.
        QVERIFY(commandLine.setMetaValue(QStringLiteral("small"), QStringLiteral("v")).ok());
        QVERIFY(QFileInfo(log).size() > 0);
        QCOMPARE(metaInFileAlone(path, m_dir.filePath(QStringLiteral("bulk-copy.sqlite")),
                     QStringLiteral("large")),
            large);
    }
    Database window;
    QVERIFY(window.open(path).ok());
    QCOMPARE(window.metaValue(QStringLiteral("large")), large);
    QCOMPARE(window.metaValue(QStringLiteral("small")), QStringLiteral("v"));
    QCOMPARE(pragma(window, QStringLiteral("journal_mode")), QStringLiteral("wal"));
}

void TestDatabase::failedTransactionIntoTheFileLeavesNothingBehind()
{
    const QString path = m_dir.filePath(QStringLiteral("bulk-fail.sqlite"));
    Database db;
    QVERIFY(db.open(path).ok());
    QVERIFY(db.setMetaValue(QStringLiteral("kept"), QStringLiteral("before")).ok());
    const StoreStatus status = db.transaction(
        [&] {
            db.setMetaValue(QStringLiteral("kept"), QString(6'000'000, u'y'));
            insertBookmark(db, QStringLiteral("s1"));
            return StoreStatus::failure(QStringLiteral("stop"));
        },
        Database::Writes::IntoFile);
    QCOMPARE(status.error, QStringLiteral("stop"));
    QCOMPARE(db.metaValue(QStringLiteral("kept")), QStringLiteral("before"));
    QCOMPARE(bookmarkCount(db), 0);
    QVERIFY(db.writesThroughLog());
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

// Leaving the log needs the file to itself: with the window open, the command
// line's bulk import goes through the log, and the window reads on meanwhile.
void TestDatabase::bulkWritesGoThroughTheLogWhileTheFileIsOpenElsewhere()
{
    const QString path = m_dir.filePath(QStringLiteral("bulk-shared.sqlite"));
    Database window;
    QVERIFY(window.open(path).ok());
    QVERIFY(window.setMetaValue(QStringLiteral("k"), QStringLiteral("before")).ok());
    Database commandLine;
    QVERIFY(commandLine.open(path).ok());
    bool logged = false;
    QString seenByWindow;
    const StoreStatus status = commandLine.transaction(
        [&] {
            logged = commandLine.writesThroughLog();
            const StoreStatus written
                = commandLine.setMetaValue(QStringLiteral("k"), QStringLiteral("after"));
            seenByWindow = window.metaValue(QStringLiteral("k"));
            return written;
        },
        Database::Writes::IntoFile);
    QVERIFY2(status.ok(), qPrintable(status.error));
    QVERIFY(logged);
    QCOMPARE(seenByWindow, QStringLiteral("before"));
    QCOMPARE(window.metaValue(QStringLiteral("k")), QStringLiteral("after"));
}

void TestDatabase::transactionIntoTheFileWithinAnotherGoesThroughTheLog()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("bulk-nested.sqlite"))).ok());
    bool logged = false;
    const StoreStatus status = db.transaction([&] {
        return db.transaction(
            [&] {
                logged = db.writesThroughLog();
                return insertBookmark(db, QStringLiteral("inner"));
            },
            Database::Writes::IntoFile);
    });
    QVERIFY2(status.ok(), qPrintable(status.error));
    QVERIFY(logged);
    QCOMPARE(bookmarkCount(db), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
