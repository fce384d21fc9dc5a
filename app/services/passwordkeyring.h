#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

namespace planner {

// Keeps a CalDAV account's password in the desktop's keyring (Secret Service,
// KWallet) through QtKeychain, never in the settings or the database. Where there
// is no keyring, reading finds nothing and writing fails: the password is then
// asked each time.
class PasswordKeyring : public QObject
{
    Q_OBJECT

public:
    explicit PasswordKeyring(QObject *parent = nullptr);

    // The keyring entry of `user` on `server`: one per account, whatever the conference.
    static QString entryKey(const QUrl &server, const QString &user);

    // Answers with the password, or nullopt when there is none or no keyring.
    void read(const QString &key, std::function<void(std::optional<QString>)> done);
    // Answers with an empty string when it was kept, else why not, in words.
    void write(const QString &key, const QString &password, std::function<void(QString)> done);
    void remove(const QString &key);

    // read(), waiting for the answer: for the command line. Gives up after
    // `timeoutMs`, as a keyring that asks the user may not be answered.
    std::optional<QString> readNow(const QString &key, int timeoutMs = 10000);
};

} // namespace planner
