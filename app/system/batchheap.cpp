#include "batchheap.h"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <limits>

#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace planner {

namespace {

std::atomic<bool> keeping { false };

} // namespace

bool BatchHeap::enable()
{
#ifdef __GLIBC__
    // Blocks up to the largest threshold glibc accepts come from the heaps, and a
    // heap is never trimmed: the process ends before that would matter.
    const bool set = mallopt(M_MMAP_THRESHOLD, 32 << 20) == 1
        && mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max()) == 1;
    keeping.store(set);
#endif
    return keeping.load();
}

bool BatchHeap::isEnabled()
{
    return keeping.load();
}

void BatchHeap::grow(std::size_t bytes)
{
#ifdef __GLIBC__
    if (!keeping.load())
        return;
    // Freed at once: the block goes back to the top of the thread's heap, which
    // stays grown, with its advice, for the allocations that follow.
    void *block = std::malloc(bytes);
    if (!block)
        return;
    constexpr std::uintptr_t hugePage = std::uintptr_t(2) << 20;
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t from = (start + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t to = (start + bytes) & ~(hugePage - 1);
    if (to > from) // advice only: where it is refused, pages stay small
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
    std::free(block);
    // The top of a heap is handed out from its bottom, which lies below the
    // first huge page: the thread's next blocks (first, the file an import
    // reads) would be made of the small pages in between, faulted in one by one
    // (about 1,200 of the FOSDEM import's 1,700 faults). That part is held,
    // unused, until the process ends; only where it is the top of the heap just
    // freed. A heap taken over from an ended thread may hand out a free block
    // of memory already in use instead, and that one is better given back.
    const std::size_t lead = from - start;
    constexpr std::size_t header = 4 * sizeof(std::size_t); // glibc's chunk overhead, and some
    if (to > from && lead > header) {
        void *held = std::malloc(lead - header);
        if (held != block)
            std::free(held);
    }
#else
    (void)bytes;
#endif
}

} // namespace planner
