#pragma once

#include "storestatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUrl>
#include <optional>

namespace planner {

class Database;

// The web address a conference's programme comes from, with what its server said
// about the copy stored (for conditional requests).
struct ProgrammeSource
{
    QString conferenceKey;
    QUrl url; // never with a user name or password
    QByteArray etag;
    QByteArray lastModified;
    QDateTime fetchedAt; // UTC; when the stored copy was downloaded
};

// Reads and writes programme sources: the subscription side of a conference.
class ProgrammeSourceStore
{
    Q_DECLARE_TR_FUNCTIONS(planner::ProgrammeSourceStore)

public:
    explicit ProgrammeSourceStore(Database &database);

    std::optional<ProgrammeSource> source(const QString &conferenceKey) const;
    QList<ProgrammeSource> sources() const;
    // Replaces the conference's source; the conference must be stored. A user name
    // and password in the address are dropped, not stored.
    StoreStatus setSource(const ProgrammeSource &source);

private:
    Database &m_database;
};

} // namespace planner
