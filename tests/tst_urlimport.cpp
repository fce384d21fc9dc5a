#include "commandrunner.h"
#include "database.h"
#include "databasedump.h"
#include "downloadimporter.h"
#include "importtesthelpers.h"
#include "programmefetch.h"
#include "programmesite.h"
#include "programmesourcestore.h"
#include "programmestore.h"
#include "sessionchangestore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace planner;
using httptest::Request;
using httptest::Response;
using httptest::Site;

namespace {

const QString conferenceKey = QStringLiteral("webconf26");
const QString caching = QStringLiteral("a1f2c3d4-0001-4000-8000-000000000002");

} // namespace

class TestUrlImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importFromAPageThenRefreshUnchanged();
    void refreshShowsWhatChangedForBookmarks();
    void failedImportsChangeNothing_data();
    void failedImportsChangeNothing();
    void failedRefreshesChangeNothing_data();
    void failedRefreshesChangeNothing();
    void pageWithSeveralProgrammesListsThem();
    void wrongContentTypeOfAProgrammeIsFine();
    void redirectedProgrammeIsStoredAtTheAddressGiven();
    void credentialsAreNotStored();
    void refreshNeedsAConferenceFromTheWeb();
    void silentServerChangesNothing();
    void refreshKeepsWhatChangedUntilSeen();
    void sourceAndChangesGoWithTheConference();

private:
    Outcome run(const QStringList &arguments) { return runCommand(m_database, arguments); }
    std::optional<ProgrammeSource> sourceOf(const QString &key)
    {
        Database database;
        if (!database.open(m_database).ok())
            return std::nullopt;
        return ProgrammeSourceStore(database).source(key);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestUrlImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(QStringLiteral("planner.db"));
}

void TestUrlImport::importFromAPageThenRefreshUnchanged()
{
    Site site;
    const Outcome imported = run({ QStringLiteral("import"), site.url("/") });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QLatin1String("Web Conference 2026")), qPrintable(imported.out));
    const std::optional<ProgrammeSource> source = sourceOf(conferenceKey);
    QVERIFY(source);
    QCOMPARE(source->url.toString(), site.url("/schedule.xml")); // the page's link, not the page
    QCOMPARE(source->etag, QByteArray("\"1\""));
    QCOMPARE(source->lastModified, QByteArray("Sat, 02 May 2026 08:00:00 GMT"));

    const QStringList before = dbtest::dump(m_database);
    const Outcome refreshed = run({ QStringLiteral("refresh") });
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
    QVERIFY2(refreshed.out.contains(QLatin1String("not modified")), qPrintable(refreshed.out));
    QCOMPARE(site.requests().last().headers.value("if-none-match"), QByteArray("\"1\""));
    QCOMPARE(dbtest::dump(m_database), before);
}

void TestUrlImport::refreshShowsWhatChangedForBookmarks()
{
    Site site;
    QCOMPARE(run({ QStringLiteral("import"), site.url("/schedule.xml") }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("bookmark"), QStringLiteral("add"), caching,
                     QStringLiteral("--conference"), conferenceKey })
                 .exitCode,
        0);
    const QStringList before = dbtest::dump(m_database);
    // The next version: "Caching on the web" moves to Hall B at 15:00.
    QVERIFY(site.moveSession("Caching on the web", "Hall B", "15:00"));

    const Outcome refreshed
        = run({ QStringLiteral("refresh"), QStringLiteral("--conference"), conferenceKey });
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
    QVERIFY2(refreshed.out.contains(QLatin1String("moved: ")), qPrintable(refreshed.out));
    QVERIFY2(
        refreshed.out.contains(QLatin1String("Caching on the web")), qPrintable(refreshed.out));
    QVERIFY(dbtest::dump(m_database) != before);
    QCOMPARE(sourceOf(conferenceKey)->etag, QByteArray("\"2\""));
    const Outcome listed = run({ QStringLiteral("bookmark"), QStringLiteral("list"),
        QStringLiteral("--conference"), conferenceKey, QStringLiteral("--json") });
    QVERIFY2(listed.out.contains(QLatin1String("Hall B")), qPrintable(listed.out));

    // Unchanged since: answered "not modified", nothing written.
    const QStringList after = dbtest::dump(m_database);
    const Outcome again = run({ QStringLiteral("refresh") });
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QLatin1String("not modified")));
    QCOMPARE(dbtest::dump(m_database), after);
}

void TestUrlImport::failedImportsChangeNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("404") << QStringLiteral("/gone.xml")
                         << QStringLiteral("127.0.0.1 answered HTTP 404 Not Found");
    QTest::newRow("500") << QStringLiteral("/500")
                         << QStringLiteral("127.0.0.1 answered HTTP 500 Internal Server Error");
    QTest::newRow("truncated") << QStringLiteral("/truncated.xml") << QStringLiteral("127.0.0.1");
    QTest::newRow("redirect loop") << QStringLiteral("/loop") << QStringLiteral("loop");
    QTest::newRow("not a programme")
        << QStringLiteral("/garbage.xml") << QStringLiteral("/garbage.xml");
    QTest::newRow("an image") << QStringLiteral("/image.xml") << QStringLiteral("/image.xml");
    QTest::newRow("oversized") << QStringLiteral("/oversized.xml")
                               << QStringLiteral("larger than 64 MB");
    QTest::newRow("page without programme")
        << QStringLiteral("/nothing.html") << QStringLiteral("links to no programme");
}

void TestUrlImport::failedImportsChangeNothing()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    Site site;
    QCOMPARE(run({ QStringLiteral("import"), site.url("/schedule.xml") }).exitCode, 0);
    const QStringList before = dbtest::dump(m_database);
    const Outcome failed = run({ QStringLiteral("import"), site.url(qPrintable(path)) });
    QCOMPARE(failed.exitCode, int(CommandLine::Failure));
    QVERIFY2(failed.err.contains(message), qPrintable(failed.err));
    QVERIFY2(failed.err.contains(QLatin1String("Nothing was changed")), qPrintable(failed.err));
    QCOMPARE(dbtest::dump(m_database), before);
}

void TestUrlImport::failedRefreshesChangeNothing_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("published");
    QTest::newRow("500") << 500 << QByteArray();
    QTest::newRow("404") << 404 << QByteArray();
    QTest::newRow("unreadable new version") << 0 << QByteArray("<schedule><conference>");
    QTest::newRow("a web page now") << 0
                                    << QByteArray("<!DOCTYPE html><html><a href=\"schedule.json\">"
                                                  "new programme</a></html>");
}

void TestUrlImport::failedRefreshesChangeNothing()
{
    QFETCH(int, status);
    QFETCH(QByteArray, published);
    Site site;
    QCOMPARE(run({ QStringLiteral("import"), site.url("/schedule.xml") }).exitCode, 0);
    const QStringList before = dbtest::dump(m_database);
    if (status)
        site.breakWith(status);
    else
        site.publish(published);
    const Outcome failed = run({ QStringLiteral("refresh") });
    QCOMPARE(failed.exitCode, int(CommandLine::Failure));
    QVERIFY2(failed.err.contains(QLatin1String("/schedule.xml")), qPrintable(failed.err));
    if (status)
        QVERIFY2(failed.err.contains(QStringLiteral("answered HTTP %1").arg(status)),
            qPrintable(failed.err));
    QCOMPARE(dbtest::dump(m_database), before);
}

void TestUrlImport::pageWithSeveralProgrammesListsThem()
{
    Site site;
    QCOMPARE(run({ QStringLiteral("conferences") }).exitCode, 0);
    const QStringList before = dbtest::dump(m_database);
    const Outcome asked = run({ QStringLiteral("import"), site.url("/several.html") });
    QCOMPARE(asked.exitCode, int(CommandLine::Failure));
    QVERIFY2(asked.err.contains(site.url("/schedule.xml")), qPrintable(asked.err));
    QVERIFY2(asked.err.contains(site.url("/schedule.ics")), qPrintable(asked.err));
    QVERIFY(asked.err.contains(QLatin1String("Nothing was changed")));
    QCOMPARE(dbtest::dump(m_database), before);
}

void TestUrlImport::wrongContentTypeOfAProgrammeIsFine()
{
    // The format is told from the content, as for files: a programme served as
    // text/plain is a programme.
    Site site;
    const Outcome imported = run({ QStringLiteral("import"), site.url("/as-text.xml") });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(sourceOf(conferenceKey));
}

void TestUrlImport::redirectedProgrammeIsStoredAtTheAddressGiven()
{
    Site site;
    QCOMPARE(run({ QStringLiteral("import"), site.url("/moved") }).exitCode, 0);
    QCOMPARE(sourceOf(conferenceKey)->url.toString(), site.url("/moved"));
    const QStringList before = dbtest::dump(m_database);
    const Outcome refreshed = run({ QStringLiteral("refresh") });
    QVERIFY(refreshed.out.contains(QLatin1String("not modified")));
    QCOMPARE(dbtest::dump(m_database), before);
}

void TestUrlImport::credentialsAreNotStored()
{
    Site site;
    QUrl url(site.url("/schedule.xml"));
    url.setUserName(QStringLiteral("ada"));
    url.setPassword(QStringLiteral("s3cret-word"));
    const Outcome imported = run({ QStringLiteral("import"), url.toString() });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(!imported.out.contains(QLatin1String("s3cret-word")));
    QCOMPARE(sourceOf(conferenceKey)->url.toString(), site.url("/schedule.xml"));
    const QString dump = dbtest::dump(m_database).join(u'\n');
    QVERIFY(!dump.contains(QLatin1String("s3cret-word")));
    QVERIFY(!dump.contains(QLatin1String("ada@")));
}

void TestUrlImport::refreshNeedsAConferenceFromTheWeb()
{
    const Outcome none = run({ QStringLiteral("refresh") });
    QCOMPARE(none.exitCode, int(CommandLine::Failure));
    QVERIFY2(none.err.contains(QLatin1String("import URL")), qPrintable(none.err));
    const Outcome bundled = run(
        { QStringLiteral("refresh"), QStringLiteral("--conference"), QStringLiteral("gtc-2025") });
    QCOMPARE(bundled.exitCode, int(CommandLine::Failure));
    QVERIFY2(
        bundled.err.contains(QLatin1String("\"gtc-2025\" was not imported from a web address")),
        qPrintable(bundled.err));
    const Outcome unknown = run(
        { QStringLiteral("refresh"), QStringLiteral("--conference"), QStringLiteral("nope") });
    QCOMPARE(unknown.exitCode, int(CommandLine::Failure));
    const Outcome ftp
        = run({ QStringLiteral("import"), QStringLiteral("ftp://example.org/s.xml") });
    QCOMPARE(ftp.exitCode, int(CommandLine::Failure));
}

void TestUrlImport::silentServerChangesNothing()
{
    Site site;
    QCOMPARE(run({ QStringLiteral("import"), site.url("/schedule.xml") }).exitCode, 0);
    const QStringList before = dbtest::dump(m_database);
    httptest::Server slow([](const Request &) {
        Response r = Response::ok("<schedule/>", "application/xml");
        r.delayMs = 3000;
        return r;
    });
    ProgrammeFetch fetch;
    fetch.setLimits({ 8, 1, 1024 * 1024 });
    const DownloadResult result
        = fetch.fetch(slow.url(QStringLiteral("/schedule.xml")), {}, nullptr);
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("sent nothing")), qPrintable(result.error));
    QCOMPARE(dbtest::dump(m_database), before);
}

void TestUrlImport::refreshKeepsWhatChangedUntilSeen()
{
    Site site;
    QCOMPARE(run({ QStringLiteral("import"), site.url("/schedule.xml") }).exitCode, 0);
    {
        Database database;
        QVERIFY(database.open(m_database).ok());
        QVERIFY(
            SessionChangeStore(database).changes(conferenceKey).isEmpty()); // all new to the user
    }
    // The next version: one session moved, one retitled, one gone, one added.
    QVERIFY(site.moveSession("Caching on the web", "Hall B", "15:00"));
    QByteArray next = site.programme();
    next.replace("<title>Opening</title>", "<title>Grand opening</title>");
    const qsizetype panel = next.indexOf("<title>Closing panel</title>");
    const qsizetype from = next.lastIndexOf("<event", panel);
    next.remove(from, next.indexOf("</event>", panel) + 8 - from);
    next.replace("</room>\n  </day>",
        "<event guid=\"a1f2c3d4-0001-4000-8000-000000000005\" id=\"5\">"
        "<date>2026-05-02T16:00:00+02:00</date><start>16:00</start><duration>00:30</duration>"
        "<room>Hall B</room><title>Lightning talks</title><track>Tools</track></event>"
        "</room>\n  </day>");
    site.publish(next);
    const Outcome refreshed = run({ QStringLiteral("refresh") });
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));

    Database database;
    QVERIFY(database.open(m_database).ok());
    SessionChangeStore store(database);
    QList<SessionChange> changes = store.changes(conferenceKey);
    QHash<QString, SessionChange> byKey;
    for (const SessionChange &change : changes)
        byKey.insert(change.sessionKey, change);
    QCOMPARE(changes.size(), 4);
    const auto key
        = [](int n) { return QStringLiteral("a1f2c3d4-0001-4000-8000-00000000000%1").arg(n); };
    QCOMPARE(byKey.value(key(1)).kind, SessionChange::Kind::Changed);
    QCOMPARE(byKey.value(key(1)).oldTitle.text(Language::English), QStringLiteral("Opening"));
    QCOMPARE(byKey.value(key(2)).kind, SessionChange::Kind::Moved);
    QCOMPARE(byKey.value(key(2)).oldRoom, QStringLiteral("Hall A"));
    QCOMPARE(byKey.value(key(2)).oldStart, importtest::utc(2026, 5, 2, 9, 0));
    QCOMPARE(byKey.value(key(4)).kind, SessionChange::Kind::Cancelled);
    QCOMPARE(byKey.value(key(5)).kind, SessionChange::Kind::New);
    QVERIFY(!byKey.contains(key(3)));

    // Moved again before the user looked: still what they saw last.
    QVERIFY(site.moveSession("Caching on the web", "Hall C", "17:00"));
    QCOMPARE(run({ QStringLiteral("refresh") }).exitCode, 0);
    const SessionChange again = [&] {
        for (const SessionChange &change : store.changes(conferenceKey))
            if (change.sessionKey == key(2))
                return change;
        return SessionChange();
    }();
    QCOMPARE(again.kind, SessionChange::Kind::Moved);
    QCOMPARE(again.oldRoom, QStringLiteral("Hall A"));
    QCOMPARE(store.changes(conferenceKey).size(), 4);

    QVERIFY(store.markAllSeen(conferenceKey).ok());
    QVERIFY(store.changes(conferenceKey).isEmpty());
    // A refresh answered "not modified" finds nothing new either.
    QVERIFY(run({ QStringLiteral("refresh") }).out.contains(QLatin1String("not modified")));
    QVERIFY(store.changes(conferenceKey).isEmpty());
}

void TestUrlImport::sourceAndChangesGoWithTheConference()
{
    Site site;
    QCOMPARE(run({ QStringLiteral("import"), site.url("/schedule.xml") }).exitCode, 0);
    QVERIFY(site.moveSession("Opening", "Hall B", "09:00"));
    QCOMPARE(run({ QStringLiteral("refresh") }).exitCode, 0);
    Database database;
    QVERIFY(database.open(m_database).ok());
    QCOMPARE(SessionChangeStore(database).changes(conferenceKey).size(), 1);
    QVERIFY(ProgrammeStore(database)
                .deleteConference(conferenceKey, ProgrammeStore::KeepUserData)
                .ok());
    QVERIFY(!ProgrammeSourceStore(database).source(conferenceKey));
    QVERIFY(ProgrammeSourceStore(database).sources().isEmpty());
    QVERIFY(SessionChangeStore(database).changes(conferenceKey).isEmpty());
    QVERIFY(!ProgrammeSourceStore(database)
                 .setSource({ conferenceKey, QUrl(site.url("/schedule.xml")), {}, {}, {} })
                 .ok());
}

QTEST_GUILESS_MAIN(TestUrlImport)
#include "tst_urlimport.moc"
