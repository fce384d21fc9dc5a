#pragma once

// A real CalDAV server for the publishing tests: Debian's Radicale on 127.0.0.1,
// on a free port, with a temporary storage folder and htpasswd users, and an
// independent client (python3-caldav, tests/tools/caldav-peek.py) to see what it
// holds. Started and stopped by the test.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <memory>

namespace planner {

class RadicaleServer
{
public:
    QString user = QStringLiteral("alice");
    QString password = QStringLiteral("s3cret pass");

    RadicaleServer() = default;
    // Keeps the server's files under `folder` (a memory file system such as
    // /dev/shm keeps the disk's flushes out of a measurement).
    explicit RadicaleServer(const QString &folder)
        : m_dir(folder + QStringLiteral("/conference-planner-XXXXXX"))
    {
    }

    static QString program() { return QStandardPaths::findExecutable(QStringLiteral("radicale")); }
    static bool available() { return !program().isEmpty(); }

    ~RadicaleServer() { stop(); }

    // Writes the users and the configuration, and starts the server; an empty
    // answer when it accepts connections.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (m_port == 0) {
            QTcpServer probe; // a free port, given back at once for the server
            if (!probe.listen(QHostAddress::LocalHost))
                return QStringLiteral("no free port");
            m_port = probe.serverPort();
            const QString users = m_dir.filePath(QStringLiteral("users"));
            const int made = QProcess::execute(QStringLiteral("htpasswd"),
                { QStringLiteral("-c"), QStringLiteral("-b"), QStringLiteral("-m"), users, user,
                    password });
            if (made != 0)
                return QStringLiteral("htpasswd failed (%1)").arg(made);
            QFile config(m_dir.filePath(QStringLiteral("config")));
            if (!config.open(QIODevice::WriteOnly))
                return config.errorString();
            config.write(QStringLiteral("[server]\nhosts = 127.0.0.1:%1\n"
                                        "[auth]\ntype = htpasswd\nhtpasswd_filename = %2\n"
                                        "htpasswd_encryption = md5\ndelay = 0\n"
                                        "[storage]\nfilesystem_folder = %3\n"
                                        "[rights]\ntype = owner_only\n"
                                        "[web]\ntype = none\n"
                                        "[logging]\nlevel = warning\n")
                             .arg(m_port)
                             .arg(users, storage())
                             .toUtf8());
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(
            program(), { QStringLiteral("--config"), m_dir.filePath(QStringLiteral("config")) });
        if (!m_process->waitForStarted(10000))
            return m_process->errorString();
        for (int i = 0; i < 200; ++i) { // up to 20 s on a busy machine
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return {};
            if (m_process->state() == QProcess::NotRunning)
                return QStringLiteral("radicale ended: %1").arg(m_process->exitCode());
            QThread::msleep(100);
        }
        return QStringLiteral("radicale did not listen on port %1").arg(m_port);
    }

    // Ends the server at once, as a crash or a pulled cable would.
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000))
                kill();
        }
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }
    QString storage() const { return m_dir.filePath(QStringLiteral("collections")); }

    // The calendar files the server keeps for `calendarPath` (as "/alice/gtc/").
    int storedFiles(const QString &calendarPath) const
    {
        return int(QDir(storage() + QStringLiteral("/collection-root") + calendarPath)
                       .entryList({ QStringLiteral("*.ics") }, QDir::Files)
                       .size());
    }

    // Runs tests/tools/caldav-peek.py: what another calendar application sees.
    QByteArray peek(const QStringList &arguments, QString *error = nullptr) const
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            QStringList { QStringLiteral(PLANNER_SOURCE_DIR "/tests/tools/caldav-peek.py"),
                arguments.value(0), url().toString(), user, password }
                + arguments.mid(1));
        python.waitForFinished(60000);
        if (error && (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0))
            *error = QString::fromUtf8(python.readAllStandardError());
        return python.readAllStandardOutput();
    }

    // The events in `calendar`, as the independent client reads them.
    QJsonArray events(const QUrl &calendar, QString *error = nullptr) const
    {
        return QJsonDocument::fromJson(peek({ QStringLiteral("list"), calendar.toString() }, error))
            .array();
    }

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace planner
