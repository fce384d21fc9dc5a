#include "database.h"
#include "keypointmodel.h"
#include "programmestore.h"
#include "sampleprogramme.h"
#include "interfacelanguage.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

const QString conferenceKey = QStringLiteral("sample-2026");
const QString sessionKey = QStringLiteral("T1");

QStringList *capturedWarnings = nullptr;
QtMessageHandler previousHandler = nullptr;

void captureWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (capturedWarnings && type == QtWarningMsg)
        capturedWarnings->append(message);
    else
        previousHandler(type, context, message);
}

} // namespace

// Exercises one session's key points: the programme's, then the user's own, with
// stars and comments saved through UserDataService as they are edited.
class TestKeyPointModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pointsThenUserPoints();
    void showsLeadIn();
    void starAndCommentPersist();
    void acceptsCheckStateAsEnum();
    void unstarringWithoutCommentRemovesAnnotation();
    void addsUserPoint();
    void removesOnlyUserPoints();
    void flags();
    void rootIndexIsQuiet();
    void switchesLanguage();
    void clearsAndChangesSession();

private:
    planner::Session session(const QString &key = sessionKey) const;
    std::optional<Annotation> storedAnnotation(const QString &pointKey) const;

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProgrammeStore> m_store;
    std::unique_ptr<UserDataStore> m_userStore;
    std::unique_ptr<UserDataService> m_userData;
};

void TestKeyPointModel::initTestCase()
{
    QVERIFY(m_translations.install(Language::English));
}

void TestKeyPointModel::init()
{
    // A fresh database per test: annotations and own points must not leak between tests.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("keypoints.sqlite"))).ok());
    m_store = std::make_unique<ProgrammeStore>(*m_db);
    m_userStore = std::make_unique<UserDataStore>(*m_db);
    m_userData = std::make_unique<UserDataService>(*m_userStore);
    QVERIFY(m_store->importConference(sampleProgramme(), QStringLiteral("h")).ok());
}

void TestKeyPointModel::cleanup()
{
    m_userData.reset();
    m_userStore.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

planner::Session TestKeyPointModel::session(const QString &key) const
{
    const std::optional<planner::Session> found = m_store->session(conferenceKey, key);
    return found ? *found : planner::Session();
}

std::optional<Annotation> TestKeyPointModel::storedAnnotation(const QString &pointKey) const
{
    for (const Annotation &annotation : m_userStore->annotations(conferenceKey, sessionKey)) {
        if (annotation.pointKey == pointKey)
            return annotation;
    }
    return std::nullopt;
}

void TestKeyPointModel::pointsThenUserPoints()
{
    QVERIFY(m_userData->addUserKeyPoint(conferenceKey, sessionKey, QStringLiteral("Mine")).ok());
    const planner::Session t1 = session();
    QCOMPARE(t1.keyPoints.size(), 2);
    KeyPointModel model(*m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(conferenceKey, t1);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(KeyPointModel::ColumnCount));
    QCOMPARE(
        model.index(0, KeyPointModel::TextColumn).data().toString(), QStringLiteral("Point one"));
    QCOMPARE(
        model.index(1, KeyPointModel::TextColumn).data().toString(), QStringLiteral("Lead: Body"));
    QCOMPARE(model.index(2, KeyPointModel::TextColumn).data().toString(), QStringLiteral("Mine"));
    QCOMPARE(
        model.index(0, 0).data(KeyPointModel::PointKeyRole).toString(), t1.keyPoints.at(0).key());
    QCOMPARE(
        model.index(1, 0).data(KeyPointModel::PointKeyRole).toString(), t1.keyPoints.at(1).key());
    const QList<UserKeyPoint> own = m_userStore->userKeyPoints(conferenceKey, sessionKey);
    QCOMPARE(own.size(), 1);
    QCOMPARE(model.index(2, 0).data(KeyPointModel::PointKeyRole).toString(), own.first().key);
    QVERIFY(!model.index(0, 0).data(KeyPointModel::IsUserPointRole).toBool());
    QVERIFY(!model.index(1, 0).data(KeyPointModel::IsUserPointRole).toBool());
    QVERIFY(model.index(2, 0).data(KeyPointModel::IsUserPointRole).toBool());
    QCOMPARE(model.index(2, KeyPointModel::TextColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Your own key point (Shift+F2 to edit, Ctrl+Shift+Up or Down to move)"));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
            int(Qt::Unchecked));
        QVERIFY(model.index(row, KeyPointModel::CommentColumn).data().toString().isEmpty());
    }
    // A session without key points.
    model.setSession(conferenceKey, session(QStringLiteral("T2")));
    QCOMPARE(model.rowCount(), 0);
}

void TestKeyPointModel::showsLeadIn()
{
    KeyPointModel model(*m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(conferenceKey, session());
    QCOMPARE(
        model.index(1, KeyPointModel::TextColumn).data().toString(), QStringLiteral("Lead: Body"));
    QCOMPARE(model.index(1, KeyPointModel::TextColumn).data(Qt::EditRole).toString(),
        QStringLiteral("Lead: Body"));
    QCOMPARE(model.index(1, 0).data(KeyPointModel::LeadRole).toString(), QStringLiteral("Lead"));
    QVERIFY(model.index(0, 0).data(KeyPointModel::LeadRole).toString().isEmpty());
    QCOMPARE(model.index(1, KeyPointModel::TextColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Lead: Body"));
}

void TestKeyPointModel::starAndCommentPersist()
{
    const planner::Session t1 = session();
    const QString firstKey = t1.keyPoints.at(0).key();
    const QString secondKey = t1.keyPoints.at(1).key();
    {
        KeyPointModel model(*m_userData);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(conferenceKey, t1);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy saved(m_userData.get(), &UserDataService::keyPointsChanged);

        QVERIFY(model.setData(
            model.index(0, KeyPointModel::StarColumn), int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(model.index(0, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
            int(Qt::Checked));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changes.at(0).at(1).value<QModelIndex>().row(), 0);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(storedAnnotation(firstKey), Annotation({ firstKey, true, QString() }));

        // Comments are saved trimmed.
        QVERIFY(model.setData(model.index(1, KeyPointModel::CommentColumn),
            QStringLiteral("  ask about latency  "), Qt::EditRole));
        QCOMPARE(model.index(1, KeyPointModel::CommentColumn).data().toString(),
            QStringLiteral("ask about latency"));
        QCOMPARE(model.index(1, KeyPointModel::CommentColumn).data(Qt::EditRole).toString(),
            QStringLiteral("ask about latency"));
        QCOMPARE(storedAnnotation(secondKey),
            Annotation({ secondKey, false, QStringLiteral("ask about latency") }));

        // Setting the same value again changes nothing.
        changes.clear();
        QVERIFY(model.setData(
            model.index(0, KeyPointModel::StarColumn), int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(changes.size(), 0);
    }

    // A new model, and a new store and service, over the same database.
    UserDataStore freshStore(*m_db);
    UserDataService freshService(freshStore);
    KeyPointModel reopened(freshService);
    QAbstractItemModelTester tester(
        &reopened, QAbstractItemModelTester::FailureReportingMode::QtTest);
    reopened.setSession(conferenceKey, t1);
    QCOMPARE(reopened.index(0, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    QVERIFY(reopened.index(0, KeyPointModel::CommentColumn).data().toString().isEmpty());
    QCOMPARE(reopened.index(1, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));
    QCOMPARE(reopened.index(1, KeyPointModel::CommentColumn).data().toString(),
        QStringLiteral("ask about latency"));
}

void TestKeyPointModel::acceptsCheckStateAsEnum()
{
    KeyPointModel model(*m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(conferenceKey, session());
    const QModelIndex star = model.index(0, KeyPointModel::StarColumn);
    QVERIFY(model.setData(star, QVariant::fromValue(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(star.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(star, QVariant::fromValue(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(star.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void TestKeyPointModel::unstarringWithoutCommentRemovesAnnotation()
{
    const planner::Session t1 = session();
    KeyPointModel model(*m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(conferenceKey, t1);
    const QModelIndex star = model.index(0, KeyPointModel::StarColumn);
    const QModelIndex comment = model.index(0, KeyPointModel::CommentColumn);

    QVERIFY(model.setData(star, int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(m_userStore->annotations(conferenceKey, sessionKey).size(), 1);
    QVERIFY(model.setData(star, int(Qt::Unchecked), Qt::CheckStateRole));
    QVERIFY(m_userStore->annotations(conferenceKey, sessionKey).isEmpty());

    // With a comment, unstarring keeps the comment; clearing it then removes the row.
    QVERIFY(model.setData(star, int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(model.setData(comment, QStringLiteral("keep"), Qt::EditRole));
    QVERIFY(model.setData(star, int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(storedAnnotation(t1.keyPoints.at(0).key()),
        Annotation({ t1.keyPoints.at(0).key(), false, QStringLiteral("keep") }));
    QVERIFY(model.setData(comment, QStringLiteral("   "), Qt::EditRole)); // blank is empty
    QVERIFY(m_userStore->annotations(conferenceKey, sessionKey).isEmpty());
    QVERIFY(comment.data().toString().isEmpty());
}

void TestKeyPointModel::addsUserPoint()
{
    KeyPointModel model(*m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.addUserPoint(QStringLiteral("no session yet")));
    QVERIFY(m_userStore->userKeyPoints(conferenceKey, sessionKey).isEmpty());

    model.setSession(conferenceKey, session());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QVERIFY(model.addUserPoint(QStringLiteral("  Check the benchmarks  ")));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(!inserted.at(0).at(0).value<QModelIndex>().isValid());
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex added = model.index(2, KeyPointModel::TextColumn);
    QCOMPARE(added.data().toString(), QStringLiteral("Check the benchmarks"));
    QVERIFY(added.data(KeyPointModel::IsUserPointRole).toBool());
    const QList<UserKeyPoint> own = m_userStore->userKeyPoints(conferenceKey, sessionKey);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().text, QStringLiteral("Check the benchmarks"));
    QCOMPARE(added.data(KeyPointModel::PointKeyRole).toString(), own.first().key);

    // Blank text adds nothing.
    QVERIFY(!model.addUserPoint(QStringLiteral("   ")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);

    // The new point can be starred like any other, and comes back with a new model.
    QVERIFY(model.setData(
        model.index(2, KeyPointModel::StarColumn), int(Qt::Checked), Qt::CheckStateRole));
    KeyPointModel reopened(*m_userData);
    reopened.setSession(conferenceKey, session());
    QCOMPARE(reopened.rowCount(), 3);
    QCOMPARE(reopened.index(2, KeyPointModel::TextColumn).data().toString(),
        QStringLiteral("Check the benchmarks"));
    QCOMPARE(reopened.index(2, KeyPointModel::StarColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
}

void TestKeyPointModel::removesOnlyUserPoints()
{
    KeyPointModel model(*m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(conferenceKey, session());
    QVERIFY(model.addUserPoint(QStringLiteral("First of mine")));
    QVERIFY(model.addUserPoint(QStringLiteral("Second of mine")));
    QCOMPARE(model.rowCount(), 4);
    const QString firstKey = model.index(2, 0).data(KeyPointModel::PointKeyRole).toString();
    QVERIFY(model.setData(
        model.index(2, KeyPointModel::StarColumn), int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(model.setData(
        model.index(2, KeyPointModel::CommentColumn), QStringLiteral("note"), Qt::EditRole));
    QVERIFY(storedAnnotation(firstKey).has_value());

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // The programme's points stay.
    QVERIFY(!model.removeUserPoint(0));
    QVERIFY(!model.removeUserPoint(1));
    QVERIFY(!model.removeUserPoint(-1));
    QVERIFY(!model.removeUserPoint(4));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.rowCount(), 4);

    QVERIFY(model.removeUserPoint(2));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 2);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, KeyPointModel::TextColumn).data().toString(),
        QStringLiteral("Second of mine"));
    const QList<UserKeyPoint> own = m_userStore->userKeyPoints(conferenceKey, sessionKey);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().text, QStringLiteral("Second of mine"));
    // Its star and comment went with it.
    QVERIFY(!storedAnnotation(firstKey).has_value());

    KeyPointModel reopened(*m_userData);
    reopened.setSession(conferenceKey, session());
    QCOMPARE(reopened.rowCount(), 3);
}

void TestKeyPointModel::flags()
{
    KeyPointModel model(*m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(conferenceKey, session());
    QVERIFY(model.addUserPoint(QStringLiteral("Mine")));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Qt::ItemFlags star = model.flags(model.index(row, KeyPointModel::StarColumn));
        const Qt::ItemFlags text = model.flags(model.index(row, KeyPointModel::TextColumn));
        const Qt::ItemFlags comment = model.flags(model.index(row, KeyPointModel::CommentColumn));
        QVERIFY(star.testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(star.testFlag(Qt::ItemIsEnabled));
        QVERIFY(!star.testFlag(Qt::ItemIsEditable));
        // Only the user's own words can be edited; the programme's stay as given.
        QCOMPARE(text.testFlag(Qt::ItemIsEditable), row == model.rowCount() - 1);
        QVERIFY(!text.testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(text.testFlag(Qt::ItemIsSelectable));
        QVERIFY(comment.testFlag(Qt::ItemIsEditable));
        QVERIFY(!comment.testFlag(Qt::ItemIsUserCheckable));
    }
    // Only the star carries a check state.
    QVERIFY(!model.index(0, KeyPointModel::TextColumn).data(Qt::CheckStateRole).isValid());
    // What the flags forbid, setData refuses.
    const QModelIndex text = model.index(0, KeyPointModel::TextColumn);
    QVERIFY(!model.setData(text, QStringLiteral("rewritten"), Qt::EditRole));
    QCOMPARE(text.data().toString(), QStringLiteral("Point one"));
    QVERIFY(!model.setData(
        model.index(0, KeyPointModel::StarColumn), QStringLiteral("x"), Qt::EditRole));
    QVERIFY(!model.setData(
        model.index(0, KeyPointModel::CommentColumn), int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(m_userStore->annotations(conferenceKey, sessionKey).isEmpty());
    QCOMPARE(model.headerData(KeyPointModel::TextColumn, Qt::Horizontal).toString(),
        QStringLiteral("Key point"));
    QCOMPARE(model.headerData(KeyPointModel::CommentColumn, Qt::Horizontal).toString(),
        QStringLiteral("Your comment"));
}

void TestKeyPointModel::rootIndexIsQuiet()
{
    KeyPointModel model(*m_userData);
    model.setSession(conferenceKey, session());
    QStringList warnings;
    capturedWarnings = &warnings;
    previousHandler = qInstallMessageHandler(captureWarnings);
    // Views ask for the root's flags (drag and drop), and so does QAbstractItemModelTester
    // after every change.
    const Qt::ItemFlags rootFlags = model.flags(QModelIndex());
    qInstallMessageHandler(previousHandler);
    capturedWarnings = nullptr;
    QCOMPARE(rootFlags, Qt::NoItemFlags);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestKeyPointModel::switchesLanguage()
{
    KeyPointModel model(*m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(conferenceKey, session());
    QVERIFY(model.addUserPoint(QStringLiteral("Mine")));
    QVERIFY(model.setData(
        model.index(0, KeyPointModel::CommentColumn), QStringLiteral("kept"), Qt::EditRole));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);

    model.setLanguage(Language::Chinese);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changes.at(0).at(1).value<QModelIndex>().row(), model.rowCount() - 1);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(model.index(0, KeyPointModel::TextColumn).data().toString(), QStringLiteral("重點一"));
    QVERIFY(model.index(1, KeyPointModel::TextColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("前導")));
    QVERIFY(model.index(1, KeyPointModel::TextColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("內容")));
    QCOMPARE(model.index(1, 0).data(KeyPointModel::LeadRole).toString(), QStringLiteral("前導"));
    QCOMPARE(model.index(2, KeyPointModel::TextColumn).data().toString(), QStringLiteral("Mine"));
    QCOMPARE(
        model.index(0, KeyPointModel::CommentColumn).data().toString(), QStringLiteral("kept"));

    changes.clear();
    model.setLanguage(Language::Chinese);
    QCOMPARE(changes.size(), 0);
    model.setLanguage(Language::English);
    QCOMPARE(
        model.index(1, KeyPointModel::TextColumn).data().toString(), QStringLiteral("Lead: Body"));

    // A session opened while Chinese is on shows Chinese at once.
    model.setLanguage(Language::Chinese);
    KeyPointModel later(*m_userData);
    later.setLanguage(Language::Chinese);
    later.setSession(conferenceKey, session());
    QCOMPARE(later.index(0, KeyPointModel::TextColumn).data().toString(), QStringLiteral("重點一"));
}

void TestKeyPointModel::clearsAndChangesSession()
{
    KeyPointModel model(*m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(conferenceKey, session());
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.addUserPoint(QStringLiteral("nowhere to go")));
    QVERIFY(m_userStore->userKeyPoints(conferenceKey, sessionKey).isEmpty());

    // Own points belong to their session.
    model.setSession(conferenceKey, session(QStringLiteral("A1")));
    QVERIFY(model.addUserPoint(QStringLiteral("For A1")));
    QCOMPARE(m_userStore->userKeyPoints(conferenceKey, QStringLiteral("A1")).size(), 1);
    model.setSession(conferenceKey, session());
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestKeyPointModel)
#include "tst_keypointmodel.moc"
