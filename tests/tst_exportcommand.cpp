#include "applicationinfo.h"
#include "commandline.h"
#include "commandrunner.h"
#include "database.h"
#include "programmestore.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <memory>

using namespace planner;

namespace {

const QString keynote = QStringLiteral("S72484");
const QString quantum = QStringLiteral("S74495");
const QString driving = QStringLiteral("nvidia-全面赋能端到端自动驾驶");
const QString note = QStringLiteral("記得問 \"Blackwell\", 價格; <script>alert(1)</script>");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString bare(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

// An export's words as a reader gets them, white space removed: escapes undone,
// markup and folding taken away, the PDF's text layer read by pdftotext.
QString readableText(const QString &format, const QString &file)
{
    QString text = QString::fromUtf8(readAll(file));
    if (format == QLatin1String("md")) {
        text.replace(QRegularExpression(QStringLiteral("\\\\(.)")), QStringLiteral("\\1"));
    } else if (format == QLatin1String("csv")) {
        text.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    } else if (format == QLatin1String("html")) {
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        for (const auto &[entity, c] : { std::pair { "&lt;", "<" }, { "&gt;", ">" },
                 { "&quot;", "\"" }, { "&#39;", "'" }, { "&amp;", "&" } })
            text.replace(QLatin1String(entity), QLatin1String(c));
    } else if (format == QLatin1String("ics")) {
        text.remove(QStringLiteral("\r\n "));
        text.replace(QRegularExpression(QStringLiteral("\\\\[nN]")), QStringLiteral("\n"));
        text.replace(QRegularExpression(QStringLiteral("\\\\([,;\\\\])")), QStringLiteral("\\1"));
    } else if (format == QLatin1String("pdf")) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") });
        process.waitForFinished(120000);
        text = QString::fromUtf8(process.readAllStandardOutput());
    }
    return bare(text);
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportsEachFormat_data();
    void exportsEachFormat();
    void notesOnlyWithWithNotes();
    void allExportsTheWholeProgramme();
    void languageChoosesContent();
    void formatFollowsSuffixWhenNotGiven();
    void calendarReportsLeftOutSessions();
    void emptyAgendaIsExportedWithAWarning();
    void unknownFormatIsUsageError();
    void missingOutputIsUsageError();
    void unwritablePathFailsNamingIt();
    void outputOptionBeforeCommandIsCommand();
    void helpListsExport();
    void processExportsPdf();
    void realProgrammeWholeInEveryFormat_data();
    void realProgrammeWholeInEveryFormat();

private:
    Outcome run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestExportCommand::initTestCase()
{
    ApplicationInfo::apply();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(QStringLiteral("planner.sqlite"));
    QCOMPARE(run({ QStringLiteral("bookmark"), QStringLiteral("add"), keynote, quantum, driving })
                 .exitCode,
        int(CommandLine::Success));
    QCOMPARE(run({ QStringLiteral("note"), QStringLiteral("set"), keynote, note }).exitCode,
        int(CommandLine::Success));
}

void TestExportCommand::cleanup()
{
    m_dir.reset();
}

Outcome TestExportCommand::run(const QStringList &arguments) const
{
    return runCommand(m_database, arguments);
}

void TestExportCommand::exportsEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<int>("written");
    // Three bookmarks; the calendar has no place for the one on demand with no planned time.
    QTest::newRow("ics") << QStringLiteral("ics") << QByteArray("BEGIN:VCALENDAR\r\n") << 2;
    QTest::newRow("md") << QStringLiteral("md") << QByteArray("# NVIDIA GTC 2025") << 3;
    QTest::newRow("digest") << QStringLiteral("digest")
                            << QByteArray("# NVIDIA GTC 2025: AI Conference for Developers\n2025-")
                            << 3;
    QTest::newRow("csv") << QStringLiteral("csv")
                         << QByteArray("\xEF\xBB\xBF"
                                       "Date,")
                         << 3;
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>") << 3;
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-") << 3;
}

void TestExportCommand::exportsEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    QFETCH(int, written);
    const QString file = path(QStringLiteral("agenda.") + format);
    const Outcome r = run({ QStringLiteral("export"), QStringLiteral("--format"), format,
        QStringLiteral("-o"), file, QStringLiteral("--language"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    // "session(s)" until the English plural catalogue says "sessions".
    QVERIFY2(r.out.startsWith(QStringLiteral("Exported %1 session").arg(written)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(" to %1.").arg(file)), qPrintable(r.out));
    QVERIFY2(readAll(file).startsWith(start), readAll(file).left(40).constData());
}

void TestExportCommand::notesOnlyWithWithNotes()
{
    const QString file = path(QStringLiteral("agenda.md"));
    const QStringList command = { QStringLiteral("export"), QStringLiteral("--output"), file };
    // Markdown escapes the note's markup, so it reads as typed.
    const QString escapedNote
        = QStringLiteral("記得問 \"Blackwell\", 價格; \\<script\\>alert(1)\\</script\\>");
    QCOMPARE(run(command).exitCode, int(CommandLine::Success));
    QVERIFY(!QString::fromUtf8(readAll(file)).contains(QStringLiteral("記得問")));
    QCOMPARE(run(command + QStringList { QStringLiteral("--with-notes") }).exitCode,
        int(CommandLine::Success));
    QVERIFY2(QString::fromUtf8(readAll(file)).contains(escapedNote), readAll(file).constData());
}

void TestExportCommand::allExportsTheWholeProgramme()
{
    const QString file = path(QStringLiteral("all.md"));
    const Outcome r
        = run({ QStringLiteral("export"), QStringLiteral("-o"), file, QStringLiteral("--all") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    // "session(s)" until the English plural catalogue says "sessions".
    QVERIFY2(r.out.startsWith(QLatin1String("Exported 7 session")), qPrintable(r.out));
    QVERIFY2(r.out.endsWith(QStringLiteral(" to %1.\n").arg(file)), qPrintable(r.out));
    QCOMPARE(QString::fromUtf8(readAll(file)).count(QStringLiteral("\n### ")), 7);
}

void TestExportCommand::languageChoosesContent()
{
    const QString file = path(QStringLiteral("zh.html"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("-o"), file,
                     QStringLiteral("--language"), QStringLiteral("zh_TW") })
                 .exitCode,
        int(CommandLine::Success));
    const QString html = QString::fromUtf8(readAll(file));
    QVERIFY(html.contains(QStringLiteral("開發人員人工智慧大會")));
    QVERIFY(html.contains(QStringLiteral("NVIDIA 全面賦能端到端自動駕駛")));
}

void TestExportCommand::formatFollowsSuffixWhenNotGiven()
{
    const QString file = path(QStringLiteral("agenda.CSV"));
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("-o"), file }).exitCode,
        int(CommandLine::Success));
    QVERIFY(readAll(file).startsWith("\xEF\xBB\xBF"));
}

// The count is what the calendar holds, and the same message says what was left
// out, why, and how to include it.
void TestExportCommand::calendarReportsLeftOutSessions()
{
    const QString file = path(QStringLiteral("agenda.ics"));
    const Outcome r
        = run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ics"),
            QStringLiteral("-o"), file, QStringLiteral("--language"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QCOMPARE(readAll(file).count("BEGIN:VEVENT"), 2);
    QVERIFY2(r.out.startsWith(QStringLiteral("Exported 2 sessions to %1. Left out 1 "
                                             "on-demand session with no time")
                                  .arg(file)),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("NVIDIA: Comprehensive Support for End-to-End "
                                           "Autonomous Driving")),
        qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Plan a Time")));
    QCOMPARE(r.err, QString());
}

void TestExportCommand::emptyAgendaIsExportedWithAWarning()
{
    QCOMPARE(
        run({ QStringLiteral("bookmark"), QStringLiteral("remove"), keynote, quantum, driving })
            .exitCode,
        int(CommandLine::Success));
    const QString file = path(QStringLiteral("empty.ics"));
    const Outcome r = run({ QStringLiteral("export"), QStringLiteral("-o"), file });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY2(r.err.contains(QLatin1String("--all")), qPrintable(r.err));
    QVERIFY(readAll(file).startsWith("BEGIN:VCALENDAR"));
}

void TestExportCommand::unknownFormatIsUsageError()
{
    const QString file = path(QStringLiteral("agenda.docx"));
    const Outcome r = run({ QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("docx"), QStringLiteral("-o"), file });
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("\"docx\"")), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));
    // Neither --format nor a known suffix.
    QCOMPARE(run({ QStringLiteral("export"), QStringLiteral("-o"), file }).exitCode,
        int(CommandLine::UsageError));
}

void TestExportCommand::missingOutputIsUsageError()
{
    const Outcome r
        = run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ics") });
    QCOMPARE(r.exitCode, int(CommandLine::UsageError));
    QVERIFY2(r.err.contains(QLatin1String("-o FILE")), qPrintable(r.err));
}

void TestExportCommand::unwritablePathFailsNamingIt()
{
    const QString file = path(QStringLiteral("missing/agenda.ics"));
    const Outcome r = run({ QStringLiteral("export"), QStringLiteral("-o"), file });
    QCOMPARE(r.exitCode, int(CommandLine::Failure));
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(file)), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));

    const Outcome folder = run({ QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("md"), QStringLiteral("-o"), m_dir->path() });
    QCOMPARE(folder.exitCode, int(CommandLine::Failure));
    QVERIFY2(folder.err.contains(QDir::toNativeSeparators(m_dir->path())), qPrintable(folder.err));
}

void TestExportCommand::outputOptionBeforeCommandIsCommand()
{
    const QString existing = path(QStringLiteral("existing.ics"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(CommandLine::isCommand({ QStringLiteral("conference-planner"), QStringLiteral("-o"),
        existing, QStringLiteral("export") }));
    QVERIFY(CommandLine::isCommand({ QStringLiteral("conference-planner"),
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("export") }));
}

void TestExportCommand::helpListsExport()
{
    const Outcome r = run({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY(r.out.contains(QLatin1String("export --format ics|md|csv|html|pdf -o FILE")));
    QVERIFY(r.out.contains(QLatin1String("--with-notes")));
    QVERIFY(r.out.contains(QLatin1String("--all")));
}

void TestExportCommand::processExportsPdf()
{
    if (qEnvironmentVariableIsEmpty("PLANNER_BINARY"))
        QSKIP("PLANNER_BINARY names no conference-planner executable");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks offscreen itself
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), m_dir->path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(
        QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    const QString file = path(QStringLiteral("議程.pdf"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("PLANNER_BINARY"),
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("-o"), file, QStringLiteral("--with-notes"),
            QStringLiteral("--language"), QStringLiteral("zh_TW"), QStringLiteral("--database"),
            m_database });
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == int(CommandLine::Success), qPrintable(err));
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(file));
    QVERIFY(readAll(file).startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return;
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(extracted.contains(QStringLiteral("開發人員人工智慧大會")), qPrintable(extracted));
}

void TestExportCommand::realProgrammeWholeInEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : { "md", "csv", "html", "ics", "pdf" })
        QTest::newRow(format) << QString::fromLatin1(format);
}

// camp2019's programme, exported whole: every session's abstract, description,
// speakers and links are in the file, and the count printed is what it holds.
void TestExportCommand::realProgrammeWholeInEveryFormat()
{
    QFETCH(QString, format);
    const QString programme
        = QStringLiteral(PLANNER_SOURCE_DIR "/../shared/data/camp2019-frab-example.schedule.json");
    if (!QFile::exists(programme))
        QSKIP("../shared/data (real programmes) is absent");
    if (format == QLatin1String("pdf")
        && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const Outcome imported = run({ QStringLiteral("import"), programme });
    QCOMPARE(imported.exitCode, int(CommandLine::Success));
    const QString key = QRegularExpression(QStringLiteral("\\(([^()]+)\\)"))
                            .match(imported.out)
                            .captured(1);
    QVERIFY2(!key.isEmpty(), qPrintable(imported.out));
    const QString file = path(QStringLiteral("camp.") + format);
    const Outcome r = run({ QStringLiteral("export"), QStringLiteral("--all"),
        QStringLiteral("--conference"), key, QStringLiteral("--language"), QStringLiteral("en"),
        QStringLiteral("-o"), file });
    QCOMPARE(r.exitCode, int(CommandLine::Success));

    Database database;
    QVERIFY(database.open(m_database).ok());
    const QList<Session> sessions = ProgrammeStore(database).sessions(key);
    QCOMPARE(sessions.size(), 79);
    QVERIFY2(r.out.startsWith(QStringLiteral("Exported 79 session")), qPrintable(r.out));
    // pdftotext joins a word hyphenated at a line's end ("Klima-" "Aktivist"), so
    // hyphens are compared out of the PDF's text.
    const bool pdf = format == QLatin1String("pdf");
    const auto bare = [pdf](const QString &text) {
        return pdf ? ::bare(text).remove(u'-') : ::bare(text);
    };
    const QString text = bare(readableText(format, file));
    for (const Session &s : sessions) {
        const QString what = s.key + u' ';
        for (const QString &part : { s.overview.text(Language::English),
                 s.description.text(Language::English) })
            QVERIFY2(text.contains(bare(part)), qPrintable(what + part.left(200)));
        for (const QString &speaker : s.speakers)
            QVERIFY2(text.contains(bare(speaker)), qPrintable(what + speaker));
        for (const Link &link : s.links) {
            // The page formats show a link's title and keep its address in the link.
            const QString address = link.url().toString(QUrl::FullyEncoded);
            const bool page = format == QLatin1String("pdf") || format == QLatin1String("html");
            const QString shown = page && !link.title.isEmpty() ? link.title : address;
            QVERIFY2(text.contains(bare(shown)), qPrintable(what + shown));
            // The href with its parentheses encoded, as PDF needs them.
            QString href = address;
            href.replace(u'(', QStringLiteral("%28")).replace(u')', QStringLiteral("%29"));
            if (format == QLatin1String("html") && link.url().scheme().startsWith(u"http"))
                QVERIFY(readAll(file).contains("href=\"" + href.toHtmlEscaped().toUtf8() + '"'));
        }
    }
}

// PDF needs text layout, so a QGuiApplication (offscreen in the tests).
QTEST_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
