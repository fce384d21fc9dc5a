#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QWidget;

namespace planner {

class PasswordKeyring;
class ProgrammePasswordDialog;
struct DownloadResult;

// The user names and passwords of programmes behind a password: from the
// desktop's keyring (never the settings, the database or the address kept), else
// asked in the window (ProgrammePasswordDialog), and kept in the keyring once the
// server has accepted them, when the user said so.
class ProgrammePasswords : public QObject
{
    Q_OBJECT

public:
    struct Credentials
    {
        QString host;
        QString user;
        QString password;
        QString keyringEntry; // where to keep them once accepted; empty: not kept
    };

    explicit ProgrammePasswords(QWidget *window);

    // For the server that answered `result` (HTTP 401): the keyring's, unless
    // those were just refused; else, when `mayAsk`, the user's. nullopt: none.
    void find(const DownloadResult &result, bool mayAsk,
        std::function<void(std::optional<Credentials>)> done);
    // The server accepted them: kept in the keyring when the user asked.
    void accepted(const Credentials &credentials);
    static QString entryKey(const QUrl &url, const QString &realm);
    // For tests: the dialog, while it asks.
    ProgrammePasswordDialog *dialog() const;

private:
    std::optional<Credentials> ask(const DownloadResult &result);

    QWidget *m_window;
    PasswordKeyring *m_keyring;
    QPointer<ProgrammePasswordDialog> m_dialog;
};

} // namespace planner
