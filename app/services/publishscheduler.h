#pragma once

#include "agendapublisher.h"

#include <QObject>
#include <QTimer>

namespace planner {

// Keeps a conference's published calendar in step with the planner: each change
// asks for a publish, which waits until the changes stop for a moment (so a note
// being typed is sent once); a publish that fails is tried again later, each
// time waiting twice as long, up to a limit; changes made meanwhile wait for it.
class PublishScheduler : public QObject
{
    Q_OBJECT

public:
    PublishScheduler(AgendaPublisher &publisher, QObject *parent = nullptr);

    void setConference(const QString &conference);
    QString conference() const { return m_conference; }
    // How long changes must stop before a publish, and the first and longest
    // waits before trying again after a failure.
    void setDelays(int debounceMs, int firstRetryMs, int longestRetryMs);

    // Something the calendar shows changed: publish soon.
    void changed();
    // Publish now (when a publish runs, right after it).
    void publishNow();
    // Stops publishing this conference until the next changed() or publishNow().
    void stop();

    bool isRetrying() const { return m_failures > 0; }
    int nextRetryMs() const;

    // "Published 12 sessions to GTC 2025", or the error and when it is tried again.
    static QString statusText(const PublishOutcome &outcome, int retryMs = -1);

signals:
    void statusChanged(const QString &message);
    void published(const PublishOutcome &outcome);

private:
    void onFinished(const PublishOutcome &outcome);

    AgendaPublisher &m_publisher;
    QString m_conference;
    QTimer m_timer;
    int m_debounce = 1500;
    int m_firstRetry = 5000;
    int m_longestRetry = 5 * 60 * 1000;
    int m_failures = 0;
    bool m_pending = false; // changed while a publish ran
};

} // namespace planner
