#include "userdatajson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

QDateTime utc(int day, int hour, int msec = 0)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0).addMSecs(msec), Qt::UTC);
}

UserDataSnapshot sample()
{
    UserDataSnapshot::SessionData s;
    s.key = QStringLiteral("S74495");
    s.code = QStringLiteral("S74495");
    s.title = { QStringLiteral("量子運算"), QStringLiteral("Quantum computing") };
    s.bookmarked = true;
    s.bookmarkedAt = utc(1, 8, 123);
    s.note = UserDataSnapshot::Note { QStringLiteral("第一行\n\"quoted\"\ttab"), utc(2, 9, 7) };
    s.annotations.append({ { QStringLiteral("k-1"), true, QStringLiteral("重要") }, utc(3, 10),
        { QStringLiteral("要點"), QStringLiteral("Point") } });
    s.annotations.append({ { QStringLiteral("u-2"), false, QStringLiteral("c") }, utc(3, 11), {} });
    s.ownKeyPoints.append({ { QStringLiteral("u-2"), QStringLiteral("my point") }, utc(3, 9) });
    s.planned = std::make_pair(utc(19, 17), utc(19, 18));
    s.reminderMinutes = 0; // "no reminder" is a choice too, kept as such
    UserDataSnapshot::SessionData bare;
    bare.key = QStringLiteral("only-a-bookmark");
    bare.bookmarked = true;
    bare.bookmarkedAt = utc(4, 4);
    UserDataSnapshot snapshot;
    snapshot.exported = utc(20, 12, 5);
    snapshot.conferences.append(
        { QStringLiteral("gtc-2025"), LocalizedText::english(QStringLiteral("GTC")), { s, bare } });
    snapshot.conferences.append({ QStringLiteral("other"), {}, {} });
    return snapshot;
}

// A valid document with `session` as the only session, to break one field at a time.
QByteArray withSession(const QByteArray &session)
{
    return "{\"format\": \"conference-planner-userdata\", \"version\": 1,\n"
           " \"conferences\": [{\"key\": \"c\", \"sessions\": [{\"key\": \"fine\"},\n"
        + session + "]}]}";
}

} // namespace

class TestUserDataJson : public QObject
{
    Q_OBJECT

private slots:
    void writeThenReadKeepsEverything();
    void writesVersionedDocumentForPeopleToo();
    void refusesBadFilesNamingThePlace_data();
    void refusesBadFilesNamingThePlace();
    void missingFileIsNamed();
};

void TestUserDataJson::writeThenReadKeepsEverything()
{
    const UserDataSnapshot written = sample();
    const UserDataReadResult read
        = UserDataJson().read(UserDataJson::write(written), QStringLiteral("b.json"));
    QVERIFY2(read.ok(), qPrintable(read.error ? read.error->toString() : QString()));
    const UserDataSnapshot &r = read.data;
    QCOMPARE(r.exported, written.exported);
    QCOMPARE(r.conferences.size(), 2);
    QCOMPARE(r.conferences.at(0).key, QStringLiteral("gtc-2025"));
    QCOMPARE(r.conferences.at(0).title, written.conferences.at(0).title);
    QCOMPARE(r.conferences.at(1).key, QStringLiteral("other"));
    const UserDataSnapshot::SessionData &s = r.conferences.at(0).sessions.at(0);
    const UserDataSnapshot::SessionData &w = written.conferences.at(0).sessions.at(0);
    QCOMPARE(s.key, w.key);
    QCOMPARE(s.code, w.code);
    QCOMPARE(s.title, w.title);
    QVERIFY(s.bookmarked);
    QCOMPARE(s.bookmarkedAt, w.bookmarkedAt);
    QCOMPARE(s.note->text, w.note->text);
    QCOMPARE(s.note->updated, w.note->updated);
    QCOMPARE(s.annotations.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(s.annotations.at(i).annotation, w.annotations.at(i).annotation);
        QCOMPARE(s.annotations.at(i).updated, w.annotations.at(i).updated);
        QCOMPARE(s.annotations.at(i).pointText, w.annotations.at(i).pointText);
    }
    QCOMPARE(s.ownKeyPoints.size(), 1);
    QCOMPARE(s.ownKeyPoints.first().point.key, QStringLiteral("u-2"));
    QCOMPARE(s.ownKeyPoints.first().point.text, QStringLiteral("my point"));
    QCOMPARE(s.ownKeyPoints.first().created, w.ownKeyPoints.first().created);
    QCOMPARE(s.planned, w.planned);
    QCOMPARE(s.reminderMinutes, std::optional<int>(0));
    const UserDataSnapshot::SessionData &bare = r.conferences.at(0).sessions.at(1);
    QVERIFY(bare.bookmarked);
    QVERIFY(!bare.note);
    QVERIFY(!bare.planned);
    QVERIFY(!bare.reminderMinutes);
    QVERIFY(bare.annotations.isEmpty());
}

void TestUserDataJson::writesVersionedDocumentForPeopleToo()
{
    const QJsonObject root = QJsonDocument::fromJson(UserDataJson::write(sample())).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(),
        QStringLiteral("conference-planner-userdata"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("exported")).toString(),
        QStringLiteral("2025-03-20T12:00:00.005Z"));
    const QJsonObject session
        = root.value(QLatin1String("conferences"))[0][QLatin1String("sessions")][0].toObject();
    QCOMPARE(session.value(QLatin1String("code")).toString(), QStringLiteral("S74495"));
    QCOMPARE(session.value(QLatin1String("title"))[QLatin1String("zh_TW")].toString(),
        QStringLiteral("量子運算"));
    QCOMPARE(session.value(QLatin1String("planned"))[QLatin1String("start")].toString(),
        QStringLiteral("2025-03-19T17:00:00.000Z"));
}

void TestUserDataJson::refusesBadFilesNamingThePlace_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    // Qt points just past the character it could not read.
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \n  ]")
                              << QStringLiteral("b.json:3:4: not valid JSON");
    QTest::newRow("a programme, not a backup")
        << QByteArray("{\"format\": \"conference-planner-programme\", \"version\": 1}")
        << QStringLiteral(
               "b.json: top level: expected \"format\": \"conference-planner-userdata\"");
    QTest::newRow("newer version")
        << QByteArray("{\"format\": \"conference-planner-userdata\", \"version\": 2}")
        << QStringLiteral("b.json: top level: format version 2 is not supported");
    QTest::newRow("no conferences")
        << QByteArray("{\"format\": \"conference-planner-userdata\", \"version\": 1}")
        << QStringLiteral("b.json: top level: \"conferences\" is missing or not a list");
    QTest::newRow("conference without key")
        << QByteArray("{\"format\": \"conference-planner-userdata\", \"version\": 1,"
                      " \"conferences\": [{\"sessions\": []}]}")
        << QStringLiteral("b.json: conferences[0]: \"key\" is missing or not a text");
    QTest::newRow("note time without offset")
        << withSession("{\"key\": \"s\", \"note\": {\"text\": \"t\", \"updated\": "
                       "\"2025-03-01T10:00:00\"}}")
        << QStringLiteral(
               "b.json: conferences[0].sessions[1].note: \"updated\" is not an ISO 8601");
    QTest::newRow("note without text")
        << withSession("{\"key\": \"s\", \"note\": {\"updated\": \"2025-03-01T10:00:00Z\"}}")
        << QStringLiteral("b.json: conferences[0].sessions[1].note: \"text\" is missing");
    QTest::newRow("bookmarked is no boolean")
        << withSession("{\"key\": \"s\", \"bookmarked\": \"yes\"}")
        << QStringLiteral(
               "b.json: conferences[0].sessions[1]: \"bookmarked\" is neither true nor false");
    QTest::newRow("annotations not a list")
        << withSession("{\"key\": \"s\", \"annotations\": {}}")
        << QStringLiteral("b.json: conferences[0].sessions[1]: \"annotations\" is not a list");
    QTest::newRow("annotation without key point")
        << withSession("{\"key\": \"s\", \"annotations\": [{\"starred\": true, \"updated\": "
                       "\"2025-03-01T10:00:00Z\"}]}")
        << QStringLiteral(
               "b.json: conferences[0].sessions[1].annotations[0]: \"keyPoint\" is missing");
    QTest::newRow("own key point without text")
        << withSession("{\"key\": \"s\", \"ownKeyPoints\": [{\"key\": \"u-1\"}]}")
        << QStringLiteral(
               "b.json: conferences[0].sessions[1].ownKeyPoints[0]: \"text\" is missing");
    QTest::newRow("planned backwards")
        << withSession("{\"key\": \"s\", \"planned\": {\"start\": \"2025-03-01T10:00:00Z\", "
                       "\"end\": \"2025-03-01T09:00:00Z\"}}")
        << QStringLiteral("b.json: conferences[0].sessions[1].planned: the planned time ends "
                          "before it starts");
    QTest::newRow("reminder not in minutes")
        << withSession("{\"key\": \"s\", \"reminderMinutes\": 2.5}")
        << QStringLiteral("b.json: conferences[0].sessions[1].reminderMinutes: a reminder is a "
                          "whole number of minutes from 0 to 1440");
    QTest::newRow("session twice")
        << withSession("{\"key\": \"fine\"}")
        << QStringLiteral("b.json: conferences[0].sessions[1]: the session \"fine\" appears twice");
}

void TestUserDataJson::refusesBadFilesNamingThePlace()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const UserDataReadResult read = UserDataJson().read(bytes, QStringLiteral("b.json"));
    QVERIFY(!read.ok());
    QVERIFY2(read.error->toString().startsWith(message), qPrintable(read.error->toString()));
    QVERIFY(read.data.conferences.isEmpty());
}

void TestUserDataJson::missingFileIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.json"));
    const UserDataReadResult read = UserDataJson().readFile(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error->toString().startsWith(path + QStringLiteral(": cannot read the file")),
        qPrintable(read.error->toString()));
}

QTEST_GUILESS_MAIN(TestUserDataJson)
#include "tst_userdatajson.moc"
