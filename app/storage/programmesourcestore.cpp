#include "programmesourcestore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace planner {

namespace {

const QString selectSources
    = QStringLiteral("SELECT c.key, s.url, s.etag, s.last_modified, s.fetched_at"
                     " FROM programme_source s JOIN conference c ON c.id = s.conference_id");

ProgrammeSource sourceAt(const QSqlQuery &q)
{
    ProgrammeSource source;
    source.conferenceKey = q.value(0).toString();
    source.url = QUrl(q.value(1).toString(), QUrl::StrictMode);
    source.etag = q.value(2).toString().toUtf8();
    source.lastModified = q.value(3).toString().toUtf8();
    source.fetchedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return source;
}

} // namespace

ProgrammeSourceStore::ProgrammeSourceStore(Database &database)
    : m_database(database)
{
}

std::optional<ProgrammeSource> ProgrammeSourceStore::source(const QString &conferenceKey) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(selectSources + QStringLiteral(" WHERE c.key = :key"));
    q.bindValue(QStringLiteral(":key"), conferenceKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sourceAt(q);
}

QList<ProgrammeSource> ProgrammeSourceStore::sources() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    QList<ProgrammeSource> sources;
    if (!q.exec(selectSources + QStringLiteral(" ORDER BY c.key")))
        return sources;
    while (q.next())
        sources.append(sourceAt(q));
    return sources;
}

StoreStatus ProgrammeSourceStore::setSource(const ProgrammeSource &source)
{
    return m_database.transaction([&] {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO programme_source"
            " (conference_id, url, etag, last_modified, fetched_at)"
            " SELECT id, :url, :etag, :modified, :fetched FROM conference WHERE key = :key"));
        q.bindValue(QStringLiteral(":url"),
            source.url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded));
        q.bindValue(QStringLiteral(":etag"), QString::fromUtf8(source.etag));
        q.bindValue(QStringLiteral(":modified"), QString::fromUtf8(source.lastModified));
        const QDateTime fetched
            = source.fetchedAt.isValid() ? source.fetchedAt : QDateTime::currentDateTimeUtc();
        q.bindValue(QStringLiteral(":fetched"), fetched.toUTC().toString(Qt::ISODateWithMs));
        q.bindValue(QStringLiteral(":key"), source.conferenceKey);
        if (!q.exec())
            return StoreStatus::failure(m_database.describeError(q.lastError()));
        if (q.numRowsAffected() < 1)
            return StoreStatus::failure(
                tr("no conference with the key \"%1\" is stored").arg(source.conferenceKey));
        return StoreStatus::success();
    });
}

} // namespace planner
