#include "agendabuilder.h"
#include "agendapublisher.h"
#include "caldavclient.h"
#include "caldavsyncstore.h"
#include "icswriter.h"
#include "publishfixture.h"
#include "publishscheduler.h"
#include "radicaleserver.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace planner;
using publishfixture::conference;
using publishfixture::sessionKey;

// Publishing to a real CalDAV server: Radicale on 127.0.0.1 with its own storage
// folder and users, started for each test; what it holds is read back with an
// independent client (python3-caldav).
class TestAgendaPublisher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void discoversFromTheRootAndTheWellKnownAddress();
    void firstPublishPutsTheExportsEvents();
    void changeSendsOnlyThatEvent();
    void unbookmarkedSessionDisappears();
    void editByAnotherClientIsPutBack();
    void conflictDuringPublishIsPutBack();
    void deletedByAnotherClientIsPutBack();
    void wrongPasswordIsSaidInWords();
    void missingCalendarIsSaidInWords();
    void stoppedServerIsSaidInWords();
    void interruptedPublishIsCompletedByTheNext();
    void fiveHundredBookmarks();
    void schedulerRetriesUntilTheServerIsBack();

private:
    // Finds the account's calendar home, makes the conference's calendar there and
    // stores the account; the calendar's URL.
    QUrl connectAccount(bool withNotes = false);
    PublishOutcome publish(AgendaPublisher &publisher);
    PublishOutcome publish();
    QJsonArray serverEvents();
    QSet<QString> serverUids();

    std::unique_ptr<RadicaleServer> m_server;
    std::unique_ptr<publishfixture::Fixture> m_fixture;
    std::unique_ptr<CalDavClient> m_client;
    QUrl m_calendar;
};

namespace {

template <typename Result, typename Call> std::optional<Result> waitFor(Call call, int ms = 60000)
{
    std::optional<Result> result;
    call([&](const Result &answer) { result = answer; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        return std::nullopt;
    return result;
}

} // namespace

void TestAgendaPublisher::initTestCase()
{
    // dev.sh installs radicale (tests/tools/required-programs): only a machine
    // set up by hand can lack it.
    if (!RadicaleServer::available())
        QSKIP(
            "radicale is not installed (Debian package radicale): no CalDAV server to publish to");
}

void TestAgendaPublisher::init()
{
    m_server = std::make_unique<RadicaleServer>();
    const QString error = m_server->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_fixture = std::make_unique<publishfixture::Fixture>();
    QVERIFY(m_fixture->setUp(600));
    m_client = std::make_unique<CalDavClient>();
    m_client->setCredentials(m_server->user, m_server->password);
    m_client->setTimeout(20000);
}

void TestAgendaPublisher::cleanup()
{
    m_client.reset();
    m_fixture.reset();
    m_server.reset(); // stops it
}

QUrl TestAgendaPublisher::connectAccount(bool withNotes)
{
    const std::optional<CalDavDiscovery> found
        = waitFor<CalDavDiscovery>([&](auto done) { m_client->discover(m_server->url(), done); });
    if (!found || !found->error.isEmpty()) {
        qWarning() << "discovery failed:" << (found ? found->error : QStringLiteral("no answer"));
        return {};
    }
    const QUrl calendar = found->home.resolved(QUrl(QStringLiteral("pubconf/")));
    const std::optional<CalDavReply> made = waitFor<CalDavReply>([&](auto done) {
        m_client->makeCalendar(calendar, publishfixture::conferenceTitle, done);
    });
    if (!made || !made->ok()) {
        qWarning() << "MKCALENDAR failed:" << (made ? made->error : QStringLiteral("no answer"));
        return {};
    }
    CalDavSyncStore(m_fixture->database())
        .setAccount({ conference, m_server->url(), m_server->user, calendar,
            publishfixture::conferenceTitle, withNotes });
    m_calendar = calendar;
    return calendar;
}

PublishOutcome TestAgendaPublisher::publish(AgendaPublisher &publisher)
{
    std::optional<PublishOutcome> outcome;
    QMetaObject::Connection c = connect(&publisher, &AgendaPublisher::finished, this,
        [&](const PublishOutcome &o) { outcome = o; });
    publisher.publish(conference);
    const bool answered = QTest::qWaitFor([&] { return outcome.has_value(); }, 120000);
    disconnect(c);
    if (answered)
        return *outcome;
    PublishOutcome none;
    none.error = QStringLiteral("no answer");
    return none;
}

PublishOutcome TestAgendaPublisher::publish()
{
    AgendaPublisher publisher(m_fixture->database(), *m_client);
    return publish(publisher);
}

QJsonArray TestAgendaPublisher::serverEvents()
{
    QString error;
    const QJsonArray events = m_server->events(m_calendar, &error);
    if (!error.isEmpty())
        qWarning() << "caldav-peek:" << error;
    return events;
}

QSet<QString> TestAgendaPublisher::serverUids()
{
    QSet<QString> uids;
    for (const QJsonValue &event : serverEvents())
        uids.insert(event[QStringLiteral("uid")].toString());
    return uids;
}

void TestAgendaPublisher::discoversFromTheRootAndTheWellKnownAddress()
{
    QVERIFY(!connectAccount().isEmpty());
    for (const QString &path : { QStringLiteral("/"), QStringLiteral("/.well-known/caldav") }) {
        const std::optional<CalDavDiscovery> found = waitFor<CalDavDiscovery>(
            [&](auto done) { m_client->discover(m_server->url().resolved(QUrl(path)), done); });
        QVERIFY(found);
        QVERIFY2(found->error.isEmpty(), qPrintable(found->error));
        QCOMPARE(found->home.path(), QStringLiteral("/alice/"));
        QCOMPARE(found->calendars.size(), 1);
        QCOMPARE(found->calendars.first().name, publishfixture::conferenceTitle);
        QCOMPARE(found->calendars.first().url, m_calendar);
    }
    // The independent client sees the calendar made, by its name.
    const QJsonArray calendars
        = QJsonDocument::fromJson(m_server->peek({ QStringLiteral("calendars") })).array();
    QCOMPARE(calendars.size(), 1);
    QCOMPARE(calendars.first()[QStringLiteral("name")].toString(), publishfixture::conferenceTitle);
}

void TestAgendaPublisher::firstPublishPutsTheExportsEvents()
{
    QVERIFY(!connectAccount(true).isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(5));
    UserDataStore user(m_fixture->database());
    QVERIFY(user.setNote(conference, sessionKey(2), QStringLiteral("問講者: 同步, \"衝突\"; 再試"))
                .ok());

    const PublishOutcome outcome = publish();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.published, 5);
    QCOMPARE(outcome.created, 5);
    QVERIFY(
        PublishScheduler::statusText(outcome).startsWith(QStringLiteral("Published 5 session")));
    QVERIFY(PublishScheduler::statusText(outcome).endsWith(
        QStringLiteral(" to Publishing Conference 2026")));

    // The same UIDs and texts as the ICS export.
    const QJsonArray events = serverEvents();
    QCOMPARE(events.size(), 5);
    for (const QJsonValue &event : events) {
        const QString summary = event[QStringLiteral("summary")].toString();
        const int i = summary.section(u' ', 1, 1).section(u';', 0, 0).toInt();
        QCOMPARE(summary, QStringLiteral("Talk %1; on calendars, sync").arg(i));
        QCOMPARE(
            event[QStringLiteral("uid")].toString(), IcsWriter::uid(conference, sessionKey(i)));
        QCOMPARE(
            event[QStringLiteral("location")].toString(), QStringLiteral("Room %1").arg(i % 7));
        const QString description = event[QStringLiteral("description")].toString();
        QVERIFY2(description.contains(QStringLiteral("Speaker %1, 林小明").arg(i)),
            qPrintable(description));
        QVERIFY(
            description.contains(QStringLiteral("What talk %1 is about.\nSecond line.").arg(i)));
        QCOMPARE(description.contains(QStringLiteral("問講者: 同步, \"衝突\"; 再試")), i == 2);
    }
    // The server's copy starts when the export's event does.
    ExportOptions options;
    options.withNotes = true;
    const QByteArray exported
        = IcsWriter(options).write(AgendaBuilder(m_fixture->database()).build(conference));
    const QByteArray uid = IcsWriter::uid(conference, sessionKey(2)).toUtf8();
    const qsizetype at = exported.indexOf("UID:" + uid);
    QVERIFY(at > 0);
    const QByteArray start = exported.mid(exported.indexOf("DTSTART:", at), 25);
    const QUrl url = AgendaPublisher::eventUrl(m_calendar, QString::fromUtf8(uid));
    const std::optional<CalDavReply> got
        = waitFor<CalDavReply>([&](auto done) { m_client->get(url, done); });
    QVERIFY(got && got->ok());
    QVERIFY2(got->body.contains(start), start.constData());
    QVERIFY(got->body.contains("UID:" + uid));
    QVERIFY(!got->body.contains("METHOD:"));

    // Nothing changed: nothing is sent.
    const PublishOutcome again = publish();
    QVERIFY(again.ok());
    QCOMPARE(again.published, 5);
    QCOMPARE(again.created + again.updated + again.removed, 0);
}

void TestAgendaPublisher::changeSendsOnlyThatEvent()
{
    QVERIFY(!connectAccount(true).isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(4));
    QVERIFY(publish().ok());
    const QString etagBefore
        = CalDavSyncStore(m_fixture->database()).events(conference).value(sessionKey(1)).etag;

    QVERIFY(UserDataStore(m_fixture->database())
                .setNote(conference, sessionKey(1), QStringLiteral("bring the laptop"))
                .ok());
    const PublishOutcome outcome = publish();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.created, 0);
    QCOMPARE(outcome.published, 4);
    QVERIFY(CalDavSyncStore(m_fixture->database()).events(conference).value(sessionKey(1)).etag
        != etagBefore);
    int withNote = 0;
    for (const QJsonValue &event : serverEvents())
        withNote += event[QStringLiteral("description")].toString().contains(
            QStringLiteral("bring the laptop"));
    QCOMPARE(withNote, 1);
}

void TestAgendaPublisher::unbookmarkedSessionDisappears()
{
    QVERIFY(!connectAccount().isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(3));
    QVERIFY(publish().ok());
    QCOMPARE(serverUids().size(), 3);

    QVERIFY(
        UserDataStore(m_fixture->database()).setBookmarked(conference, sessionKey(1), false).ok());
    const PublishOutcome outcome = publish();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.removed, 1);
    QCOMPARE(outcome.published, 2);
    QCOMPARE(serverUids(),
        (QSet<QString> { IcsWriter::uid(conference, sessionKey(0)),
            IcsWriter::uid(conference, sessionKey(2)) }));
    QCOMPARE(CalDavSyncStore(m_fixture->database()).events(conference).size(), 2);
    QCOMPARE(m_server->storedFiles(m_calendar.path()), 2);
}

void TestAgendaPublisher::editByAnotherClientIsPutBack()
{
    QVERIFY(!connectAccount().isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(3));
    QVERIFY(publish().ok());
    const QString uid = IcsWriter::uid(conference, sessionKey(0));
    QString error;
    m_server->peek({ QStringLiteral("edit"), m_calendar.toString(), uid,
                       QStringLiteral("Edited on the phone") },
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const PublishOutcome outcome = publish();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.restored, 1);
    QCOMPARE(outcome.log.size(), 1);
    QVERIFY2(
        outcome.log.first().contains(QStringLiteral("changed in the calendar by someone else")),
        qPrintable(outcome.log.first()));
    for (const QJsonValue &event : serverEvents())
        QVERIFY(!event[QStringLiteral("summary")].toString().contains(QStringLiteral("Edited")));
    // The user's data is as it was: publishing never writes it.
    QCOMPARE(UserDataStore(m_fixture->database()).bookmarks(conference).size(), 3);
}

void TestAgendaPublisher::conflictDuringPublishIsPutBack()
{
    // The other client edits between our look at the calendar and our PUT: the
    // server answers 412, the event is fetched and ours put back.
    QVERIFY(!connectAccount().isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(2));
    QVERIFY(publish().ok());
    QVERIFY(UserDataStore(m_fixture->database())
                .setNote(conference, sessionKey(1), QStringLiteral("new note"))
                .ok());
    CalDavSyncStore(m_fixture->database())
        .setAccount({ conference, m_server->url(), m_server->user, m_calendar,
            publishfixture::conferenceTitle, true });

    AgendaPublisher publisher(m_fixture->database(), *m_client);
    QString error;
    connect(&publisher, &AgendaPublisher::planned, this, [&](int changes) {
        QCOMPARE(changes, 1);
        m_server->peek(
            { QStringLiteral("edit"), m_calendar.toString(),
                IcsWriter::uid(conference, sessionKey(1)), QStringLiteral("Edited meanwhile") },
            &error);
    });
    const PublishOutcome outcome = publish(publisher);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.restored, 1);
    QCOMPARE(outcome.log.size(), 1);
    QVERIFY(outcome.log.first().contains(QStringLiteral("put back")));
    for (const QJsonValue &event : serverEvents()) {
        QVERIFY(!event[QStringLiteral("summary")].toString().contains(QStringLiteral("Edited")));
        if (event[QStringLiteral("uid")].toString() == IcsWriter::uid(conference, sessionKey(1)))
            QVERIFY(event[QStringLiteral("description")].toString().contains(
                QStringLiteral("new note")));
    }
}

void TestAgendaPublisher::deletedByAnotherClientIsPutBack()
{
    QVERIFY(!connectAccount().isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(3));
    QVERIFY(publish().ok());
    QString error;
    m_server->peek({ QStringLiteral("delete"), m_calendar.toString(),
                       IcsWriter::uid(conference, sessionKey(2)) },
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(serverUids().size(), 2);

    const PublishOutcome outcome = publish();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.restored, 1);
    QVERIFY(outcome.log.value(0).contains(QStringLiteral("deleted")));
    QCOMPARE(serverUids().size(), 3);
}

void TestAgendaPublisher::wrongPasswordIsSaidInWords()
{
    QVERIFY(!connectAccount().isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(2));
    m_client->setCredentials(m_server->user, QStringLiteral("wrong"));
    const PublishOutcome outcome = publish();
    QVERIFY(!outcome.ok());
    QCOMPARE(
        outcome.error, QStringLiteral("127.0.0.1 did not accept the user name or password (401)"));
    QCOMPARE(outcome.published, 0);
    QVERIFY(CalDavSyncStore(m_fixture->database()).events(conference).isEmpty());
    QCOMPARE(m_server->storedFiles(m_calendar.path()), 0);
    const std::optional<CalDavDiscovery> found
        = waitFor<CalDavDiscovery>([&](auto done) { m_client->discover(m_server->url(), done); });
    QVERIFY(found);
    QVERIFY(found->error.contains(QStringLiteral("(401)")));
}

void TestAgendaPublisher::missingCalendarIsSaidInWords()
{
    QVERIFY(!connectAccount().isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(1));
    const QUrl gone = m_server->url().resolved(QUrl(QStringLiteral("/alice/nothing-here/")));
    CalDavSyncStore(m_fixture->database())
        .setAccount(
            { conference, m_server->url(), m_server->user, gone, QStringLiteral("Gone"), false });
    const PublishOutcome outcome = publish();
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QStringLiteral("(404 Not Found)")), qPrintable(outcome.error));
    QVERIFY(outcome.error.contains(gone.toString()));
}

void TestAgendaPublisher::stoppedServerIsSaidInWords()
{
    QVERIFY(!connectAccount().isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(1));
    m_server->kill();
    const PublishOutcome outcome = publish();
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QStringLiteral("refused the connection")),
        qPrintable(outcome.error));
    QVERIFY(
        PublishScheduler::statusText(outcome, 10000)
            .startsWith(QStringLiteral(
                "Could not publish to Publishing Conference 2026: %1. Trying again in 10 second")
                            .arg(outcome.error)));
}

void TestAgendaPublisher::interruptedPublishIsCompletedByTheNext()
{
    QVERIFY(!connectAccount().isEmpty());
    const int count = 200;
    QVERIFY(m_fixture->bookmarkFirst(count));
    AgendaPublisher publisher(m_fixture->database(), *m_client);
    bool killed = false;
    connect(&publisher, &AgendaPublisher::progress, this, [&](int done) {
        if (done == 20 && !killed) {
            killed = true;
            m_server->kill(); // mid-publish, with requests in flight
        }
    });
    const PublishOutcome cut = publish(publisher);
    QVERIFY(!cut.ok());
    QVERIFY2(
        cut.published >= 20 && cut.published < count, qPrintable(QString::number(cut.published)));
    const int storedBefore = m_server->storedFiles(m_calendar.path());
    QVERIFY(storedBefore < count);

    QString error = m_server->start(); // the same port and storage
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const PublishOutcome next = publish(publisher);
    QVERIFY2(next.ok(), qPrintable(next.error));
    QCOMPARE(next.published, count);
    QCOMPARE(next.created + next.updated, count - cut.published);
    QCOMPARE(m_server->storedFiles(m_calendar.path()), count);
    QSet<QString> expected;
    for (int i = 0; i < count; ++i)
        expected.insert(IcsWriter::uid(conference, sessionKey(i)));
    const QJsonArray events = serverEvents();
    QCOMPARE(events.size(), count); // no event twice
    QCOMPARE(serverUids(), expected);
}

void TestAgendaPublisher::fiveHundredBookmarks()
{
    QVERIFY(!connectAccount().isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(500));
    const PublishOutcome outcome = publish();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.published, 500);
    QCOMPARE(m_server->storedFiles(m_calendar.path()), 500);
    QCOMPARE(serverUids().size(), 500);

    QStringList dropped;
    for (int i = 100; i < 400; ++i)
        dropped.append(sessionKey(i));
    QVERIFY(UserDataStore(m_fixture->database()).setBookmarked(conference, dropped, false).ok());
    const PublishOutcome after = publish();
    QVERIFY2(after.ok(), qPrintable(after.error));
    QCOMPARE(after.removed, 300);
    QCOMPARE(after.published, 200);
    QCOMPARE(m_server->storedFiles(m_calendar.path()), 200);
    QVERIFY(!serverUids().contains(IcsWriter::uid(conference, sessionKey(250))));
}

void TestAgendaPublisher::schedulerRetriesUntilTheServerIsBack()
{
    QVERIFY(!connectAccount().isEmpty());
    QVERIFY(m_fixture->bookmarkFirst(3));
    AgendaPublisher publisher(m_fixture->database(), *m_client);
    PublishScheduler scheduler(publisher);
    scheduler.setDelays(50, 300, 1200);
    scheduler.setConference(conference);
    QStringList statuses;
    connect(&scheduler, &PublishScheduler::statusChanged, this,
        [&](const QString &s) { statuses.append(s); });

    m_server->kill();
    scheduler.changed();
    scheduler.changed(); // several changes, one publish
    QVERIFY(QTest::qWaitFor([&] { return statuses.size() >= 2; }, 20000));
    QVERIFY2(statuses.first().startsWith(
                 QStringLiteral("Could not publish to Publishing Conference 2026: ")),
        qPrintable(statuses.first()));
    QVERIFY(statuses.first().contains(QStringLiteral("Trying again in 1 second")));
    QVERIFY(scheduler.isRetrying());
    QCOMPARE(scheduler.nextRetryMs(), 600); // doubled after the second failure

    QVERIFY(m_server->start().isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] { return statuses.last().startsWith(QStringLiteral("Published")); }, 20000));
    QVERIFY(statuses.last().startsWith(QStringLiteral("Published 3 session")));
    QVERIFY(!scheduler.isRetrying());
    QCOMPARE(m_server->storedFiles(m_calendar.path()), 3);
}

QTEST_GUILESS_MAIN(TestAgendaPublisher)
#include "tst_agendapublisher.moc"
