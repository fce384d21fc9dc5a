#include "database.h"
#include "programmestore.h"
#include "sampleprogramme.h"
#include "schedulemodel.h"
#include "interfacelanguage.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

namespace {

const QString conferenceKey = QStringLiteral("sample-2026");

planner::Session timedSession(const QString &key, const LocalizedText &title, const QTime &start,
    const QTime &end, const QDate &day)
{
    const QTimeZone taipei("Asia/Taipei");
    planner::Session session;
    session.key = key;
    session.trackKey = QStringLiteral("systems");
    session.title = title;
    session.time
        = SessionTime::timed(QDateTime(day, start, taipei), QDateTime(day, end, taipei), day);
    session.room = QStringLiteral("Room 101");
    return session;
}

// The sample programme with two more sessions on 4 May: X1 overlaps T1
// (09:30–10:15), and X2 starts after a free gap.
ConferenceData scheduleProgramme()
{
    ConferenceData data = sampleProgramme();
    const QDate may4(2026, 5, 4);
    data.sessions.append(timedSession(QStringLiteral("X1"),
        { QStringLiteral("重疊演講"), QStringLiteral("Overlapping talk") }, QTime(10, 0),
        QTime(11, 0), may4));
    data.sessions.append(timedSession(QStringLiteral("X2"),
        LocalizedText::english(QStringLiteral("Afternoon workshop")), QTime(11, 30), QTime(12, 45),
        may4));
    return data;
}

QDateTime inTaipei(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone("Asia/Taipei"));
}

} // namespace

// Exercises the personal schedule: grouping, gaps, clashes, planned times and
// the precise change notifications the schedule view relies on.
class TestScheduleModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyWithoutBookmarks();
    void groupsInOrder();
    void showsTimesInConferenceZone();
    void showsGapBetweenSessions();
    void flagsClashesBothWays();
    void plannedTimeMovesOnDemandSessionIntoItsDay();
    void bookmarkChangesAreInsertsAndRemovesNotResets();
    void rowsShowNotesAndStarredPoints();
    void keepsPersistentIndexesWhenGroupsChange();
    void switchesLanguageWithoutReset();
    void findsSessionByKey();
    void headers();

private:
    void bookmark(const QStringList &keys, bool on = true);
    QStringList keysOfGroup(const ScheduleModel &model, int group) const;

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProgrammeStore> m_store;
    std::unique_ptr<UserDataStore> m_userStore;
    std::unique_ptr<UserDataService> m_userData;
};

void TestScheduleModel::initTestCase()
{
    QVERIFY(m_translations.install(Language::English));
}

void TestScheduleModel::init()
{
    // A fresh database per test: bookmarks and planned times must not leak between tests.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("schedule.sqlite"))).ok());
    m_store = std::make_unique<ProgrammeStore>(*m_db);
    m_userStore = std::make_unique<UserDataStore>(*m_db);
    m_userData = std::make_unique<UserDataService>(*m_userStore);
    QVERIFY(m_store->importConference(scheduleProgramme(), QStringLiteral("h")).ok());
}

void TestScheduleModel::cleanup()
{
    m_userData.reset();
    m_userStore.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestScheduleModel::bookmark(const QStringList &keys, bool on)
{
    for (const QString &key : keys)
        QVERIFY(m_userData->setBookmarked(conferenceKey, key, on).ok());
}

QStringList TestScheduleModel::keysOfGroup(const ScheduleModel &model, int group) const
{
    QStringList keys;
    const QModelIndex parent = model.index(group, 0);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex item = model.index(row, 0, parent);
        keys.append(item.data(ScheduleModel::IsGapRole).toBool()
                ? QStringLiteral("gap")
                : item.data(ScheduleModel::SessionKeyRole).toString());
    }
    return keys;
}

void TestScheduleModel::emptyWithoutBookmarks()
{
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.sessionCount(), 0);
    QCOMPARE(model.columnCount(), int(ScheduleModel::ColumnCount));
    model.setConference(QStringLiteral("missing"));
    QCOMPARE(model.rowCount(), 0);
}

void TestScheduleModel::groupsInOrder()
{
    bookmark(
        { QStringLiteral("A1"), QStringLiteral("T2"), QStringLiteral("A2"), QStringLiteral("T1") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.sessionCount(), 4);
    const QStringList labels
        = { QStringLiteral("Mon 4 May"), QStringLiteral("Tue 5 May"), QStringLiteral("On demand") };
    for (int g = 0; g < labels.size(); ++g) {
        const QModelIndex group = model.index(g, ScheduleModel::TimeColumn);
        QCOMPARE(group.data().toString(), labels.at(g));
        QVERIFY(group.data(ScheduleModel::IsGroupRole).toBool());
        QVERIFY(group.data(ScheduleModel::SessionKeyRole).toString().isEmpty());
        QVERIFY(!model.parent(group).isValid());
    }
    QCOMPARE(keysOfGroup(model, 0), QStringList { QStringLiteral("T1") });
    // A2 starts at 00:30 on 6 May, but the programme counts it on 5 May; T2 is
    // on 5 May at a time to be announced: under its day, after the timed ones.
    QCOMPARE(keysOfGroup(model, 1), (QStringList { QStringLiteral("A2"), QStringLiteral("T2") }));
    QCOMPARE(model.index(1, ScheduleModel::TimeColumn, model.index(1, 0)).data().toString(),
        QStringLiteral("Time TBA"));
    QCOMPARE(keysOfGroup(model, 2), QStringList { QStringLiteral("A1") });

    const QModelIndex t1 = model.index(0, ScheduleModel::TitleColumn, model.index(0, 0));
    QCOMPARE(t1.data().toString(), QStringLiteral("Memory allocation"));
    QVERIFY(!t1.data(ScheduleModel::IsGroupRole).toBool());
    QVERIFY(!t1.data(ScheduleModel::IsGapRole).toBool());
    QCOMPARE(model.index(0, ScheduleModel::RoomColumn, model.index(0, 0)).data().toString(),
        QStringLiteral("Hall A"));
    QCOMPARE(model.parent(t1), model.index(0, 0));
    const QModelIndex a1 = model.index(0, 0, model.index(2, 0));
    QVERIFY(a1.data(ScheduleModel::OnDemandRole).toBool());
    QVERIFY(!a1.data(ScheduleModel::PlannedRole).toBool());
    QVERIFY(a1.data().toString().isEmpty()); // no time to show
}

void TestScheduleModel::showsTimesInConferenceZone()
{
    bookmark({ QStringLiteral("T1"), QStringLiteral("A2") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);
    // Taipei wall-clock times, whatever the zone of the machine running the test.
    QCOMPARE(model.index(0, ScheduleModel::TimeColumn, model.index(0, 0)).data().toString(),
        QStringLiteral("9:30 AM–10:15 AM"));
    // No end: the start alone. A2 is listed under 5 May but starts at 00:30 on 6 May:
    // its own date is written beside the clock.
    QCOMPARE(model.index(0, ScheduleModel::TimeColumn, model.index(1, 0)).data().toString(),
        QStringLiteral("Wed 6 May 12:30 AM"));
}

void TestScheduleModel::showsGapBetweenSessions()
{
    bookmark({ QStringLiteral("X2"), QStringLiteral("T1") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(keysOfGroup(model, 0),
        (QStringList { QStringLiteral("T1"), QStringLiteral("gap"), QStringLiteral("X2") }));
    QCOMPARE(model.sessionCount(), 2); // gaps are not sessions
    const QModelIndex day = model.index(0, 0);
    const QModelIndex gap = model.index(1, ScheduleModel::TitleColumn, day);
    QVERIFY(gap.data(ScheduleModel::IsGapRole).toBool());
    QVERIFY(!gap.data(ScheduleModel::IsGroupRole).toBool());
    QVERIFY(gap.data(ScheduleModel::SessionKeyRole).toString().isEmpty());
    QVERIFY(!gap.data(ScheduleModel::ClashRole).toBool());
    // 10:15 to 11:30. The English catalogue has no plural entry for this text yet,
    // so only the number and the words around it are asserted.
    const QString freeText = gap.data().toString();
    QVERIFY2(freeText.startsWith(QStringLiteral("Free for 75 minute")), qPrintable(freeText));
    QCOMPARE(model.index(1, ScheduleModel::TimeColumn, day).data().toString(),
        QStringLiteral("10:15 AM–11:30 AM"));
    QVERIFY(model.index(1, ScheduleModel::RoomColumn, day).data().toString().isEmpty());
}

void TestScheduleModel::flagsClashesBothWays()
{
    bookmark({ QStringLiteral("T1"), QStringLiteral("X1"), QStringLiteral("X2") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);

    // T1 09:30–10:15 and X1 10:00–11:00 overlap; the gap runs from the later end.
    QCOMPARE(keysOfGroup(model, 0),
        (QStringList { QStringLiteral("T1"), QStringLiteral("X1"), QStringLiteral("gap"),
            QStringLiteral("X2") }));
    const QModelIndex day = model.index(0, 0);
    const QModelIndex t1 = model.index(0, ScheduleModel::TitleColumn, day);
    const QModelIndex x1 = model.index(1, ScheduleModel::TitleColumn, day);
    const QModelIndex x2 = model.index(3, ScheduleModel::TitleColumn, day);
    QVERIFY(t1.data(ScheduleModel::ClashRole).toBool());
    QVERIFY(x1.data(ScheduleModel::ClashRole).toBool());
    QVERIFY(!x2.data(ScheduleModel::ClashRole).toBool());
    QCOMPARE(t1.data(Qt::ToolTipRole).toString(), QStringLiteral("Clashes with: Overlapping talk"));
    QCOMPARE(
        x1.data(Qt::ToolTipRole).toString(), QStringLiteral("Clashes with: Memory allocation"));
    QVERIFY(!x2.data(Qt::ToolTipRole).isValid());
    QCOMPARE(t1.data().toString(), QStringLiteral("⚠ Memory allocation"));
    QCOMPARE(x2.data().toString(), QStringLiteral("Afternoon workshop"));
    QVERIFY(t1.data(Qt::BackgroundRole).isValid());
    QVERIFY(!x2.data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(1, 0, day).data(ScheduleModel::ClashRole).toBool(), true);
    QCOMPARE(model.index(2, ScheduleModel::TitleColumn, day).data().toString().left(8),
        QStringLiteral("Free for")); // 11:00–11:30
}

void TestScheduleModel::plannedTimeMovesOnDemandSessionIntoItsDay()
{
    bookmark({ QStringLiteral("T1"), QStringLiteral("A1") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("On demand"));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_userData
                ->setPlannedTime(conferenceKey, QStringLiteral("A1"), inTaipei(5, 4, 14, 0),
                    inTaipei(5, 4, 15, 0))
                .ok());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 1); // the "On demand" group went away
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Mon 4 May"));
    QCOMPARE(keysOfGroup(model, 0),
        (QStringList { QStringLiteral("T1"), QStringLiteral("gap"), QStringLiteral("A1") }));
    const QModelIndex a1 = model.indexOfSession(QStringLiteral("A1"));
    QVERIFY(a1.isValid());
    QVERIFY(a1.data(ScheduleModel::PlannedRole).toBool());
    QVERIFY(a1.data(ScheduleModel::OnDemandRole).toBool());
    QVERIFY(!a1.data(ScheduleModel::ClashRole).toBool());
    QCOMPARE(a1.data().toString(), QStringLiteral("2:00 PM–3:00 PM"));
    QCOMPARE(a1.data(Qt::ToolTipRole).toString(),
        QStringLiteral("Your planned time for this on-demand session"));

    // A plan on a day with nothing else opens that day's group, in date order.
    QVERIFY(m_userData
                ->setPlannedTime(conferenceKey, QStringLiteral("A1"), inTaipei(5, 6, 9, 0),
                    inTaipei(5, 6, 10, 0))
                .ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Wed 6 May"));
    QCOMPARE(keysOfGroup(model, 0), QStringList { QStringLiteral("T1") });
    QCOMPARE(keysOfGroup(model, 1), QStringList { QStringLiteral("A1") });

    // A planned time that overlaps a session clashes like any other.
    QVERIFY(m_userData
                ->setPlannedTime(conferenceKey, QStringLiteral("A1"), inTaipei(5, 4, 10, 0),
                    inTaipei(5, 4, 10, 30))
                .ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.indexOfSession(QStringLiteral("A1")).data(ScheduleModel::ClashRole).toBool());
    QVERIFY(model.indexOfSession(QStringLiteral("T1")).data(ScheduleModel::ClashRole).toBool());

    // Clearing the plan sends it back to "On demand".
    QVERIFY(m_userData->setPlannedTime(conferenceKey, QStringLiteral("A1"), {}, {}).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("On demand"));
    const QModelIndex back = model.indexOfSession(QStringLiteral("A1"));
    QVERIFY(!back.data(ScheduleModel::PlannedRole).toBool());
    QVERIFY(back.data(ScheduleModel::OnDemandRole).toBool());
    QVERIFY(!model.indexOfSession(QStringLiteral("T1")).data(ScheduleModel::ClashRole).toBool());
    QCOMPARE(resets.size(), 0);
}

void TestScheduleModel::rowsShowNotesAndStarredPoints()
{
    bookmark({ QStringLiteral("T1") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const auto marks = [&model] {
        return model.indexOfSession(QStringLiteral("T1"))
            .siblingAtColumn(ScheduleModel::MarksColumn)
            .data()
            .toString();
    };
    QCOMPARE(marks(), QString());
    QVERIFY(m_userData->setNote(conferenceKey, QStringLiteral("T1"), QStringLiteral("Ask")).ok());
    QCOMPARE(marks(), QStringLiteral("✎"));
    const QString point = m_store->session(conferenceKey, QStringLiteral("T1"))->keyPoints.at(0).key();
    QVERIFY(m_userData->setAnnotation(conferenceKey, QStringLiteral("T1"), { point, true, {} }).ok());
    QCOMPARE(marks(), QStringLiteral("✎★1"));
    QVERIFY(model.indexOfSession(QStringLiteral("T1"))
                .siblingAtColumn(ScheduleModel::MarksColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("1 key point")));
    QVERIFY(m_userData->setNote(conferenceKey, QStringLiteral("T1"), QString()).ok());
    QCOMPARE(marks(), QStringLiteral("★1"));
    QCOMPARE(resets.size(), 0);
}

void TestScheduleModel::bookmarkChangesAreInsertsAndRemovesNotResets()
{
    bookmark({ QStringLiteral("T1") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // A new group: one row inserted at the top level, after the day.
    bookmark({ QStringLiteral("T2") });
    QCOMPARE(inserted.size(), 1);
    QVERIFY(!inserted.at(0).at(0).value<QModelIndex>().isValid());
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Tue 5 May"));

    // Into an existing group: only that group's rows change.
    inserted.clear();
    bookmark({ QStringLiteral("X2") });
    QVERIFY(!inserted.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(inserted))
        QCOMPARE(signal.at(0).value<QModelIndex>(), model.index(0, 0));
    for (const QList<QVariant> &signal : std::as_const(removed))
        QCOMPARE(signal.at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(keysOfGroup(model, 0),
        (QStringList { QStringLiteral("T1"), QStringLiteral("gap"), QStringLiteral("X2") }));
    QCOMPARE(keysOfGroup(model, 1), QStringList { QStringLiteral("T2") });

    // Un-bookmarking the last session of a group removes the group row.
    inserted.clear();
    removed.clear();
    bookmark({ QStringLiteral("T2") }, false);
    QCOMPARE(removed.size(), 1);
    QVERIFY(!removed.at(0).at(0).value<QModelIndex>().isValid());
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 1);

    bookmark({ QStringLiteral("T1"), QStringLiteral("X2") }, false);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.sessionCount(), 0);

    // Another conference's bookmarks leave this schedule alone.
    removed.clear();
    inserted.clear();
    QVERIFY(m_userData->setBookmarked(QStringLiteral("other"), QStringLiteral("T1"), true).ok());
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(layouts.size(), 0);
}

void TestScheduleModel::keepsPersistentIndexesWhenGroupsChange()
{
    // What a view's current index and selection hold on to.
    bookmark({ QStringLiteral("A2") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);
    const QPersistentModelIndex a2(model.indexOfSession(QStringLiteral("A2")));
    QVERIFY(a2.isValid());

    // A group inserted above the one holding A2.
    bookmark({ QStringLiteral("T1") });
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Tue 5 May"));
    QVERIFY(QModelIndex(a2) == model.indexOfSession(QStringLiteral("A2")));

    // A group removed above it.
    const QPersistentModelIndex again(model.indexOfSession(QStringLiteral("A2")));
    QVERIFY(again.isValid());
    bookmark({ QStringLiteral("T1") }, false);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(QModelIndex(again) == model.indexOfSession(QStringLiteral("A2")));
}

void TestScheduleModel::switchesLanguageWithoutReset()
{
    bookmark({ QStringLiteral("T1"), QStringLiteral("X1"), QStringLiteral("A1") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);

    model.setLanguage(Language::Chinese);
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() >= 2); // the groups, and the items of each
    QCOMPARE(headers.size(), 1);
    // Every item row of every group was announced as changed.
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        bool covered = false;
        for (const QList<QVariant> &signal : std::as_const(changes)) {
            const QModelIndex topLeft = signal.at(0).value<QModelIndex>();
            const QModelIndex bottomRight = signal.at(1).value<QModelIndex>();
            covered = covered
                || (topLeft.parent() == group && topLeft.row() == 0
                    && bottomRight.row() == model.rowCount(group) - 1
                    && bottomRight.column() == ScheduleModel::ColumnCount - 1);
        }
        QVERIFY2(covered, qPrintable(QStringLiteral("group %1").arg(g)));
    }

    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("5月4日 週一"));
    const QModelIndex t1 = model.indexOfSession(QStringLiteral("T1"));
    QCOMPARE(t1.siblingAtColumn(ScheduleModel::TitleColumn).data().toString(),
        QStringLiteral("⚠ 記憶體配置"));
    QCOMPARE(t1.data().toString(), QStringLiteral("09:30–10:15"));
    QVERIFY(t1.data(Qt::ToolTipRole).toString().contains(QStringLiteral("重疊演講")));
    QVERIFY(model.indexOfSession(QStringLiteral("X1"))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("記憶體配置")));
    QCOMPARE(model.indexOfSession(QStringLiteral("A1"))
                 .siblingAtColumn(ScheduleModel::TitleColumn)
                 .data()
                 .toString(),
        QStringLiteral("量子機器學習"));

    changes.clear();
    model.setLanguage(Language::Chinese); // unchanged: nothing to announce
    QCOMPARE(changes.size(), 0);
    model.setLanguage(Language::English);
    QCOMPARE(t1.siblingAtColumn(ScheduleModel::TitleColumn).data().toString(),
        QStringLiteral("⚠ Memory allocation"));
    QCOMPARE(resets.size(), 0);
}

void TestScheduleModel::findsSessionByKey()
{
    bookmark({ QStringLiteral("T1"), QStringLiteral("X2"), QStringLiteral("T2") });
    ScheduleModel model(*m_store, *m_userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConference(conferenceKey);

    const QModelIndex x2 = model.indexOfSession(QStringLiteral("X2"));
    QVERIFY(x2.isValid());
    QCOMPARE(x2.model(), &model);
    QCOMPARE(x2.row(), 2); // after T1 and the gap
    QCOMPARE(x2.column(), 0);
    QCOMPARE(x2.parent(), model.index(0, 0));
    QCOMPARE(x2, model.index(2, 0, model.index(0, 0)));
    QCOMPARE(x2.data(ScheduleModel::SessionKeyRole).toString(), QStringLiteral("X2"));
    const QModelIndex t2 = model.indexOfSession(QStringLiteral("T2"));
    QCOMPARE(t2.parent().row(), 1);
    QCOMPARE(t2.parent().data().toString(), QStringLiteral("Tue 5 May"));
    QVERIFY(!model.indexOfSession(QStringLiteral("A1")).isValid()); // not bookmarked
    QVERIFY(!model.indexOfSession(QStringLiteral("nope")).isValid());
    QVERIFY(!model.indexOfSession(QString()).isValid());
}

void TestScheduleModel::headers()
{
    ScheduleModel model(*m_store, *m_userData);
    QCOMPARE(model.headerData(ScheduleModel::TimeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Time"));
    QCOMPARE(model.headerData(ScheduleModel::TitleColumn, Qt::Horizontal).toString(),
        QStringLiteral("Session"));
    QCOMPARE(model.headerData(ScheduleModel::RoomColumn, Qt::Horizontal).toString(),
        QStringLiteral("Room"));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

QTEST_GUILESS_MAIN(TestScheduleModel)
#include "tst_schedulemodel.moc"
