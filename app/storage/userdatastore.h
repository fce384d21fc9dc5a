#pragma once

#include "annotation.h"
#include "storestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QVariantMap>
#include <optional>

namespace planner {

class Database;

// What exists nowhere else: the user's bookmarks, notes, key-point annotations,
// own key points and planned times. Keyed by (conference key, session key), the
// identifiers that survive re-imports, and never deleted by an import.
class UserDataStore
{
    Q_DECLARE_TR_FUNCTIONS(planner::UserDataStore)

public:
    explicit UserDataStore(Database &database);

    Database &database() const { return m_database; }

    StoreStatus setBookmarked(const QString &conference, const QString &session, bool bookmarked);
    // All or none: one transaction for the whole list.
    StoreStatus setBookmarked(
        const QString &conference, const QStringList &sessions, bool bookmarked);
    bool isBookmarked(const QString &conference, const QString &session) const;
    // Session keys, in the order the user bookmarked them.
    QStringList bookmarks(const QString &conference) const;

    // An empty text removes the note.
    StoreStatus setNote(const QString &conference, const QString &session, const QString &text);
    QString note(const QString &conference, const QString &session) const;

    // An annotation neither starred nor commented is removed.
    StoreStatus setAnnotation(
        const QString &conference, const QString &session, const Annotation &annotation);
    QList<Annotation> annotations(const QString &conference, const QString &session) const;

    // Adds a key point of the user's own after the others; `key` receives its new
    // key, or gives the key of one removed that comes back (an undo).
    StoreStatus addUserKeyPoint(const QString &conference, const QString &session,
        const QString &text, QString *key = nullptr);
    StoreStatus removeUserKeyPoint(
        const QString &conference, const QString &session, const QString &key);
    StoreStatus setUserKeyPointText(const QString &conference, const QString &session,
        const QString &key, const QString &text);
    // Puts the session's own points in the order of `keys` (points not named keep
    // their place after them), in one transaction.
    StoreStatus setUserKeyPointOrder(
        const QString &conference, const QString &session, const QStringList &keys);
    // In the user's order.
    QList<UserKeyPoint> userKeyPoints(const QString &conference, const QString &session) const;

    // When the user plans to watch an on-demand session. A null `start` clears it.
    StoreStatus setPlannedTime(const QString &conference, const QString &session,
        const QDateTime &start, const QDateTime &end);
    std::optional<std::pair<QDateTime, QDateTime>> plannedTime(
        const QString &conference, const QString &session) const;

    // How long before a session the user wants to be reminded of it, in minutes
    // (0: not at all). None: the session follows the user's usual lead time.
    StoreStatus setReminderMinutes(
        const QString &conference, const QString &session, std::optional<int> minutes);
    std::optional<int> reminderMinutes(const QString &conference, const QString &session) const;

    // Everything the user keeps on a conference's sessions, by session key, in the
    // orders the per-session reads give: five queries for an agenda of any size
    // rather than four per session.
    struct SessionData
    {
        QString note;
        QList<Annotation> annotations;
        QList<UserKeyPoint> userKeyPoints;
        std::optional<std::pair<QDateTime, QDateTime>> plannedTime;
        std::optional<int> reminderMinutes;
    };
    QHash<QString, SessionData> sessionData(const QString &conference) const;

    // What a list shows of the user's own on each session: whether it has a note,
    // and how many key points are starred. Two small queries, for lists rebuilt
    // at every bookmark toggle.
    struct Marks
    {
        bool note = false;
        int starredPoints = 0;
    };
    QHash<QString, Marks> marks(const QString &conference) const;

private:
    StoreStatus write(const QString &sql, const QVariantMap &values);
    StoreStatus writeAll(const QString &sql, const QList<QVariantMap> &rows);

    Database &m_database;
};

} // namespace planner
