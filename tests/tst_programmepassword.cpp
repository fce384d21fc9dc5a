#include "bundledconference.h"
#include "commandrunner.h"
#include "database.h"
#include "databasedump.h"
#include "importtesthelpers.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "openurlflow.h"
#include "programmedownload.h"
#include "programmepassworddialog.h"
#include "programmesourcestore.h"
#include "testhttpserver.h"
#include "windowtesthelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;
using httptest::Request;
using httptest::Response;

namespace {

const QString webconf = QStringLiteral("webconf26");
const QByteArray secret = "s3cret-Pa55";

// A programme behind HTTP Basic authentication, for "ada" with `secret`.
class ProtectedSite
{
public:
    ProtectedSite()
        : m_server([this](const Request &request) { return answer(request); })
        , m_programme(importtest::readAll(importtest::fixture("url-programme.xml")))
    {
    }
    QUrl url() const { return m_server.url(QStringLiteral("/schedule.xml")); }
    const QList<Request> &requests() const { return m_server.requests(); }
    int refused = 0;

private:
    Response answer(const Request &request)
    {
        const QByteArray expected = "Basic " + QByteArray("ada:" + secret).toBase64();
        if (request.headers.value("authorization") == expected) {
            if (request.headers.value("if-none-match") == "\"1\"")
                return Response::notModified();
            return Response::ok(m_programme, "application/xml").header("ETag", "\"1\"");
        }
        if (request.headers.contains("authorization"))
            ++refused;
        Response r = Response::error(401, "Unauthorized");
        r.header("WWW-Authenticate", "Basic realm=\"Speakers' programme\"");
        return r;
    }

    httptest::Server m_server;
    QByteArray m_programme;
};

// Answers the password dialogs as they come, one answer each: fills one in (or
// cancels it, for an empty user), keeping what each said.
void answerPasswordDialogs(const QList<std::pair<QString, QByteArray>> &answers, QStringList *said)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    auto left = std::make_shared<QList<std::pair<QString, QByteArray>>>(answers);
    auto answered = std::make_shared<QPointer<QWidget>>();
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        auto *dialog = qobject_cast<ProgrammePasswordDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == answered->data())
            return;
        *answered = dialog;
        const auto [user, password] = left->takeFirst();
        if (left->isEmpty()) {
            poll->stop();
            poll->deleteLater();
        }
        said->append(dialog->findChild<QLabel *>()->text());
        if (user.isEmpty()) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(dialog->userField(), user);
        QTest::keyClicks(dialog->passwordField(), QString::fromLatin1(password));
        QVERIFY(dialog->passwordField()->echoMode() == QLineEdit::Password);
        dialog->keepBox()->setChecked(false); // the tests keep nothing in a keyring
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    poll->start();
}

} // namespace

// A programme whose server asks for a user name and password (HTTP 401, Basic):
// the window asks for them, naming the server and its realm, and tries again; the
// command line says how to give them. They are never stored in clear.
class TestProgrammePassword : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void downloadSaysAPasswordIsNeeded();
    void credentialsGoOnlyToTheirHost();
    void windowAsksAndRetries();
    void windowAsksAgainWhenRefused();
    void automaticRefreshAsksNothing();
    void commandLineSaysHowToGiveIt();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("planner.sqlite")); }
    void verifyNoSecretStored();

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestProgrammePassword::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The user's own keyring is no place for a test's passwords: without a
    // session bus there is none, as on a machine without a desktop.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestProgrammePassword::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(databasePath()).ok());
    QVERIFY(BundledConference::ensureImported(*m_db).ok());
}

void TestProgrammePassword::cleanup()
{
    forgetUnansweredBoxes();
    m_db.reset();
    m_dir.reset();
}

void TestProgrammePassword::verifyNoSecretStored()
{
    QSettings().sync();
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains(secret));
    const QStringList dump = dbtest::dump(databasePath());
    for (const QString &line : dump)
        QVERIFY2(!line.contains(QString::fromLatin1(secret)), qPrintable(line));
    if (const auto source = ProgrammeSourceStore(*m_db).source(webconf))
        QVERIFY(source->url.userInfo().isEmpty());
}

void TestProgrammePassword::downloadSaysAPasswordIsNeeded()
{
    ProtectedSite site;
    ProgrammeDownload download;
    DownloadResult result = download.fetch(site.url());
    QCOMPARE(result.status, DownloadResult::Status::Failed);
    QVERIFY(result.needsPassword);
    QVERIFY(!result.passwordRefused);
    QCOMPARE(result.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(result.realm, QStringLiteral("Speakers' programme"));
    QVERIFY2(result.error.contains(QStringLiteral(
                 "127.0.0.1 asks for a user name and password for “Speakers' programme”")),
        qPrintable(result.error));

    download.setCredentials(
        QStringLiteral("127.0.0.1"), QStringLiteral("ada"), QStringLiteral("wrong"));
    result = download.fetch(site.url());
    QVERIFY(result.needsPassword);
    QVERIFY(result.passwordRefused);
    QVERIFY(result.error.contains(QLatin1String("refused the user name and password")));

    download.setCredentials(
        QStringLiteral("127.0.0.1"), QStringLiteral("ada"), QString::fromLatin1(secret));
    result = download.fetch(site.url());
    QCOMPARE(result.status, DownloadResult::Status::Downloaded);
    QVERIFY(!result.needsPassword);
    QVERIFY(result.body.contains("webconf26"));
    // Nothing of them in the address the result gives.
    QVERIFY(result.url.userInfo().isEmpty());
}

void TestProgrammePassword::credentialsGoOnlyToTheirHost()
{
    ProtectedSite site;
    ProgrammeDownload download;
    // Given for another host: the server asking here never sees them.
    download.setCredentials(
        QStringLiteral("conf.example"), QStringLiteral("ada"), QString::fromLatin1(secret));
    const DownloadResult result = download.fetch(site.url());
    QVERIFY(result.needsPassword);
    QVERIFY(!result.passwordRefused);
    for (const Request &request : site.requests())
        QVERIFY(!request.headers.contains("authorization"));
}

void TestProgrammePassword::windowAsksAndRetries()
{
    ProtectedSite site;
    auto window = openWindow(*m_db, m_translations);
    QVERIFY(window);
    QStringList said;
    answerPasswordDialogs({ { QStringLiteral("ada"), secret } }, &said);
    QString summary;
    whenMessageBoxShows([&summary](QMessageBox *box) {
        summary = box->text();
        box->button(QMessageBox::Ok)->click();
        return true;
    });
    QSignalSpy done(window->openUrlFlow(), &OpenUrlFlow::done);
    window->openUrlFlow()->open(site.url());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QCOMPARE(said.size(), 1);
    const QString asked = said.first();
    QVERIFY2(asked.contains(QStringLiteral("127.0.0.1 asks for a user name and password for "
                                           "“Speakers' programme”")),
        qPrintable(asked));
    QVERIFY2(summary.startsWith(QLatin1String("Imported ")), qPrintable(summary));
    QCOMPARE(window->conferenceKey(), webconf);
    QCOMPARE(site.refused, 0);
    verifyNoSecretStored();

    // F5 in the same run: the server's "not modified" with the same password, not asked again.
    window->openUrlFlow()->refresh(webconf);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("not changed")),
        qPrintable(window->statusBar()->currentMessage()));
}

void TestProgrammePassword::windowAsksAgainWhenRefused()
{
    ProtectedSite site;
    auto window = openWindow(*m_db, m_translations);
    QVERIFY(window);
    const QStringList before = dbtest::dump(databasePath());
    QStringList said;
    // Refused: asked again, saying so; cancelled then, nothing changes.
    answerPasswordDialogs({ { QStringLiteral("ada"), "guess" }, { QString(), {} } }, &said);
    QSignalSpy done(window->openUrlFlow(), &OpenUrlFlow::done);
    window->openUrlFlow()->open(site.url());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QCOMPARE(said.size(), 2);
    const QString second = said.at(1);
    QCOMPARE(site.refused, 1);
    QVERIFY2(
        second.startsWith(QLatin1String("127.0.0.1 did not accept the user name and password.")),
        qPrintable(second));
    QVERIFY2(
        window->statusBar()->currentMessage().startsWith(QLatin1String("Nothing was downloaded")),
        qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(dbtest::dump(databasePath()), before);
    QVERIFY(!window->openUrlFlow()->isBusy());
}

void TestProgrammePassword::automaticRefreshAsksNothing()
{
    ProtectedSite site;
    {
        // Imported from the command line, with the password given there.
        const QString file = m_dir->filePath(QStringLiteral("password"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(secret + '\n');
        out.close();
        const Outcome imported = runCommand(databasePath(),
            { QStringLiteral("import"), site.url().toString(), QStringLiteral("--user"),
                QStringLiteral("ada"), QStringLiteral("--password-file"), file });
        QCOMPARE(imported.exitCode, 0);
    }
    auto window = openWindow(*m_db, m_translations);
    QVERIFY(window);
    window->openConference(webconf);
    QSignalSpy done(window->openUrlFlow(), &OpenUrlFlow::done);
    window->openUrlFlow()->refresh(webconf, OpenUrlFlow::Mode::Quietly);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
    QVERIFY(!QApplication::activeModalWidget());
    const QString said = window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("asks for a user name and password")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("Refresh Programme (F5)")), qPrintable(said));
    verifyNoSecretStored();
}

void TestProgrammePassword::commandLineSaysHowToGiveIt()
{
    ProtectedSite site;
    const QString url = site.url().toString();
    const Outcome plain = runCommand(databasePath(), { QStringLiteral("import"), url });
    QCOMPARE(plain.exitCode, 1);
    QVERIFY2(plain.err.contains(QLatin1String("127.0.0.1 asks for a user name and password")),
        qPrintable(plain.err));
    QVERIFY2(plain.err.contains(QLatin1String("--user NAME")), qPrintable(plain.err));
    QVERIFY(plain.err.contains(QLatin1String("--password-file")));

    const QString file = m_dir->filePath(QStringLiteral("password"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("guess\n");
    out.close();
    const QStringList login { QStringLiteral("--user"), QStringLiteral("ada"),
        QStringLiteral("--password-file"), file };
    const Outcome refused
        = runCommand(databasePath(), QStringList { QStringLiteral("import"), url } + login);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("refused the user name and password")),
        qPrintable(refused.err));

    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(secret + "\n");
    out.close();
    const Outcome imported
        = runCommand(databasePath(), QStringList { QStringLiteral("import"), url } + login);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.startsWith(QLatin1String("Imported ")), qPrintable(imported.out));

    // A refresh without them says so; with them, the server says "not modified".
    const Outcome bare = runCommand(databasePath(), { QStringLiteral("refresh") });
    QCOMPARE(bare.exitCode, 1);
    QVERIFY(bare.err.contains(QLatin1String("needs a password")));
    const Outcome refreshed
        = runCommand(databasePath(), QStringList { QStringLiteral("refresh") } + login);
    QCOMPARE(refreshed.exitCode, 0);
    verifyNoSecretStored();

    const Outcome help = runCommand(databasePath(), { QStringLiteral("--help") });
    QVERIFY(
        help.out.contains(QLatin1String("A programme behind a password (import URL, refresh):")));
}

QTEST_MAIN(TestProgrammePassword)
#include "tst_programmepassword.moc"
