// Hostile programme files through the real import path (the command line's
// `import`, which goes through ProgrammeReader and Importer): each is refused with
// a message naming the file, or read within bounded memory and time, and the
// database is left as it was. The readers' own tests cover the parsing details.
#include "applicationinfo.h"
#include "commandline.h"
#include "commandrunner.h"
#include "programmereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <sys/resource.h>

using namespace planner;

namespace {

// A generous guard against hangs and blow-ups, not a speed figure: the sanitizer
// build is several times slower than a normal one.
constexpr qint64 timeLimitMs = 120000;
constexpr long peakMemoryLimitMb = 3072;

long peakMemoryMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// A small programme in each format with @TEXT@ where a session title goes, so a
// hostile payload can be put in any of them.
QByteArray programme(const QByteArray &format)
{
    if (format == "digest")
        return "# Hostile Days\n2026-09-14 – 2026-09-15\n\n# Track\n## @TEXT@ [H-1]\n### "
               "Overview\n";
    if (format == "planner")
        return "{\"format\": \"conference-planner-programme\", \"version\": 1,"
               " \"conference\": {\"key\": \"hostile\", \"timeZone\": \"Europe/Brussels\"},"
               " \"tracks\": [{\"key\": \"t\"}], \"sessions\": [{\"key\": \"s\", \"track\": \"t\","
               " \"title\": {\"en\": \"@TEXT@\"}, \"start\": \"2020-02-01T10:30:00\"}]}";
    if (format == "pentabarf")
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><conference>"
               "<title>Hostile</title><start>2021-02-06</start><end>2021-02-06</end>"
               "</conference><day index=\"1\" date=\"2021-02-06\"><room name=\"R\">"
               "<event id=\"1\"><start>9:30</start><duration>0:50</duration>"
               "<title>@TEXT@</title></event></room></day></schedule>";
    if (format == "schedulejson")
        return "{\"schedule\": {\"version\": \"1\", \"conference\": {\"acronym\": \"h\","
               " \"title\": \"Hostile\", \"start\": \"2025-12-27\", \"end\": \"2025-12-27\","
               " \"days\": [{\"index\": 1, \"date\": \"2025-12-27\", \"rooms\": {\"R\": [{"
               "\"guid\": \"g1\", \"id\": 1, \"date\": \"2025-12-27T10:30:00+01:00\","
               " \"start\": \"10:30\", \"duration\": \"0:30\", \"room\": \"R\","
               " \"title\": \"@TEXT@\"}]}}]}}}";
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Hostile\r\nBEGIN:VEVENT\r\n"
           "UID:1@hostile.example\r\nSUMMARY:@TEXT@\r\nDTSTART:20200115T133000Z\r\n"
           "DTEND:20200115T141500Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}

const QList<QByteArray> formats = { "digest", "planner", "pentabarf", "schedulejson", "icalendar" };

QByteArray withText(const QByteArray &format, const QByteArray &text)
{
    QByteArray bytes = programme(format);
    return bytes.replace("@TEXT@", text);
}

QByteArray nested(const QByteArray &format, int depth)
{
    if (format == "pentabarf")
        return withText(
            format, QByteArray("<b>").repeated(depth) + QByteArray("</b>").repeated(depth));
    if (format == "icalendar")
        return programme(format).replace(
            "BEGIN:VEVENT\r\n", QByteArray("BEGIN:VEVENT\r\n").repeated(depth));
    if (format == "digest")
        return withText(format, "deep\n" + QByteArray("> ").repeated(depth) + "quoted");
    // At the end, so the format is still told from the first bytes.
    QByteArray json = programme(format);
    json.chop(1);
    return json + ", \"x\": " + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusedWithFileAndPlace_data();
    void refusedWithFileAndPlace();
    void externalEntityIsNeverRead_data();
    void externalEntityIsNeverRead();
    void hugeTextIsReadInBoundedMemory_data();
    void hugeTextIsReadInBoundedMemory();
    void deepNestingIsHandled_data();
    void deepNestingIsHandled();
    void multiGigabyteFileIsRefusedUnread();
    void recordedHostileFilesAreHandled_data();
    void recordedHostileFilesAreHandled();

private:
    Outcome run(const QStringList &arguments) const;
    Outcome import(const QString &name, const QByteArray &bytes);
    QStringList snapshot(const QStringList &only = {}) const;
    void verifyImported(const Outcome &r);
    void verifyRefused(const Outcome &r, const QString &path, const QString &message);

    QTemporaryDir m_dir;
    QString m_database;
    QStringList m_before;
};

void TestHostileInput::initTestCase()
{
    ApplicationInfo::apply();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("planner.sqlite"));
    // User data on the bundled conference and an imported one: none may change.
    QCOMPARE(run({ QStringLiteral("bookmark"), QStringLiteral("add"), QStringLiteral("S74495") })
                 .exitCode,
        int(CommandLine::Success));
    QCOMPARE(run({ QStringLiteral("note"), QStringLiteral("set"), QStringLiteral("S74495"),
                     QStringLiteral("my own words") })
                 .exitCode,
        int(CommandLine::Success));
    QCOMPARE(
        run({ QStringLiteral("import"),
                QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/import-pentabarf-classic.xml") })
            .exitCode,
        int(CommandLine::Success));
    m_before = snapshot();
    QVERIFY(m_before.size() > 10);
}

void TestHostileInput::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("hostile-snapshot"));
}

Outcome TestHostileInput::run(const QStringList &arguments) const
{
    return runCommand(m_database, arguments);
}

Outcome TestHostileInput::import(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    file.close();
    m_before = snapshot();
    QElapsedTimer timer;
    timer.start();
    // --force: the hostile files share a conference key, and each one that reads
    // replaces the last one's sessions; what is checked here is the reading.
    const Outcome outcome = run({ QStringLiteral("import"), path, QStringLiteral("--force") });
    const qint64 elapsed = timer.elapsed();
    QFile::remove(path);
    if (elapsed > timeLimitMs)
        qWarning("importing %s took %lld ms", qPrintable(name), elapsed);
    return elapsed > timeLimitMs ? Outcome {} : outcome;
}

// Every row of every table, and the list of tables, as text.
QStringList TestHostileInput::snapshot(const QStringList &only) const
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::contains(QStringLiteral("hostile-snapshot"))
            ? QSqlDatabase::database(QStringLiteral("hostile-snapshot"))
            : QSqlDatabase::addDatabase(
                QStringLiteral("QSQLITE"), QStringLiteral("hostile-snapshot"));
        db.setDatabaseName(m_database);
        if (!db.open())
            return { QStringLiteral("cannot open the database") };
        QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                        " ORDER BY name"),
            db);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            if (!only.isEmpty() && !only.contains(table))
                continue;
            rows << QStringLiteral("table ") + table;
            QSqlQuery q(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2, 3").arg(table), db);
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                rows << values.join(u'|');
            }
        }
        db.close();
    }
    return rows;
}

void TestHostileInput::verifyRefused(const Outcome &r, const QString &path, const QString &message)
{
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.startsWith(QStringLiteral("conference-planner: ") + path), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(snapshot(), m_before);
}

// A programme that is odd but valid: imported, and the user's own data untouched.
void TestHostileInput::verifyImported(const Outcome &r)
{
    QVERIFY2(r.exitCode == CommandLine::Success, qPrintable(r.err));
    QVERIFY2(
        r.out.startsWith(QLatin1String("Imported")) || r.out.startsWith(QLatin1String("Updated")),
        qPrintable(r.out.left(300)));
    const QStringList userTables
        = { QStringLiteral("bookmark"), QStringLiteral("note"), QStringLiteral("annotation"),
              QStringLiteral("user_key_point"), QStringLiteral("planned_time") };
    QCOMPARE(snapshot(userTables), [&] {
        QStringList rows;
        bool keep = false;
        for (const QString &row : std::as_const(m_before)) {
            if (row.startsWith(QLatin1String("table ")))
                keep = userTables.contains(row.mid(6));
            if (keep)
                rows << row;
        }
        return rows;
    }());
    QVERIFY(peakMemoryMb() < peakMemoryLimitMb);
}

void TestHostileInput::refusedWithFileAndPlace_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");
    const QByteArray nul("a\0b", 3);
    const QByteArray invalid("t\xC3\x28\xFF");
    QTest::newRow("digest NUL byte")
        << withText("digest", nul) << QStringLiteral(":5:5:") << QStringLiteral("a NUL byte");
    QTest::newRow("digest invalid UTF-8")
        << withText("digest", invalid) << QStringLiteral(":5:5:") << QStringLiteral("UTF-8");
    QTest::newRow("planner NUL byte")
        << withText("planner", nul) << QStringLiteral(":@") << QStringLiteral("a NUL byte");
    QTest::newRow("planner invalid UTF-8")
        << withText("planner", invalid) << QStringLiteral(":@") << QStringLiteral("UTF8");
    QTest::newRow("pentabarf NUL byte") << withText("pentabarf", nul) << QStringLiteral(":2:")
                                        << QStringLiteral("not well-formed XML");
    QTest::newRow("pentabarf invalid UTF-8") << withText("pentabarf",
        invalid) << QStringLiteral(":2:") << QStringLiteral("incorrectly encoded");
    QTest::newRow("schedulejson NUL byte")
        << withText("schedulejson", nul) << QStringLiteral(":1:") << QStringLiteral("a NUL byte");
    QTest::newRow("schedulejson invalid UTF-8")
        << withText("schedulejson", invalid) << QStringLiteral(":1:") << QStringLiteral("UTF8");
    QTest::newRow("icalendar NUL byte")
        << withText("icalendar", nul) << QStringLiteral(":6:10:") << QStringLiteral("a NUL byte");
    QTest::newRow("icalendar invalid UTF-8")
        << withText("icalendar", invalid) << QStringLiteral(":6:10:") << QStringLiteral("UTF-8");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i)
        laughs += QStringLiteral("<!ENTITY lol%1 \"%2\">\n")
                      .arg(i)
                      .arg(QStringLiteral("&lol%1;")
                               .arg(i == 1 ? QString() : QString::number(i - 1))
                               .repeated(10))
                      .toUtf8();
    laughs += "]>\n<schedule><conference><title>&lol9;</title></conference></schedule>";
    QTest::newRow("billion laughs") << laughs << QStringLiteral(":") << QStringLiteral("entities");
    // Quadratic blow-up: one large entity used many times. (The format is told
    // from the first 4 KB, which must reach the root element.)
    QByteArray quadratic = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY a \""
        + QByteArray(3000, 'a') + "\">]>\n<schedule><conference><title>"
        + QByteArray("&a;").repeated(100000) + "</title></conference></schedule>";
    QTest::newRow("quadratic blow-up")
        << quadratic << QStringLiteral(":") << QStringLiteral("entities");
}

void TestHostileInput::refusedWithFileAndPlace()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, place);
    QFETCH(QString, message);
    const QString name = QStringLiteral("hostile-%1")
                             .arg(QLatin1String(QTest::currentDataTag()))
                             .replace(u' ', u'-');
    const Outcome r = import(name, bytes);
    verifyRefused(r, m_dir.filePath(name) + place, message);
}

void TestHostileInput::externalEntityIsNeverRead_data()
{
    QTest::addColumn<QByteArray>("doctype");
    QTest::addColumn<QByteArray>("use");
    QTest::newRow("general entity")
        << QByteArray("<!ENTITY xxe SYSTEM \"file://@SECRET@\">") << QByteArray("&xxe;");
    QTest::newRow("parameter entity")
        << QByteArray("<!ENTITY % xxe SYSTEM \"file://@SECRET@\"> %xxe;") << QByteArray();
    QTest::newRow("passwd") << QByteArray("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">")
                            << QByteArray("&xxe;");
}

void TestHostileInput::externalEntityIsNeverRead()
{
    QFETCH(QByteArray, doctype);
    QFETCH(QByteArray, use);
    const QString secretPath = m_dir.filePath(QStringLiteral("secret.txt"));
    QFile secret(secretPath);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("SECRET-CONTENT-7f3a");
    secret.close();
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule ["
        + doctype.replace("@SECRET@", secretPath.toUtf8()) + "]>\n<schedule><conference><title>"
        + use + "</title></conference></schedule>";
    const Outcome r = import(QStringLiteral("xxe.xml"), xml);
    verifyRefused(r, m_dir.filePath(QStringLiteral("xxe.xml")) + u':', QStringLiteral("entities"));
    QVERIFY(!r.err.contains(QLatin1String("SECRET-CONTENT")));
    QVERIFY(!r.err.contains(QLatin1String("root:")));
    QVERIFY(!snapshot().join(u'\n').contains(QLatin1String("SECRET-CONTENT")));
}

void TestHostileInput::hugeTextIsReadInBoundedMemory_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // 16 MB of title in each format, and the 50 MB attribute of the XML attack.
    const QByteArray title(16 * 1024 * 1024, 'A');
    for (const QByteArray &format : formats)
        QTest::addRow("%s 16 MB title", format.constData()) << withText(format, title);
    QByteArray attribute = programme("pentabarf");
    attribute.replace(
        "<room name=\"R\">", "<room name=\"" + QByteArray(50 * 1024 * 1024, 'A') + "\">");
    QTest::newRow("pentabarf 50 MB attribute") << attribute;
}

void TestHostileInput::hugeTextIsReadInBoundedMemory()
{
    QFETCH(QByteArray, bytes);
    const QString name
        = QStringLiteral("huge-%1").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-');
    const Outcome r = import(name, bytes);
    bytes.clear();
    verifyImported(r);
}

void TestHostileInput::deepNestingIsHandled_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // empty: imported
    const QStringList messages = { QString(), QStringLiteral("too deeply nested"), QString(),
        QStringLiteral("nested too deeply"), QStringLiteral("expected END:VEVENT") };
    for (int i = 0; i < formats.size(); ++i)
        QTest::addRow("%s 100k levels", formats.at(i).constData())
            << nested(formats.at(i), 100000) << messages.at(i);
}

// Nothing in a reader recurses per level of the file: deep nesting is refused
// where a format has a limit, and otherwise read without exhausting the stack.
void TestHostileInput::deepNestingIsHandled()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString name
        = QStringLiteral("deep-%1").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-');
    const Outcome r = import(name, bytes);
    if (message.isEmpty())
        verifyImported(r);
    else
        verifyRefused(r, m_dir.filePath(name) + u':', message);
}

void TestHostileInput::multiGigabyteFileIsRefusedUnread()
{
    // Sparse: three gigabytes that take no room on disk, and must not be read.
    const QString path = m_dir.filePath(QStringLiteral("huge.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?>\n<schedule>");
    QVERIFY(file.resize(3LL * 1024 * 1024 * 1024));
    file.close();
    m_before = snapshot();
    QElapsedTimer timer;
    timer.start();
    const Outcome r = run({ QStringLiteral("import"), path });
    QVERIFY(timer.elapsed() < 10000);
    QFile::remove(path);
    verifyRefused(r, path + u':', QStringLiteral("the file is 3072 MB"));
    QVERIFY(peakMemoryMb() < peakMemoryLimitMb);
}

void TestHostileInput::recordedHostileFilesAreHandled_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/hostile"));
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(info.fileName())) << info.filePath();
}

// Inputs that once crashed or hung a reader: read through the generic entry, they
// give data or an error naming the file.
void TestHostileInput::recordedHostileFilesAreHandled()
{
    QFETCH(QString, path);
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = ProgrammeReader().readFile(path);
    QVERIFY(timer.elapsed() < timeLimitMs);
    if (!r.ok()) {
        QCOMPARE(r.error->file, path);
        QVERIFY(!r.error->message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
