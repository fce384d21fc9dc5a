#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace planner {

// A second thread kept for a run of work handed over piece by piece, instead of
// a thread started for each piece: a start costs tens of microseconds before
// the piece even begins, and the import writer hands over a piece for every
// 128 sessions (and smaller ones at either end).
class HelperThread
{
public:
    HelperThread();
    // Finishes the piece in hand, if any, and ends the thread.
    ~HelperThread();

    HelperThread(const HelperThread &) = delete;
    HelperThread &operator=(const HelperThread &) = delete;

    // Runs `work` on the thread. One piece at a time: wait() for it before the next.
    void run(std::function<void()> work);
    // Returns once the piece handed over last has been done.
    void wait();

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::function<void()> m_work; // handed over, not yet taken
    bool m_busy = false; // from run() until the piece is done
    bool m_ending = false;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace planner
