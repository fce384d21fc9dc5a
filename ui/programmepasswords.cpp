#include "programmepasswords.h"

#include "passwordkeyring.h"
#include "programmedownload.h"
#include "programmepassworddialog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace planner {

ProgrammePasswords::ProgrammePasswords(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_keyring(new PasswordKeyring(this))
{
}

ProgrammePasswordDialog *ProgrammePasswords::dialog() const
{
    return m_dialog.data();
}

QString ProgrammePasswords::entryKey(const QUrl &url, const QString &realm)
{
    // One entry per server and protected place, whatever the programme's path.
    const QUrl server = url.adjusted(
        QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return QStringLiteral("programme:%1 %2").arg(server.toString(), realm);
}

void ProgrammePasswords::find(
    const DownloadResult &result, bool mayAsk, std::function<void(std::optional<Credentials>)> done)
{
    const QUrl asked = result.finalUrl.isEmpty() ? result.url : result.finalUrl;
    const QString key = entryKey(asked, result.realm);
    const auto fromUser
        = [this, result, mayAsk, done] { done(mayAsk ? ask(result) : std::nullopt); };
    if (result.passwordRefused) // the keyring's, most likely: the user knows better
        return fromUser();
    m_keyring->read(key, [result, key, fromUser, done](std::optional<QString> kept) {
        const QJsonObject entry
            = kept ? QJsonDocument::fromJson(kept->toUtf8()).object() : QJsonObject();
        const QString user = entry.value(QLatin1String("user")).toString();
        if (user.isEmpty())
            return fromUser();
        done(Credentials {
            result.host, user, entry.value(QLatin1String("password")).toString(), QString() });
    });
}

std::optional<ProgrammePasswords::Credentials> ProgrammePasswords::ask(const DownloadResult &result)
{
    ProgrammePasswordDialog dialog(result.host, result.realm, result.passwordRefused, m_window);
    m_dialog = &dialog;
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QUrl asked = result.finalUrl.isEmpty() ? result.url : result.finalUrl;
    return Credentials { result.host, dialog.user(), dialog.password(),
        dialog.keep() ? entryKey(asked, result.realm) : QString() };
}

void ProgrammePasswords::accepted(const Credentials &credentials)
{
    if (credentials.keyringEntry.isEmpty())
        return;
    const QJsonObject entry { { QStringLiteral("user"), credentials.user },
        { QStringLiteral("password"), credentials.password } };
    // Where there is no keyring they are asked again at the next start, as they
    // are nowhere else.
    m_keyring->write(credentials.keyringEntry,
        QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)),
        [](const QString &) {});
}

} // namespace planner
