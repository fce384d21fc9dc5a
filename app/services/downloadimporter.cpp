#include "downloadimporter.h"

#include "database.h"
#include "programmechanges.h"
#include "programmereader.h"
#include "programmesourcestore.h"
#include "programmestore.h"

namespace planner {

DownloadImporter::DownloadImporter(Database &database)
    : m_database(database)
{
}

QString DownloadImporter::nameOf(const QUrl &url)
{
    return ProgrammeDownload::withoutCredentials(url).toDisplayString();
}

ImportOutcome DownloadImporter::importDownload(const DownloadResult &download,
    const QUrl &programmeUrl, const Importer::Progress &progress) const
{
    ImportOutcome outcome;
    if (progress)
        progress(20);
    ReadResult read = ProgrammeReader().read(download.body, nameOf(download.url));
    if (!read.ok()) {
        outcome.readError = std::move(read.error);
        return outcome;
    }
    if (progress)
        progress(50);
    Importer importer(m_database);
    importer.allowLargeRemovals(m_allowLargeRemovals);
    importer.setCancelCheck(m_cancelCheck);
    // The programme, its source and what changed for the user in one
    // transaction: all or nothing.
    const StoreStatus status = m_database.transaction([&] {
        ProgrammeStore programme(m_database);
        const QList<SessionRow> before = programme.sessionRows(read.data.conference.key);
        outcome = importer.importRead(std::move(read));
        if (!outcome.ok())
            return StoreStatus::failure(outcome.errorMessage());
        if (outcome.merged) // an agenda exported here: bookmarks, not a programme
            return StoreStatus::success();
        const QString key = outcome.conference.key;
        StoreStatus stored
            = ProgrammeSourceStore(m_database)
                  .setSource({ key, programmeUrl, download.validators.etag,
                      download.validators.lastModified, QDateTime::currentDateTimeUtc() });
        // A first import has nothing the user saw before.
        if (stored.ok() && !before.isEmpty())
            stored
                = SessionChangeStore(m_database)
                      .record(key, ProgrammeChanges::between(before, programme.sessionRows(key)));
        return stored;
    });
    if (!status.ok() && outcome.ok()) {
        outcome.storeStatus = status;
        outcome.report = ImportReport();
        outcome.impact = ImportImpact();
    }
    if (progress && outcome.ok())
        progress(100);
    return outcome;
}

} // namespace planner
