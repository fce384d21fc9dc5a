#include "applicationinfo.h"
#include "commandline.h"
#include "commandrunner.h"

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
    QTest::newRow("ics") << QStringLiteral("ics") << QByteArray("BEGIN:VCALENDAR\r\n");
    QTest::newRow("md") << QStringLiteral("md") << QByteArray("# NVIDIA GTC 2025");
    QTest::newRow("csv") << QStringLiteral("csv")
                         << QByteArray("\xEF\xBB\xBF"
                                       "Date,");
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
}

void TestExportCommand::exportsEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    const QString file = path(QStringLiteral("agenda.") + format);
    const Outcome r = run({ QStringLiteral("export"), QStringLiteral("--format"), format,
        QStringLiteral("-o"), file, QStringLiteral("--language"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    // "session(s)" until the English plural catalogue says "sessions".
    QVERIFY2(r.out.startsWith(QLatin1String("Exported 3 session")), qPrintable(r.out));
    QVERIFY2(r.out.endsWith(QStringLiteral(" to %1\n").arg(file)), qPrintable(r.out));
    QVERIFY2(readAll(file).startsWith(start), readAll(file).left(40).constData());
}

void TestExportCommand::notesOnlyWithWithNotes()
{
    const QString file = path(QStringLiteral("agenda.md"));
    const QStringList command = { QStringLiteral("export"), QStringLiteral("--output"), file };
    QCOMPARE(run(command).exitCode, int(CommandLine::Success));
    QVERIFY(!QString::fromUtf8(readAll(file)).contains(note));
    QCOMPARE(run(command + QStringList { QStringLiteral("--with-notes") }).exitCode,
        int(CommandLine::Success));
    QVERIFY(QString::fromUtf8(readAll(file)).contains(note));
}

void TestExportCommand::allExportsTheWholeProgramme()
{
    const QString file = path(QStringLiteral("all.md"));
    const Outcome r
        = run({ QStringLiteral("export"), QStringLiteral("-o"), file, QStringLiteral("--all") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    // "session(s)" until the English plural catalogue says "sessions".
    QVERIFY2(r.out.startsWith(QLatin1String("Exported 7 session")), qPrintable(r.out));
    QVERIFY2(r.out.endsWith(QStringLiteral(" to %1\n").arg(file)), qPrintable(r.out));
    QCOMPARE(QString::fromUtf8(readAll(file)).count(QStringLiteral("\n## ")), 7);
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

void TestExportCommand::calendarReportsLeftOutSessions()
{
    const QString file = path(QStringLiteral("agenda.ics"));
    const Outcome r
        = run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ics"),
            QStringLiteral("-o"), file, QStringLiteral("--language"), QStringLiteral("en") });
    QCOMPARE(r.exitCode, int(CommandLine::Success));
    QVERIFY2(r.err.contains(QStringLiteral("NVIDIA: Comprehensive Support for End-to-End "
                                           "Autonomous Driving")),
        qPrintable(r.err));
    QCOMPARE(readAll(file).count("BEGIN:VEVENT"), 2);
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
    // NFKC: Qt writes some shared CJK glyphs as their Kangxi radical code points.
    const QString extracted
        = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY2(extracted.contains(QStringLiteral("開發人員人工智慧大會")), qPrintable(extracted));
}

// PDF needs text layout, so a QGuiApplication (offscreen in the tests).
QTEST_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
