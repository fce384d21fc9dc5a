#include "publishscheduler.h"

namespace planner {

PublishScheduler::PublishScheduler(AgendaPublisher &publisher, QObject *parent)
    : QObject(parent)
    , m_publisher(publisher)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PublishScheduler::publishNow);
    connect(&m_publisher, &AgendaPublisher::finished, this, &PublishScheduler::onFinished);
}

void PublishScheduler::setConference(const QString &conference)
{
    if (conference == m_conference)
        return;
    stop();
    m_conference = conference;
}

void PublishScheduler::setDelays(int debounceMs, int firstRetryMs, int longestRetryMs)
{
    m_debounce = debounceMs;
    m_firstRetry = firstRetryMs;
    m_longestRetry = longestRetryMs;
}

void PublishScheduler::changed()
{
    if (m_conference.isEmpty())
        return;
    if (m_publisher.isRunning()) {
        m_pending = true;
        return;
    }
    // While failing, the retry's wait stands: each change would hammer the server.
    if (m_failures > 0 && m_timer.isActive())
        return;
    m_timer.start(m_debounce);
}

void PublishScheduler::publishNow()
{
    if (m_conference.isEmpty())
        return;
    m_timer.stop();
    if (m_publisher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_publisher.publish(m_conference);
}

void PublishScheduler::stop()
{
    m_timer.stop();
    m_pending = false;
    m_failures = 0;
}

int PublishScheduler::nextRetryMs() const
{
    qint64 wait = m_firstRetry;
    for (int i = 1; i < m_failures && wait < m_longestRetry; ++i)
        wait *= 2;
    return int(qMin<qint64>(wait, m_longestRetry));
}

QString PublishScheduler::statusText(const PublishOutcome &outcome, int retryMs)
{
    if (outcome.ok())
        return tr("Published %n session(s) to %1", nullptr, outcome.published)
            .arg(outcome.calendarName);
    if (retryMs < 0)
        return tr("Could not publish to %1: %2").arg(outcome.calendarName, outcome.error);
    return tr("Could not publish to %1: %2. Trying again in %n second(s).", nullptr,
        (retryMs + 999) / 1000)
        .arg(outcome.calendarName, outcome.error);
}

void PublishScheduler::onFinished(const PublishOutcome &outcome)
{
    if (outcome.conference != m_conference)
        return;
    if (outcome.ok()) {
        m_failures = 0;
        emit statusChanged(statusText(outcome));
        if (m_pending)
            m_timer.start(m_debounce);
        m_pending = false;
    } else {
        ++m_failures;
        const int wait = nextRetryMs();
        emit statusChanged(statusText(outcome, wait));
        m_pending = false; // the retry publishes every change made meanwhile
        m_timer.start(wait);
    }
    // Last, so that a listener may stop() what was planned here.
    emit published(outcome);
}

} // namespace planner
