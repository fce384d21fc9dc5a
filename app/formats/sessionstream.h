#pragma once

#include "conference.h"
#include "session.h"

#include <QList>

#include <condition_variable>
#include <limits>
#include <mutex>
#include <optional>
#include <utility>

namespace planner {

// Sessions handed from a reader to the store while the reader goes on: in file
// order, with their keys, tracks and times, so that storing a large programme
// overlaps reading it. The reader may make them under assumptions the rest of
// the file can prove wrong (the time zone, for one); it says at the end
// whether they held. The store then keeps what it wrote, or writes the whole
// programme again as read. Safe for one reader thread and one store thread.
//
// Once the store has taken the conference, the reader waits while `bound`
// sessions are waiting: a reader faster than the store holds no more than that.
// A store that stops taking sessions says so (discard()), and the reader goes on
// to its end without holding any.
class SessionStream
{
public:
    // The reader's side. `conference` is what the sessions' keys were made with.
    void begin(const Conference &conference);
    // Waits while the store has `bound` sessions to take.
    void append(QList<Session> sessions);
    // No more sessions; `held` tells whether those handed over are the
    // programme's, as the whole file reads. Without begin(), nothing was streamed.
    void end(bool held);

    // The store's side. Waits for begin(), or end() when nothing is streamed.
    std::optional<Conference> conference();
    // Waits for sessions handed over since the last call, and returns them,
    // `maximum` at most; none once the reader has ended.
    QList<Session> next(qsizetype maximum = std::numeric_limits<qsizetype>::max());
    // After next() has returned none.
    bool held() const;
    // The store takes no more: what is waiting, and what comes, is dropped.
    void discard();

    static constexpr qsizetype bound = 4096;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<Conference> m_conference;
    QList<Session> m_waiting;
    bool m_ended = false;
    bool m_held = false;
    bool m_taking = false; // the store took the conference, and takes sessions
    bool m_discarding = false;
};

} // namespace planner
