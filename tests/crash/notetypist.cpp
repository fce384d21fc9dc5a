// Types a note into the real planner window, a word at a time, and reports each
// word on stdout as soon as it is in the editor, so tst_crashsafety can kill this
// process at any moment and compare what was saved with what had been typed.
//
//   note-typist --database PATH --key SESSION   (QApplication keeps --session for itself)
//
// Prints "ready" once the session's notes have focus, then "typed:<word>" lines.

#include "bundledconference.h"
#include "database.h"
#include "interfacelanguage.h"
#include "mainwindow.h"
#include "noteseditor.h"
#include "sessiondetailspane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace planner;

namespace {

// ASCII words come as key presses; every third word is Chinese, committed the way
// an input method does it.
QString word(int n)
{
    return n % 3 == 2 ? QStringLiteral("筆記%1 ").arg(n) : QStringLiteral("w%1 ").arg(n);
}

void type(QPlainTextEdit *editor, const QString &text)
{
    if (text.front().unicode() < 128) {
        QTest::keyClicks(editor, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(editor, &commit);
}

void report(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), {}, QStringLiteral("P"));
    const QCommandLineOption sessionOption(QStringLiteral("key"), {}, QStringLiteral("KEY"));
    parser.addOptions({ databaseOption, sessionOption });
    parser.process(app);

    Database database;
    StoreStatus status = database.open(parser.value(databaseOption));
    if (status.ok())
        status = BundledConference::ensureImported(database);
    if (!status.ok()) {
        qCritical("%s", qPrintable(status.error));
        return 1;
    }
    InterfaceLanguage translations;
    translations.install(Language::English);
    MainWindow window(database, translations);
    window.show();
    window.showConference(BundledConference::key());
    window.selectSession(parser.value(sessionOption));
    QPlainTextEdit *editor = window.detailsPane()->notesEditor()->editor();
    if (!editor->isEnabled()) {
        qCritical("session %s is not in the programme", qPrintable(parser.value(sessionOption)));
        return 1;
    }
    editor->setFocus();
    report("ready\n");

    int n = 0;
    QTimer typist;
    typist.setInterval(10);
    QObject::connect(&typist, &QTimer::timeout, &typist, [&] {
        const QString text = word(n++);
        type(editor, text);
        report("typed:" + text.toUtf8() + '\n');
    });
    typist.start();
    return QApplication::exec();
}
