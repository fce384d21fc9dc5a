#include "database.h"
#include "programmestore.h"
#include "sampleprogramme.h"
#include "tracktreemodel.h"
#include "interfacelanguage.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

class TestTrackTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void tracksThenSessionsInProgrammeOrder();
    void showsTimeKinds();
    void switchesLanguageWithoutReset();
    void removedSessionsAreNotListed();
    void findsSessionByKey();

private:
    InterfaceLanguage m_translations;
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ProgrammeStore> m_store;
    std::unique_ptr<UserDataStore> m_userStore;
    std::unique_ptr<UserDataService> m_userData;
};

void TestTrackTreeModel::initTestCase()
{
    QVERIFY(m_translations.install(Language::English));
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("model.sqlite"))).ok());
    m_store = std::make_unique<ProgrammeStore>(m_db);
    m_userStore = std::make_unique<UserDataStore>(m_db);
    m_userData = std::make_unique<UserDataService>(*m_userStore);
    QVERIFY(m_store->importConference(sampleProgramme(), QStringLiteral("h")).ok());
}

void TestTrackTreeModel::passesModelTester()
{
    TrackTreeModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(QStringLiteral("sample-2026"));
    model.setLanguage(Language::Chinese);
    model.setConference(QStringLiteral("missing"));
    QCOMPARE(model.rowCount(), 0);
}

void TestTrackTreeModel::tracksThenSessionsInProgrammeOrder()
{
    TrackTreeModel model(*m_store, *m_userData);
    model.setConference(QStringLiteral("sample-2026"));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex systems = model.index(0, 0);
    QCOMPARE(systems.data(TrackTreeModel::TrackKeyRole).toString(), QStringLiteral("systems"));
    QVERIFY(systems.data(TrackTreeModel::IsTrackRole).toBool());
    QCOMPARE(systems.data().toString(), QStringLiteral("Systems (2 sessions)"));
    QCOMPARE(model.rowCount(systems), 2);
    const QModelIndex first = model.index(0, 0, systems);
    QCOMPARE(first.data().toString(), QStringLiteral("Memory allocation"));
    QCOMPARE(first.data(TrackTreeModel::SessionKeyRole).toString(), QStringLiteral("T1"));
    QCOMPARE(model.index(0, TrackTreeModel::CodeColumn, systems).data().toString(),
        QStringLiteral("T1"));
    QCOMPARE(model.parent(first), systems);
}

void TestTrackTreeModel::showsTimeKinds()
{
    TrackTreeModel model(*m_store, *m_userData);
    model.setConference(QStringLiteral("sample-2026"));
    const QModelIndex systems = model.index(0, 0);
    const QModelIndex ai = model.index(1, 0);
    // In the conference's zone (Taipei), not UTC and not the machine's zone; the
    // weekday names the day within a conference of a week, AM named once.
    QCOMPARE(model.index(0, TrackTreeModel::TimeColumn, systems).data().toString(),
        QStringLiteral("Mon 9:30–10:15 AM"));
    QCOMPARE(model.index(1, TrackTreeModel::TimeColumn, systems).data().toString(),
        QStringLiteral("Tue · Time TBA"));
    QCOMPARE(model.index(0, TrackTreeModel::TimeColumn, ai).data().toString(),
        QStringLiteral("On demand"));
}

void TestTrackTreeModel::switchesLanguageWithoutReset()
{
    TrackTreeModel model(*m_store, *m_userData);
    model.setConference(QStringLiteral("sample-2026"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    const auto time = [&model] {
        return model.index(0, TrackTreeModel::TimeColumn, model.index(0, 0)).data().toString();
    };
    QCOMPARE(time(), QStringLiteral("Mon 9:30–10:15 AM")); // and kept for the next paint
    model.setLanguage(Language::Chinese);
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() >= 3); // tracks, and the sessions of each track
    QCOMPARE(headers.size(), 1);
    const QModelIndex systems = model.index(0, 0);
    QVERIFY(systems.data().toString().startsWith(QStringLiteral("系統")));
    QCOMPARE(model.index(0, 0, systems).data().toString(), QStringLiteral("記憶體配置"));
    // Text that exists only in English shows in English.
    QCOMPARE(model.index(1, 0, systems).data().toString(), QStringLiteral("Panel on schedulers"));
    QCOMPARE(time(), QStringLiteral("週一 09:30–10:15"));
    model.setLanguage(Language::English);
    QCOMPARE(time(), QStringLiteral("Mon 9:30–10:15 AM"));
}

void TestTrackTreeModel::removedSessionsAreNotListed()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("removed.sqlite"))).ok());
    ProgrammeStore store(db);
    QVERIFY(store.importConference(sampleProgramme(), QString()).ok());
    ConferenceData shorter = sampleProgramme();
    shorter.sessions.removeFirst();
    QVERIFY(store.importConference(shorter, QString()).ok());
    UserDataStore userStore(db);
    UserDataService userData(userStore);
    TrackTreeModel model(store, userData);
    model.setConference(QStringLiteral("sample-2026"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
}

void TestTrackTreeModel::findsSessionByKey()
{
    TrackTreeModel model(*m_store, *m_userData);
    model.setConference(QStringLiteral("sample-2026"));
    const QModelIndex index = model.indexOfSession(QStringLiteral("A2"));
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), QStringLiteral("Inference at the edge"));
    QCOMPARE(index.parent().row(), 1);
    QVERIFY(!model.indexOfSession(QStringLiteral("nope")).isValid());
}

QTEST_GUILESS_MAIN(TestTrackTreeModel)
#include "tst_tracktreemodel.moc"
