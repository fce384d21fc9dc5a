#pragma once

#include <cstddef>
#include <mutex>
#include <type_traits>
#include <vector>

namespace planner {

// How a short process that does one large piece of work, such as an import from
// the command line, takes its memory. By default glibc grows a thread's heap one
// page at a time (a system call each: about 1,100 for FOSDEM 2020), hands every
// large block its own mapping and returns freed memory to the system, and each
// page is then faulted in on its own. Here a thread's heap grows once, by what
// grow() asks, in huge pages where the system allows them for what is advised
// (transparent_hugepage = madvise, as Debian ships it), and keeps what is freed:
// far fewer page faults and system calls for the same import.
class BatchHeap
{
public:
    // Keeps large and freed blocks in the heaps from now on, so that what
    // grow() adds stays. For the whole process: call it before any thread
    // starts, and only where memory is given back when the process ends soon.
    // False where the C library's allocator is not glibc's (or a sanitizer's
    // stands in for it): grow() then does nothing.
    static bool enable();
    // Grows the calling thread's heap by `bytes` at once, advised as huge pages.
    // Nothing happens unless enable() was called, or on other C libraries.
    static void grow(std::size_t bytes);
    // Whether enable() was called, and so the process ends soon.
    static bool isEnabled();
    // Holds `value` until the process ends, which gives its memory back at once:
    // freeing a large structure, block by block, costs a core some milliseconds
    // (the FOSDEM programme, about 3). Only where isEnabled(); a process that
    // returns from main() frees it then, as a sanitizer's leak check expects.
    template <typename T> static void freeAtExit(T &&value)
    {
        static std::mutex mutex;
        static std::vector<std::decay_t<T>> held;
        const std::lock_guard lock(mutex);
        held.push_back(std::forward<T>(value));
    }

    // What the threads of an import grow their heaps by: one huge page is 2 MB, and the pages
    // never touched cost nothing.
    static constexpr std::size_t importGrowth = std::size_t(16) << 20;
};

} // namespace planner
