#pragma once

#include "annotation.h"
#include "storestatus.h"
#include "userdatabackup.h"

#include <QDateTime>
#include <QObject>

namespace planner {

class UserDataStore;

// The one way the window changes the user's data: writes through the store and,
// when the write succeeded, tells every model and view that shows it. Views never
// write to the store themselves, so no view can miss a change.
class UserDataService : public QObject
{
    Q_OBJECT

public:
    explicit UserDataService(UserDataStore &store, QObject *parent = nullptr);

    UserDataStore &store() const { return m_store; }

    StoreStatus setBookmarked(const QString &conference, const QString &session, bool bookmarked);
    StoreStatus setNote(const QString &conference, const QString &session, const QString &text);
    StoreStatus setAnnotation(
        const QString &conference, const QString &session, const Annotation &annotation);
    // `key` receives the new point's key, or gives the key of one coming back.
    StoreStatus addUserKeyPoint(const QString &conference, const QString &session,
        const QString &text, QString *key = nullptr);
    StoreStatus removeUserKeyPoint(
        const QString &conference, const QString &session, const QString &key);
    StoreStatus setUserKeyPointText(const QString &conference, const QString &session,
        const QString &key, const QString &text);
    StoreStatus setUserKeyPointOrder(
        const QString &conference, const QString &session, const QStringList &keys);
    StoreStatus setPlannedTime(const QString &conference, const QString &session,
        const QDateTime &start, const QDateTime &end);
    // A session's own reminder, in minutes before it (0: none); none: the usual one.
    StoreStatus setReminderMinutes(
        const QString &conference, const QString &session, std::optional<int> minutes);
    // Merges a backup into the store in one transaction (see UserDataBackup).
    StoreStatus restore(const UserDataSnapshot &snapshot, UserDataBackup::ConflictPolicy policy,
        RestoreReport *summary = nullptr);

signals:
    void bookmarkChanged(const QString &conference, const QString &session, bool bookmarked);
    void noteChanged(const QString &conference, const QString &session, const QString &text);
    void keyPointsChanged(const QString &conference, const QString &session);
    void plannedTimeChanged(const QString &conference, const QString &session);
    void reminderChanged(const QString &conference, const QString &session);
    // A restore changed the user data of these conferences, possibly on many
    // sessions at once: whatever shows one of them reads it again.
    void restored(const QStringList &conferences);
    // A write failed (read-only or full disk, locked database): the message is for the user.
    void writeFailed(const QString &message);

private:
    StoreStatus report(const StoreStatus &status);

    UserDataStore &m_store;
};

} // namespace planner
