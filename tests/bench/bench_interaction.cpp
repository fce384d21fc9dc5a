// What the user feels once the window is up, over a copy of a database:
// search as you type (each keystroke to the repainted tree), bookmark toggle
// and note autosave (store write to repainted views).
//
//   bench_interaction --database PATH [--conference KEY] [--rounds N]
//                     [--pace MS] [--search-only]
//
// Keys come back to back, each as soon as the one before is painted: the work a
// keystroke hands to other threads is then left to the next one. --pace 100
// types one every 100 ms instead (120 words a minute, a fast typist), the event
// loop running in between as it does while a person types. --search-only
// leaves out the bookmarks and notes.

#include "benchutil.h"

#include "applicationinfo.h"
#include "database.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "noteseditor.h"
#include "programmefiltermodel.h"
#include "scheduleview.h"
#include "sessiondetailspane.h"
#include "tracktreemodel.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace planner;

namespace {

// One keystroke as the user makes it: Latin keys as key events, Chinese as an
// input method commits it, Backspace as a key.
void type(QLineEdit *field, QChar c)
{
    if (c == u'\b') {
        QTest::keyClick(field, Qt::Key_Backspace);
    } else if (c.unicode() < 128) {
        QTest::keyClick(field, c.toLatin1());
    } else {
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(field, &event);
    }
}

// Counts the paints of a view, to know that a change reached the screen.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

PaintCounter *treePaints = nullptr;

// Until the views show the change: pending events run, layouts included, and
// the regions they made dirty are painted, as the event loop would. Should no
// paint of the programme tree have happened, one is forced, so that a figure
// never leaves out the paint.
void settle(MainWindow &window)
{
    const int before = treePaints->paints;
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (treePaints->paints == before)
        window.programmeView()->viewport()->repaint();
}

// Until `pace` ms after `since` was started, the event loop running.
void waitForPace(QElapsedTimer &since, int pace)
{
    if (pace > 0 && since.isValid()) {
        const qint64 left = pace - since.elapsed();
        if (left > 0)
            QTest::qWait(int(left));
    }
    since.start();
}

void searchAsYouType(MainWindow &window, const QString &query, int pace)
{
    QLineEdit *field = window.searchField();
    QElapsedTimer lastKey;
    waitForPace(lastKey, pace);
    field->clear();
    settle(window);
    QString keys = query;
    keys += QString(query.size(), u'\b'); // and back to the whole programme
    for (const QChar c : std::as_const(keys)) {
        waitForPace(lastKey, pace);
        QElapsedTimer timer;
        timer.start();
        type(field, c);
        settle(window);
        bench::result("search_keystroke", bench::ms(timer));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), {}, QStringLiteral("PATH"));
    const QCommandLineOption conferenceOption(
        QStringLiteral("conference"), {}, QStringLiteral("KEY"));
    const QCommandLineOption roundsOption(
        QStringLiteral("rounds"), {}, QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption paceOption(
        QStringLiteral("pace"), {}, QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption searchOnlyOption(QStringLiteral("search-only"));
    parser.addOptions(
        { databaseOption, conferenceOption, roundsOption, paceOption, searchOnlyOption });
    parser.process(app);
    if (parser.isSet(conferenceOption))
        QSettings().setValue(QStringLiteral("conference/last"), parser.value(conferenceOption));
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const int pace = qMax(0, parser.value(paceOption).toInt());

    InterfaceLanguage translations;
    translations.install(Language::English);
    Database database;
    if (!database.open(parser.value(databaseOption)).ok())
        return 1;
    MainWindow window(database, translations);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window) || !QTest::qWaitForWindowActive(&window))
        return 1;
    PaintCounter counter;
    treePaints = &counter;
    window.programmeView()->viewport()->installEventFilter(&counter);
    // The user's Ctrl+F first: nothing is typed into a field without the focus.
    window.searchField()->setFocus(Qt::ShortcutFocusReason);
    QTest::qWait(200);

    // The first keystroke may load the search texts; it is reported on its own.
    {
        QElapsedTimer timer;
        timer.start();
        type(window.searchField(), u'q');
        settle(window);
        bench::result("search_first_keystroke", bench::ms(timer));
    }
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : { QStringLiteral("quantum kernel"), QStringLiteral("量子網路"),
                 QStringLiteral("chen") })
            searchAsYouType(window, query, pace);
    }
    window.searchField()->clear();
    settle(window);
    if (parser.isSet(searchOnlyOption))
        return 0;

    // Bookmark toggles on sessions spread over the programme.
    TrackTreeModel *model = window.programmeModel();
    QStringList keys;
    for (int t = 0; t < model->rowCount() && keys.size() < 20;
         t += qMax(1, model->rowCount() / 20)) {
        const QModelIndex track = model->index(t, 0);
        if (model->rowCount(track) > 0)
            keys.append(model->index(0, 0, track).data(TrackTreeModel::SessionKeyRole).toString());
    }
    for (int round = 0; round < rounds; ++round) {
        for (const QString &key : std::as_const(keys)) {
            window.selectSession(key);
            settle(window);
            const bool before
                = window.userData()->store().isBookmarked(window.conferenceKey(), key);
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(window.programmeView(), Qt::Key_D, Qt::ControlModifier);
            settle(window);
            bench::result("bookmark_toggle", bench::ms(timer));
            if (window.userData()->store().isBookmarked(window.conferenceKey(), key) == before) {
                std::fprintf(
                    stderr, "bench_interaction: Ctrl+D did not toggle %s\n", qPrintable(key));
                return 1;
            }
        }
    }

    // Note autosave: what the timer's flush costs, write to views updated.
    NotesEditor *notes = window.detailsPane()->notesEditor();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &key : std::as_const(keys)) {
            window.selectSession(key);
            settle(window);
            notes->editor()->setPlainText(QStringLiteral("note %1 筆記 %2").arg(round).arg(key));
            QElapsedTimer timer;
            timer.start();
            notes->flush();
            settle(window);
            bench::result("note_autosave", bench::ms(timer));
        }
    }
    bench::result("interaction_rss", bench::residentMb(), "MB");
    return 0;
}
