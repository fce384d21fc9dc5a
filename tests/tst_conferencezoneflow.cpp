#include "conferencezone.h"
#include "conferencezonedialog.h"
#include "conferencezoneflow.h"
#include "database.h"
#include "importer.h"
#include "importtesthelpers.h"
#include "interfacelanguage.h"
#include "tracktreemodel.h"
#include "windowtesthelpers.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;
using namespace importtest;

namespace {

const QString zoneDays = QStringLiteral("zone-days-2025");

// The text of `column` on the session row titled `title`.
QString shownOf(const QAbstractItemModel &model, const QString &title, int column)
{
    for (int t = 0; t < model.rowCount(); ++t) {
        const QModelIndex track = model.index(t, 0);
        for (int s = 0; s < model.rowCount(track); ++s) {
            if (model.index(s, TrackTreeModel::TitleColumn, track).data().toString() == title)
                return model.index(s, column, track).data().toString();
        }
    }
    return {};
}

} // namespace

// View ▸ Conference Time Zone… in the window: the searchable list, and every
// shown time following the zone chosen.
class TestConferenceZoneFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialogNarrowsTheListAsTheUserTypes();
    void choosingAZoneMovesEveryShownTime();
    void cancelChangesNothing();

private:
    std::unique_ptr<MainWindow> openWindow();
    ConferenceZoneDialog *openDialog(MainWindow &window);

    InterfaceLanguage m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestConferenceZoneFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestConferenceZoneFlow::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(Language::English));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("window.sqlite"))).ok());
    const ImportOutcome imported = Importer(*m_db).importFile(fixture("zone-floating.ics"));
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
}

void TestConferenceZoneFlow::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestConferenceZoneFlow::openWindow()
{
    auto window = planner::openWindow(*m_db, m_translations);
    if (window && !window->openConference(zoneDays) && window->conferenceKey() != zoneDays)
        return nullptr;
    return window;
}

ConferenceZoneDialog *TestConferenceZoneFlow::openDialog(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("conferenceTimeZone"));
    if (!action)
        return nullptr;
    action->trigger();
    return window.zoneFlow()->dialog();
}

void TestConferenceZoneFlow::dialogNarrowsTheListAsTheUserTypes()
{
    ConferenceZoneDialog dialog(QStringLiteral("Zone Days"), QTimeZone("Europe/Brussels"),
        ConferenceZone::zoneIds());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.chosenZone(), QStringLiteral("Europe/Brussels"));
    typeText(dialog.filterEdit(), QStringLiteral("new york"));
    QCOMPARE(dialog.zoneList()->model()->rowCount(), 1);
    QCOMPARE(dialog.chosenZone(), QStringLiteral("America/New_York"));
    dialog.filterEdit()->clear();
    typeText(dialog.filterEdit(), QStringLiteral("europe/"));
    QVERIFY(dialog.zoneList()->model()->rowCount() > 20);
    const QString first = dialog.chosenZone();
    QTest::keyClick(dialog.filterEdit(), Qt::Key_Down);
    QVERIFY(dialog.chosenZone() != first);
    QVERIFY(dialog.chosenZone().startsWith(QLatin1String("Europe/")));
    dialog.filterEdit()->setText(QStringLiteral("no such place"));
    QCOMPARE(dialog.chosenZone(), QString());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestConferenceZoneFlow::choosingAZoneMovesEveryShownTime()
{
    auto window = openWindow();
    QVERIFY(window);
    const TrackTreeModel &model = *window->programmeModel();
    QCOMPARE(model.timeZone().id(), QByteArray("Europe/Brussels"));
    const QString utcBefore = shownOf(model, QStringLiteral("Talk in UTC"), TrackTreeModel::TimeColumn);
    QVERIFY2(utcBefore.contains(QLatin1String("3:00")), qPrintable(utcBefore));

    ConferenceZoneDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->chosenZone(), QStringLiteral("Europe/Brussels"));
    typeText(dialog->filterEdit(), QStringLiteral("taipei"));
    QCOMPARE(dialog->chosenZone(), QStringLiteral("Asia/Taipei"));
    QTest::keyClick(dialog->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(!window->zoneFlow()->dialog());

    QTRY_COMPARE(window->programmeModel()->timeZone().id(), QByteArray("Asia/Taipei"));
    // 14:00 UTC is 10:00 PM in Taipei; the floating talk stays at 10:00 AM.
    const QString utcAfter = shownOf(
        *window->programmeModel(), QStringLiteral("Talk in UTC"), TrackTreeModel::TimeColumn);
    QVERIFY2(utcAfter.contains(QLatin1String("10:00")) && utcAfter.contains(QLatin1String("PM")),
        qPrintable(utcAfter));
    const QString floating = shownOf(
        *window->programmeModel(), QStringLiteral("Floating talk"), TrackTreeModel::TimeColumn);
    QVERIFY2(floating.contains(QLatin1String("10:00")) && floating.contains(QLatin1String("AM")),
        qPrintable(floating));
    QCOMPARE(ConferenceZone(*m_db).zoneOf(zoneDays)->id(), QByteArray("Asia/Taipei"));
}

void TestConferenceZoneFlow::cancelChangesNothing()
{
    auto window = openWindow();
    QVERIFY(window);
    ConferenceZoneDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    typeText(dialog->filterEdit(), QStringLiteral("tokyo"));
    QTest::keyClick(dialog->filterEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!window->zoneFlow()->dialog());
    QCOMPARE(window->programmeModel()->timeZone().id(), QByteArray("Europe/Brussels"));
    QVERIFY(!ConferenceZone(*m_db).isChosen(zoneDays));
}

QTEST_MAIN(TestConferenceZoneFlow)
#include "tst_conferencezoneflow.moc"
