// Text that looks like SQL, quotes, NUL and LIKE wildcards in every field a user or
// a programme file can set, through the real paths: a programme imported on the
// command line, notes and bookmarks on the command line, annotations and own key
// points through the store, searches on the command line and through
// SearchTextQuery. Nothing may be executed, every value must come back exactly,
// and searches match the text literally.
#include "applicationinfo.h"
#include "commandline.h"
#include "commandrunner.h"
#include "database.h"
#include "programmestore.h"
#include "sessionsearch.h"
#include "searchtextquery.h"
#include "userdatastore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace planner;

namespace {

// Each field gets its own variant, so a value landing in the wrong column shows.
QString hostile(const char *field)
{
    return QStringLiteral("'); DROP TABLE session; -- \" OR 1=1 -- 100% _x_ \\ [%1] ")
        + QLatin1String(field) + QStringLiteral(" \\0 ") + QChar(u'\0') + QStringLiteral(" end");
}

const QString conferenceKey = QStringLiteral("c'); DROP TABLE conference; --%_");
const QString sessionKey = QStringLiteral("s'); DELETE FROM note; --%_\"");
const QString plainKey = QStringLiteral("plain");

QJsonObject text(const char *field)
{
    return { { QStringLiteral("en"), hostile(field) },
        { QStringLiteral("zh_TW"), hostile(field) + QStringLiteral("（中文）") } };
}

// A programme with every text field hostile, and a plain session beside it whose
// stored lists (speakers, key points, topics) are JSON with quotes and brackets.
QByteArray programme()
{
    QJsonObject conference { { QStringLiteral("key"), conferenceKey },
        { QStringLiteral("title"), text("conference title") },
        { QStringLiteral("description"), QJsonArray { text("conference description") } },
        { QStringLiteral("city"), hostile("city") }, { QStringLiteral("venue"), hostile("venue") },
        { QStringLiteral("start"), QStringLiteral("2026-03-01") },
        { QStringLiteral("end"), QStringLiteral("2026-03-02") },
        { QStringLiteral("timeZone"), QStringLiteral("Europe/Brussels") } };
    const QString trackKey = QStringLiteral("t'); DROP TABLE track; --");
    QJsonObject hostileSession { { QStringLiteral("key"), sessionKey },
        { QStringLiteral("track"), trackKey }, { QStringLiteral("code"), hostile("code") },
        { QStringLiteral("title"), text("title") },
        { QStringLiteral("subtitle"), text("subtitle") },
        { QStringLiteral("overview"), text("abstract") },
        { QStringLiteral("description"), text("description") },
        { QStringLiteral("keyPoints"),
            QJsonArray { QJsonObject { { QStringLiteral("lead"), text("lead") },
                { QStringLiteral("text"), text("key point") } } } },
        { QStringLiteral("topics"), QJsonArray { text("topic") } },
        { QStringLiteral("room"), hostile("room") },
        { QStringLiteral("speakers"), QJsonArray { hostile("speaker") } },
        { QStringLiteral("links"),
            QJsonArray { QJsonObject {
                { QStringLiteral("url"), QStringLiteral("https://x.example/'%20OR%201=1") },
                { QStringLiteral("title"), hostile("link") } } } },
        { QStringLiteral("language"), hostile("language") },
        { QStringLiteral("type"), hostile("type") },
        { QStringLiteral("start"), QStringLiteral("2026-03-01T10:00:00") },
        { QStringLiteral("end"), QStringLiteral("2026-03-01T11:00:00") } };
    QJsonObject plainSession { { QStringLiteral("key"), plainKey },
        { QStringLiteral("track"), trackKey }, { QStringLiteral("code"), QStringLiteral("P1") },
        { QStringLiteral("title"),
            QJsonObject { { QStringLiteral("en"), QStringLiteral("Plain talk") } } },
        { QStringLiteral("keyPoints"),
            QJsonArray { QJsonObject {
                { QStringLiteral("lead"),
                    QJsonObject { { QStringLiteral("en"), QStringLiteral("Lead") } } },
                { QStringLiteral("text"),
                    QJsonObject { { QStringLiteral("en"), QStringLiteral("Wombat") } } } } } },
        { QStringLiteral("topics"),
            QJsonArray { QJsonObject { { QStringLiteral("en"), QStringLiteral("Platypus") } } } },
        { QStringLiteral("speakers"), QJsonArray { QStringLiteral("Plain Speaker") } },
        { QStringLiteral("room"), QStringLiteral("Room") },
        { QStringLiteral("start"), QStringLiteral("2026-03-01T12:00:00") } };
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("conference-planner-programme") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("conference"), conference },
        { QStringLiteral("tracks"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), trackKey },
                { QStringLiteral("name"), text("track") } } } },
        { QStringLiteral("sessions"), QJsonArray { hostileSession, plainSession } } };
    return QJsonDocument(root).toJson();
}

QString zh(const char *field)
{
    return hostile(field) + QStringLiteral("（中文）");
}

} // namespace

class TestSqlInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void programmeFieldsRoundTrip();
    void notesAndBookmarksRoundTrip();
    void annotationsAndOwnKeyPointsRoundTrip();
    void searchMatchesLiterally_data();
    void searchMatchesLiterally();
    void searchTextsHoldTheValues();
    void searchTextsHoldTheValuesAsUtf8();
    void tablesAllStillExist();

private:
    Outcome run(const QStringList &arguments) const;
    QStringList tables() const;

    QTemporaryDir m_dir;
    QString m_database;
    QStringList m_tables;
};

void TestSqlInjection::initTestCase()
{
    ApplicationInfo::apply();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("planner.sqlite"));
    QCOMPARE(run({ QStringLiteral("conferences") }).exitCode, int(CommandLine::Success));
    m_tables = tables();
    QVERIFY(m_tables.contains(QStringLiteral("session")));

    const QString path = m_dir.filePath(QStringLiteral("'; DROP TABLE note; --.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(programme());
    file.close();
    const Outcome r = run({ QStringLiteral("import"), path });
    QVERIFY2(r.exitCode == CommandLine::Success, qPrintable(r.err));
}

Outcome TestSqlInjection::run(const QStringList &arguments) const
{
    return runCommand(m_database, arguments);
}

QStringList TestSqlInjection::tables() const
{
    Database db;
    if (!db.open(m_database).ok())
        return {};
    QSqlQuery q(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
        db.connection());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void TestSqlInjection::programmeFieldsRoundTrip()
{
    Database db;
    QVERIFY(db.open(m_database).ok());
    const ProgrammeStore store(db);
    const std::optional<Conference> c = store.conference(conferenceKey);
    QVERIFY(c);
    QCOMPARE(c->title.en, hostile("conference title"));
    QCOMPARE(c->title.zh, zh("conference title"));
    QCOMPARE(c->description.value(0).en, hostile("conference description"));
    QCOMPARE(c->city, hostile("city"));
    QCOMPARE(c->venue, hostile("venue"));
    QCOMPARE(store.tracks(conferenceKey).value(0).name.en, hostile("track"));

    const std::optional<Session> s = store.session(conferenceKey, sessionKey);
    QVERIFY(s);
    QCOMPARE(s->code, hostile("code"));
    QCOMPARE(s->title.en, hostile("title"));
    QCOMPARE(s->title.zh, zh("title"));
    QCOMPARE(s->subtitle.en, hostile("subtitle"));
    QCOMPARE(s->overview.en, hostile("abstract"));
    QCOMPARE(s->description.zh, zh("description"));
    QCOMPARE(s->keyPoints.value(0).lead.en, hostile("lead"));
    QCOMPARE(s->keyPoints.value(0).text.zh, zh("key point"));
    QCOMPARE(s->topics.value(0).en, hostile("topic"));
    QCOMPARE(s->room, hostile("room"));
    QCOMPARE(s->speakers, QStringList { hostile("speaker") });
    QCOMPARE(s->links.value(0).title, hostile("link"));
    QCOMPARE(s->language, hostile("language"));
    QCOMPARE(s->type, hostile("type"));

    // The command line prints them as they are, keys included.
    const Outcome listing = run({ QStringLiteral("sessions"), QStringLiteral("--conference"),
        conferenceKey, QStringLiteral("--json") });
    QCOMPARE(listing.exitCode, int(CommandLine::Success));
    const QJsonArray sessions = QJsonDocument::fromJson(listing.out.toUtf8()).array();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).toObject().value(QLatin1String("key")).toString(), sessionKey);
    QCOMPARE(sessions.at(0).toObject().value(QLatin1String("title")).toString(), hostile("title"));
}

void TestSqlInjection::notesAndBookmarksRoundTrip()
{
    const QStringList conference = { QStringLiteral("--conference"), conferenceKey };
    const QString note = hostile("note");
    QCOMPARE(run(QStringList { QStringLiteral("note"), QStringLiteral("set"), sessionKey, note }
                 + conference)
                 .exitCode,
        int(CommandLine::Success));
    const Outcome got = run(
        QStringList { QStringLiteral("note"), QStringLiteral("get"), sessionKey } + conference);
    QCOMPARE(got.exitCode, int(CommandLine::Success));
    QCOMPARE(got.out, note);
    QCOMPARE(run(QStringList { QStringLiteral("bookmark"), QStringLiteral("add"), sessionKey }
                 + conference)
                 .exitCode,
        int(CommandLine::Success));
    const Outcome list = run(
        QStringList { QStringLiteral("bookmark"), QStringLiteral("list"), QStringLiteral("--json") }
        + conference);
    const QJsonArray bookmarks = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(bookmarks.size(), 1);
    QCOMPARE(bookmarks.at(0).toObject().value(QLatin1String("key")).toString(), sessionKey);
}

void TestSqlInjection::annotationsAndOwnKeyPointsRoundTrip()
{
    Database db;
    QVERIFY(db.open(m_database).ok());
    UserDataStore store(db);
    const Annotation annotation { QStringLiteral("p'); DROP TABLE annotation; --"), true,
        hostile("comment") };
    QVERIFY(store.setAnnotation(conferenceKey, sessionKey, annotation).ok());
    QCOMPARE(store.annotations(conferenceKey, sessionKey), QList<Annotation> { annotation });
    QString key;
    QVERIFY(store.addUserKeyPoint(conferenceKey, sessionKey, hostile("own point"), &key).ok());
    const QList<UserKeyPoint> points = store.userKeyPoints(conferenceKey, sessionKey);
    QCOMPARE(points.size(), 1);
    QCOMPARE(points.first().key, key);
    QCOMPARE(points.first().text, hostile("own point"));
}

void TestSqlInjection::searchMatchesLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    const QStringList hostileOnly { sessionKey };
    // Signs are gaps between words: wildcards and quotes alone are no words and
    // list every session; the stored lists' JSON syntax is never searched.
    for (const char *literal : { "%", "_", "'", "\"", "\\", "[", "{", ":" })
        QTest::newRow(literal) << QString::fromUtf8(literal) << QStringList { sessionKey, plainKey };
    for (const char *syntax : { "\"en\"", "text" })
        QTest::newRow(syntax) << QString::fromUtf8(syntax) << QStringList();
    QTest::newRow("statement") << QStringLiteral("'); DROP TABLE session; --") << hostileOnly;
    QTest::newRow("NUL") << QString(QChar(u'\0')) << QStringList { sessionKey, plainKey };
    QTest::newRow("wildcard is no letter") << QStringLiteral("1_0") << QStringList();
    QTest::newRow("speaker") << QStringLiteral("Plain Speaker") << QStringList { plainKey };
    QTest::newRow("key point") << QStringLiteral("Wombat") << QStringList { plainKey };
    QTest::newRow("topic") << QStringLiteral("Platypus") << QStringList { plainKey };
    QTest::newRow("hostile speaker") << QStringLiteral("] speaker \\0") << hostileOnly;
}

void TestSqlInjection::searchMatchesLiterally()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    Database db;
    QVERIFY(db.open(m_database).ok());
    const std::optional<QList<Session>> sessions = SessionSearch(db).find(conferenceKey, text);
    QVERIFY(sessions);
    QStringList viaSearch;
    for (const Session &session : *sessions)
        viaSearch.append(session.key);
    QCOMPARE(viaSearch, keys);
    if (text.contains(QChar(u'\0')))
        return; // a command-line argument cannot hold a NUL
    const Outcome r = run({ QStringLiteral("sessions"), QStringLiteral("--conference"),
        conferenceKey, QStringLiteral("--search"), text, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QStringList found;
    for (const QJsonValue &value : QJsonDocument::fromJson(r.out.toUtf8()).array())
        found << value.toObject().value(QLatin1String("key")).toString();
    QCOMPARE(found, keys);
}

void TestSqlInjection::searchTextsHoldTheValues()
{
    Database db;
    QVERIFY(db.open(m_database).ok());
    const QHash<QString, SearchTextQuery::Texts> texts = SearchTextQuery(db).load(conferenceKey);
    QCOMPARE(texts.size(), 2);
    const SearchTextQuery::Texts &t = texts.value(sessionKey);
    for (const char *field : { "code", "title", "abstract", "description", "room", "speaker",
             "key point", "lead", "topic", "subtitle" })
        QVERIFY2(t.content.contains(hostile(field)), field);
    QCOMPARE(t.note, hostile("note"));
}

void TestSqlInjection::searchTextsHoldTheValuesAsUtf8()
{
    // The index's own reading, in two parts as its worker reads them: every
    // session once, every value whole (quotes and backslashes in the JSON of the
    // speakers, a NUL), the note apart.
    Database db;
    QVERIFY(db.open(m_database).ok());
    const SearchTextQuery query(db);
    QHash<QString, QString> contents;
    for (int part = 0; part < 2; ++part) {
        QVERIFY(query.visitUtf8(conferenceKey, part, 2,
            [&contents](QByteArrayView key, const SearchTextQuery::Utf8Texts &texts) {
                QString content;
                for (const QByteArrayView text : texts.content)
                    content += QString::fromUtf8(text) + u'\n';
                QVERIFY(!contents.contains(QString::fromUtf8(key)));
                contents.insert(QString::fromUtf8(key), content);
            }));
    }
    QCOMPARE(contents.size(), 2);
    const QString content = contents.value(sessionKey);
    for (const char *field : { "code", "title", "abstract", "description", "room", "speaker",
             "key point", "lead", "topic", "subtitle" })
        QVERIFY2(content.contains(hostile(field)), field);
    QHash<QString, QString> notes;
    QVERIFY(query.visitNotesUtf8(conferenceKey, [&notes](QByteArrayView key, QByteArrayView note) {
        notes.insert(QString::fromUtf8(key), QString::fromUtf8(note));
    }));
    QCOMPARE(notes.value(sessionKey), hostile("note"));
}

// Runs last: whatever the values above did, the schema is whole.
void TestSqlInjection::tablesAllStillExist()
{
    QCOMPARE(tables(), m_tables);
    const Outcome r = run({ QStringLiteral("conferences"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY(r.out.contains(QLatin1String("gtc-2025")));
}

QTEST_GUILESS_MAIN(TestSqlInjection)
#include "tst_sqlinjection.moc"
