#include "passwordkeyring.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace planner {

namespace {

const QString serviceName = QStringLiteral("conference-planner");

} // namespace

PasswordKeyring::PasswordKeyring(QObject *parent)
    : QObject(parent)
{
}

QString PasswordKeyring::entryKey(const QUrl &server, const QString &user)
{
    return QStringLiteral("caldav:%1@%2")
        .arg(user,
            server
                .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                    | QUrl::RemoveFragment)
                .toString());
}

void PasswordKeyring::read(const QString &key, std::function<void(std::optional<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError && !read->textData().isEmpty())
            done(read->textData());
        else
            done(std::nullopt);
    });
    job->start();
}

void PasswordKeyring::write(
    const QString &key, const QString &password, std::function<void(QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName, this);
    job->setKey(key);
    job->setTextData(password);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError
                ? QString()
                : tr("The password could not be kept in the keyring (%1): it will be asked for "
                     "again "
                     "at the next start.")
                      .arg(finished->errorString()));
    });
    job->start();
}

void PasswordKeyring::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName, this);
    job->setKey(key);
    job->setAutoDelete(true);
    job->start();
}

std::optional<QString> PasswordKeyring::readNow(const QString &key, int timeoutMs)
{
    QEventLoop loop;
    std::optional<QString> found;
    bool answered = false;
    read(key, [&](std::optional<QString> password) {
        found = std::move(password);
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return found;
}

} // namespace planner
