#include "helperthread.h"

#include "batchheap.h"

#include <utility>

namespace planner {

HelperThread::HelperThread()
    : m_thread([this] { loop(); })
{
}

HelperThread::~HelperThread()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_ending = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void HelperThread::run(std::function<void()> work)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_work = std::move(work);
        m_busy = true;
    }
    m_changed.notify_all();
}

void HelperThread::wait()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_busy; });
}

void HelperThread::loop()
{
    BatchHeap::grow(BatchHeap::importGrowth);
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_ending || m_work; });
        if (!m_work) // ending, with nothing left in hand
            return;
        const std::function<void()> work = std::exchange(m_work, nullptr);
        lock.unlock();
        work();
        lock.lock();
        m_busy = false;
        m_changed.notify_all();
    }
}

} // namespace planner
