#include "sessionstream.h"

namespace planner {

void SessionStream::begin(const Conference &conference)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_conference = conference;
    }
    m_changed.notify_all();
}

void SessionStream::append(QList<Session> sessions)
{
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_taking || m_waiting.size() < bound; });
        if (m_discarding)
            return;
        if (m_waiting.isEmpty())
            m_waiting = std::move(sessions);
        else
            m_waiting.append(std::move(sessions));
    }
    m_changed.notify_all();
}

void SessionStream::end(bool held)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_ended)
            return;
        m_ended = true;
        m_held = held && m_conference.has_value();
    }
    m_changed.notify_all();
}

std::optional<Conference> SessionStream::conference()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_conference || m_ended; });
    m_taking = m_conference.has_value() && !m_discarding;
    return m_conference;
}

QList<Session> SessionStream::next(qsizetype maximum)
{
    QList<Session> taken;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_waiting.isEmpty() || m_ended; });
        if (m_waiting.size() <= maximum) {
            taken = std::exchange(m_waiting, {});
        } else {
            taken = QList<Session>(std::make_move_iterator(m_waiting.begin()),
                std::make_move_iterator(m_waiting.begin() + maximum));
            m_waiting.remove(0, maximum);
        }
    }
    m_changed.notify_all(); // a reader waiting for room
    return taken;
}

void SessionStream::discard()
{
    QList<Session> dropped; // freed once the reader may go on
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_discarding = true;
        m_taking = false;
        dropped = std::exchange(m_waiting, {});
    }
    m_changed.notify_all();
}

bool SessionStream::held() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_held;
}

} // namespace planner
