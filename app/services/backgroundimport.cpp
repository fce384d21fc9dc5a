#include "backgroundimport.h"

#include "database.h"
#include "downloadimporter.h"

#include <QThread>

namespace planner {

QString ImportSource::name() const
{
    return isDownload() ? DownloadImporter::nameOf(programmeUrl) : path;
}

BackgroundImport::BackgroundImport(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
}

BackgroundImport::~BackgroundImport()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundImport::start(const ImportSource &source, bool allowLargeRemovals)
{
    Q_ASSERT(!m_thread);
    m_cancelled = false;
    m_outcome = ImportOutcome();
    m_thread = QThread::create([this, source, allowLargeRemovals] {
        ImportOutcome outcome = run(source, allowLargeRemovals);
        const std::lock_guard<std::mutex> lock(m_outcomeLock);
        m_outcome = std::move(outcome);
    });
    // Delivered on this object's thread once the import's thread has ended, so
    // m_outcome is no longer written. The lock still hands it over: the signal
    // travels through Qt's own locks, which ThreadSanitizer does not see.
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        ImportOutcome outcome;
        {
            const std::lock_guard<std::mutex> lock(m_outcomeLock);
            outcome = m_outcome;
        }
        emit finished(outcome);
    });
    m_thread->start();
}

ImportOutcome BackgroundImport::run(const ImportSource &source, bool allowLargeRemovals)
{
    // A connection is used only by the thread that opened it.
    Database database;
    if (StoreStatus status = database.open(m_databasePath); !status.ok()) {
        ImportOutcome outcome;
        outcome.storeStatus = status;
        return outcome;
    }
    const auto cancelled = [this] { return m_cancelled.load(); };
    // Signals emitted here reach the window queued, on its own thread.
    const auto progress = [this](int percent) { emit this->progress(percent); };
    if (source.isDownload()) {
        DownloadImporter importer(database);
        importer.allowLargeRemovals(allowLargeRemovals);
        importer.setCancelCheck(cancelled);
        return importer.importDownload(source.download, source.programmeUrl, progress);
    }
    Importer importer(database);
    importer.allowLargeRemovals(allowLargeRemovals);
    importer.setCancelCheck(cancelled);
    return importer.importFile(source.path, progress);
}

} // namespace planner
