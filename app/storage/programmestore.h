#pragma once

#include "conferencedata.h"
#include "sessionrow.h"
#include "storestatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <optional>

class QSqlQuery;

namespace planner {

class Database;

// Conference content in the database: importing programmes and reading them back.
// The user's own data is UserDataStore's; nothing here deletes it, short of
// deleteConference() told to forget it.
class ProgrammeStore
{
    Q_DECLARE_TR_FUNCTIONS(planner::ProgrammeStore)

public:
    explicit ProgrammeStore(Database &database);

    // Adds or updates a whole programme in one transaction, upserting tracks and
    // sessions by their stable keys. Sessions missing from `data` are kept, marked
    // removed, and listed in the report. `sourceHash` identifies the input, so a
    // caller can skip re-importing the same bytes.
    StoreStatus importConference(
        const ConferenceData &data, const QString &sourceHash, ImportReport *report = nullptr);

    enum UserData { KeepUserData, ForgetUserData };
    // Removes a conference with its tracks and sessions in one transaction. The
    // user's bookmarks, notes, annotations, own key points and planned times on
    // it stay (and reappear if it is imported again) unless told to forget them.
    StoreStatus deleteConference(const QString &key, UserData policy);

    QList<ConferenceSummary> conferences() const;
    std::optional<Conference> conference(const QString &key) const;
    QString sourceHash(const QString &conferenceKey) const;
    QList<Track> tracks(const QString &conferenceKey) const;
    // Rows of the current programme and of removed sessions, in programme order.
    QList<SessionRow> sessionRows(const QString &conferenceKey) const;
    // The rows of the sessions the user bookmarked, removed ones included, in the
    // same order: what the personal schedule needs, without reading the programme.
    QList<SessionRow> bookmarkedSessionRows(const QString &conferenceKey) const;
    // A session's speakers, for a view that shows them beside its rows' titles
    // and asks only for the rows in sight (the day grid).
    QStringList speakers(const QString &conferenceKey, const QString &sessionKey) const;
    // The same for several sessions at once (a screen of them), by session key;
    // sessions not found are left out.
    QHash<QString, QStringList> speakers(
        const QString &conferenceKey, const QStringList &sessionKeys) const;
    // The keys of the sessions gone from the programme (usually none or a few).
    QSet<QString> removedSessionKeys(const QString &conferenceKey) const;
    enum Scope { CurrentOnly, WithRemoved, BookmarkedWithRemoved };
    // Whole sessions in programme order; removed ones (last) only when asked for.
    // BookmarkedWithRemoved: only those the user bookmarked, removed or not.
    QList<Session> sessions(const QString &conferenceKey, Scope scope = CurrentOnly) const;
    std::optional<Session> session(const QString &conferenceKey, const QString &sessionKey) const;

private:
    std::optional<qint64> conferenceId(const QString &key) const;
    StoreStatus failure(const QSqlQuery &query) const;

    Database &m_database;
};

} // namespace planner
