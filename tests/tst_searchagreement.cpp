#include "commandrunner.h"
#include "database.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "programmestore.h"
#include "programmetreehelpers.h"
#include "tracktreemodel.h"
#include "userdatastore.h"
#include "windowtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace planner;

namespace {

const QString conferenceKey = QStringLiteral("agree-2026");

// Words that share starts, ends and grams, so that a search finds a word in many
// titles and must tell a whole title from one that merely holds its words.
const QStringList vocabulary = { QStringLiteral("Rust"), QStringLiteral("Trust"),
    QStringLiteral("Rustacean"), QStringLiteral("Kernel"), QStringLiteral("Kernels"),
    QStringLiteral("Drivers"), QStringLiteral("Safety"), QStringLiteral("Memory"),
    QStringLiteral("Quantum"), QStringLiteral("Computing"), QStringLiteral("Networks"),
    QStringLiteral("Edge"), QStringLiteral("Knowledge"), QStringLiteral("AI"),
    QStringLiteral("Chain"), QStringLiteral("Supply"), QStringLiteral("Open"),
    QStringLiteral("Source"), QStringLiteral("Hardware"), QStringLiteral("Design"),
    QStringLiteral("C++"), QStringLiteral("Node.js"), QStringLiteral("量子"),
    QStringLiteral("量子計算"), QStringLiteral("網路"), QStringLiteral("安全"),
    QStringLiteral("„Chaos“"), QStringLiteral("(Re)Build"), QStringLiteral("Über"),
    QStringLiteral("Rüst"), QStringLiteral("2025"), QStringLiteral("Intro") };

// A programme of 1,200 sessions in 60 tracks: titles of three to six words of the
// vocabulary, speakers, and abstracts made of the same words.
ConferenceData generatedProgramme()
{
    QRandomGenerator random(31);
    const auto words = [&random](int count) {
        QStringList picked;
        for (int w = 0; w < count; ++w)
            picked.append(vocabulary.at(random.bounded(vocabulary.size())));
        return picked.join(u' ');
    };
    ConferenceData data;
    data.conference.key = conferenceKey;
    data.conference.title = LocalizedText::english(QStringLiteral("Agreement"));
    data.conference.timeZone = QStringLiteral("Europe/Berlin");
    data.conference.startDate = QDate(2026, 12, 27);
    data.conference.endDate = QDate(2026, 12, 30);
    for (int t = 0; t < 60; ++t)
        data.tracks.append({ QStringLiteral("t%1").arg(t),
            LocalizedText::english(QStringLiteral("Track %1 %2").arg(words(1)).arg(t)) });
    const QTimeZone berlin("Europe/Berlin");
    for (int s = 0; s < 1200; ++s) {
        Session session;
        session.key = QStringLiteral("g%1").arg(s);
        session.trackKey = data.tracks.at(random.bounded(60)).key;
        session.title = LocalizedText::english(words(3 + random.bounded(4)));
        session.speakers = { QStringLiteral("Speaker %1").arg(words(1)) };
        session.overview = LocalizedText::english(words(12));
        const QDate day = data.conference.startDate.addDays(random.bounded(4));
        const QDateTime start(day, QTime(10 + random.bounded(10), 0), berlin);
        session.time = SessionTime::timed(start, start.addSecs(1800), day);
        data.sessions.append(session);
    }
    return data;
}

} // namespace

// The window's search and `sessions --search` over one large generated programme:
// the same sessions for the same words, the best first on both sides.
class TestSearchAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findTheSameSessions();
    void exactTitleThenDownSelectsIt();

private:
    QStringList commandLineSearch(const QString &query) const;

    QTemporaryDir m_dir;
    QString m_path;
    ConferenceData m_data;
};

void TestSearchAgreement::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("agree.sqlite"));
    m_data = generatedProgramme();
    Database database;
    QVERIFY(database.open(m_path).ok());
    QVERIFY(ProgrammeStore(database).importConference(m_data, QStringLiteral("g")).ok());
    QVERIFY(UserDataStore(database)
                .setNote(conferenceKey, QStringLiteral("g7"), QStringLiteral("Zebrafish trust"))
                .ok());
}

QStringList TestSearchAgreement::commandLineSearch(const QString &query) const
{
    const Outcome outcome = runCommand(m_path,
        { QStringLiteral("sessions"), QStringLiteral("--conference"), conferenceKey,
            QStringLiteral("--search"), query, QStringLiteral("--json") });
    QStringList keys;
    for (const QJsonValue &value : QJsonDocument::fromJson(outcome.out.toUtf8()).array())
        keys.append(value.toObject().value(QLatin1String("key")).toString());
    return keys;
}

void TestSearchAgreement::findTheSameSessions()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    auto window = openWindow(database, language);
    QVERIFY(window);
    const QStringList queries = { QStringLiteral("rust"), QStringLiteral("trust"),
        QStringLiteral("RUST kernel"), QStringLiteral("kernel"), QStringLiteral("ernel"),
        QStringLiteral("量子"), QStringLiteral("子計"), QStringLiteral("c++"),
        QStringLiteral("node.js"), QStringLiteral("chaos"), QStringLiteral("build"),
        QStringLiteral("über"), QStringLiteral("ber"), QStringLiteral("rüst"),
        QStringLiteral("2025 ai"), QStringLiteral("speaker edge"), QStringLiteral("zebrafish"),
        QStringLiteral("q"), QStringLiteral("in"), QStringLiteral("safety 安全 open") };
    for (const QString &query : queries) {
        window->searchField()->setText(query);
        QStringList shown = shownSessionKeys(*window->programmeView()->model());
        QStringList found = commandLineSearch(query);
        QVERIFY2(!found.isEmpty() || query == QStringLiteral("ernel")
                || query == QStringLiteral("ber"),
            qPrintable(query));
        shown.sort();
        found.sort();
        QVERIFY2(shown == found,
            qPrintable(QStringLiteral("%1: window %2, command line %3")
                           .arg(query)
                           .arg(shown.size())
                           .arg(found.size())));
    }
    // Word starts in Latin, substrings in Chinese.
    window->searchField()->setText(QStringLiteral("rust"));
    for (const QString &key : shownSessionKeys(*window->programmeView()->model())) {
        const auto session = std::find_if(m_data.sessions.cbegin(), m_data.sessions.cend(),
            [&](const Session &s) { return s.key == key; });
        const QString all = session->title.en + u' ' + session->overview.en + u' '
            + session->speakers.join(u' ');
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("(^|\\W)[Rr]ust"))),
            qPrintable(all));
    }
}

void TestSearchAgreement::exactTitleThenDownSelectsIt()
{
    Database database;
    QVERIFY(database.open(m_path).ok());
    InterfaceLanguage language;
    auto window = openWindow(database, language);
    QVERIFY(window);
    // Titles found alone by their exact text but shown after others that hold
    // all their words: the first shown is the wrong talk.
    int tried = 0;
    for (const Session &target : std::as_const(m_data.sessions)) {
        if (tried == 12)
            break;
        const QString title = target.title.en;
        const int same = int(std::count_if(m_data.sessions.cbegin(), m_data.sessions.cend(),
            [&](const Session &s) { return s.title.en == title; }));
        window->searchField()->setText(title);
        const QStringList shown = shownSessionKeys(*window->programmeView()->model());
        if (same != 1 || shown.size() < 2 || shown.first() == target.key)
            continue;
        ++tried;
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window->searchField()->hasFocus());
        QTest::keyClick(window->searchField(), Qt::Key_Down);
        QCOMPARE(window->currentSessionKey(), target.key);
        QVERIFY(window->programmeView()->hasFocus());
        QCOMPARE(commandLineSearch(title).value(0), target.key);
        QTest::keyClick(window->programmeView(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(UserDataStore(database).isBookmarked(conferenceKey, target.key));
        // Enter in the search field does the same.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        window->programmeView()->setCurrentIndex({});
        QTest::keyClick(window->searchField(), Qt::Key_Return);
        QCOMPARE(window->currentSessionKey(), target.key);
    }
    QVERIFY2(tried >= 5, qPrintable(QString::number(tried)));
}

QTEST_MAIN(TestSearchAgreement)
#include "tst_searchagreement.moc"
