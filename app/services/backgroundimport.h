#pragma once

#include "importer.h"
#include "programmedownload.h"

#include <QObject>

#include <atomic>
#include <mutex>
#include <memory>

class QThread;

namespace planner {

// What to import: a programme file, or a programme downloaded from the web.
struct ImportSource
{
    QString path; // a file; empty for a download
    DownloadResult download;
    QUrl programmeUrl; // where a refresh asks again (DownloadImporter)

    static ImportSource file(const QString &path) { return { path, {}, {} }; }
    static ImportSource downloaded(const DownloadResult &download, const QUrl &programmeUrl)
    {
        return { {}, download, programmeUrl };
    }
    bool isDownload() const { return path.isEmpty(); }
    // How messages name it: the file's path or the address.
    QString name() const;
};

// Runs one import, of a file or of a download, on a thread of its own with a
// connection of its own to the database file, so that the window goes on
// drawing and answering while a large programme is read and stored. Progress
// and the outcome come back as signals on the thread that started it.
class BackgroundImport : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundImport(const QString &databasePath, QObject *parent = nullptr);
    // Waits for an import in hand, cancelled first.
    ~BackgroundImport() override;

    void start(const ImportSource &source, bool allowLargeRemovals = false);
    // The import stops at its next step and stores nothing; finished() follows
    // with ImportOutcome::cancelled set (unless it had already committed).
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_thread != nullptr; }
    // The outcome of the import finished last.
    const ImportOutcome &outcome() const { return m_outcome; }

signals:
    void progress(int percent);
    void finished(const planner::ImportOutcome &outcome);

private:
    // On the import's thread.
    ImportOutcome run(const ImportSource &source, bool allowLargeRemovals);

    QString m_databasePath;
    QThread *m_thread = nullptr;
    std::mutex m_outcomeLock; // m_outcome, written by the import's thread
    std::atomic<bool> m_cancelled { false };
    ImportOutcome m_outcome;
};

} // namespace planner
