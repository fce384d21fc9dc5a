#include "userdataservice.h"

#include "userdatastore.h"

namespace planner {

UserDataService::UserDataService(UserDataStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

StoreStatus UserDataService::report(const StoreStatus &status)
{
    if (!status.ok())
        emit writeFailed(status.error);
    return status;
}

StoreStatus UserDataService::setBookmarked(
    const QString &conference, const QString &session, bool bookmarked)
{
    const StoreStatus status = report(m_store.setBookmarked(conference, session, bookmarked));
    if (status.ok())
        emit bookmarkChanged(conference, session, bookmarked);
    return status;
}

StoreStatus UserDataService::setNote(
    const QString &conference, const QString &session, const QString &text)
{
    const StoreStatus status = report(m_store.setNote(conference, session, text));
    if (status.ok())
        emit noteChanged(conference, session, text);
    return status;
}

StoreStatus UserDataService::setAnnotation(
    const QString &conference, const QString &session, const Annotation &annotation)
{
    const StoreStatus status = report(m_store.setAnnotation(conference, session, annotation));
    if (status.ok())
        emit keyPointsChanged(conference, session);
    return status;
}

StoreStatus UserDataService::addUserKeyPoint(
    const QString &conference, const QString &session, const QString &text, QString *key)
{
    const StoreStatus status = report(m_store.addUserKeyPoint(conference, session, text, key));
    if (status.ok())
        emit keyPointsChanged(conference, session);
    return status;
}

StoreStatus UserDataService::removeUserKeyPoint(
    const QString &conference, const QString &session, const QString &key)
{
    const StoreStatus status = report(m_store.removeUserKeyPoint(conference, session, key));
    if (status.ok())
        emit keyPointsChanged(conference, session);
    return status;
}

StoreStatus UserDataService::setUserKeyPointText(
    const QString &conference, const QString &session, const QString &key, const QString &text)
{
    const StoreStatus status
        = report(m_store.setUserKeyPointText(conference, session, key, text));
    if (status.ok())
        emit keyPointsChanged(conference, session);
    return status;
}

StoreStatus UserDataService::setUserKeyPointOrder(
    const QString &conference, const QString &session, const QStringList &keys)
{
    const StoreStatus status = report(m_store.setUserKeyPointOrder(conference, session, keys));
    if (status.ok())
        emit keyPointsChanged(conference, session);
    return status;
}

StoreStatus UserDataService::setPlannedTime(
    const QString &conference, const QString &session, const QDateTime &start, const QDateTime &end)
{
    const StoreStatus status = report(m_store.setPlannedTime(conference, session, start, end));
    if (status.ok())
        emit plannedTimeChanged(conference, session);
    return status;
}

StoreStatus UserDataService::setReminderMinutes(
    const QString &conference, const QString &session, std::optional<int> minutes)
{
    const StoreStatus status = report(m_store.setReminderMinutes(conference, session, minutes));
    if (status.ok())
        emit reminderChanged(conference, session);
    return status;
}

StoreStatus UserDataService::restore(
    const UserDataSnapshot &snapshot, UserDataBackup::ConflictPolicy policy, RestoreReport *summary)
{
    RestoreReport done;
    const StoreStatus status
        = report(UserDataBackup(m_store.database()).restore(snapshot, policy, &done));
    if (status.ok() && !done.changedConferences.isEmpty())
        emit restored(done.changedConferences);
    if (summary)
        *summary = done;
    return status;
}

} // namespace planner
