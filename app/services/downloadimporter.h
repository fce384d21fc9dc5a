#pragma once

#include "importer.h"
#include "programmedownload.h"

#include <QCoreApplication>

namespace planner {

class Database;

// Stores a programme downloaded from the web: reads it, imports it as a file's is
// imported, and keeps its address and the server's validators with the
// conference, all in one transaction, so that a download that cannot be read or
// stored leaves the database as it was.
class DownloadImporter
{
    Q_DECLARE_TR_FUNCTIONS(planner::DownloadImporter)

public:
    explicit DownloadImporter(Database &database);

    void allowLargeRemovals(bool allow) { m_allowLargeRemovals = allow; }
    // See Importer::setCancelCheck.
    void setCancelCheck(Importer::CancelCheck check) { m_cancelCheck = std::move(check); }

    // `download` is Downloaded; `programmeUrl` is what a refresh will ask again
    // (the address given or the link chosen on a page, not where redirects led).
    ImportOutcome importDownload(const DownloadResult &download, const QUrl &programmeUrl,
        const Importer::Progress &progress = {}) const;

    // The name a downloaded programme's messages give it: its address.
    static QString nameOf(const QUrl &url);

private:
    Database &m_database;
    bool m_allowLargeRemovals = false;
    Importer::CancelCheck m_cancelCheck;
};

} // namespace planner
