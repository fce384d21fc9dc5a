#include "batchheap.h"

#include <QFile>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <thread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace planner;

namespace {

#ifdef __GLIBC__
std::size_t heapBytes()
{
    return mallinfo2().arena; // over every thread's heap
}
#endif

#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
// The VmFlags of the mapping that holds `address`, from /proc/self/smaps.
QByteArray mappingFlags(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    bool inside = false;
    // Read whole: a /proc file has no size, so atEnd() holds from the start.
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        // A mapping's first line begins "from-to perms"; its fields, "Name:".
        if (dash > 0 && space > dash && line.at(space - 1) != ':') {
            bool ok = false;
            const auto from = std::uintptr_t(line.left(dash).toULongLong(&ok, 16));
            const auto to
                = std::uintptr_t(line.mid(dash + 1, space - dash - 1).toULongLong(&ok, 16));
            inside = ok && from <= at && at < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}
#endif

} // namespace

class TestBatchHeap : public QObject
{
    Q_OBJECT

private slots:
    // In order: the first runs before the process keeps memory for a batch.
    void growsNothingUntilEnabled();
    void keptHeapGrowsOnceAndStays();
    void firstBlockIsInHugePages();
    void heldValueOutlivesItsOwner();
};

void TestBatchHeap::growsNothingUntilEnabled()
{
#ifndef __GLIBC__
    QSKIP("the heap is glibc's only");
#else
    std::size_t before = 0, after = 0;
    std::thread([&] {
        before = heapBytes();
        BatchHeap::grow(std::size_t(32) << 20);
        after = heapBytes();
    }).join();
    QVERIFY(after < before + (std::size_t(32) << 20));
#endif
}

void TestBatchHeap::keptHeapGrowsOnceAndStays()
{
#if !defined(__GLIBC__) || defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("the heap is glibc's only, and a sanitizer replaces it");
#else
    QVERIFY(BatchHeap::enable());
    constexpr std::size_t reserved = std::size_t(8) << 20;
    std::size_t before = 0, grown = 0, afterBlock = 0;
    bool ownMapping = true;
    QByteArray flags;
    std::thread([&] {
        // A new thread, so a heap of its own: made on its first allocation, or
        // taken over from a thread that has ended (see the check below).
        before = heapBytes();
        BatchHeap::grow(reserved);
        grown = heapBytes();
        // A block too large for a heap by default (it would have had its own
        // mapping) now comes out of what was reserved, with the advice given.
        const std::size_t mappedBefore = mallinfo2().hblkhd;
        void *block = std::malloc(std::size_t(6) << 20);
        afterBlock = heapBytes();
        ownMapping = mallinfo2().hblkhd != mappedBefore;
        flags = mappingFlags(static_cast<char *>(block) + (std::size_t(4) << 20));
        std::free(block);
    }).join();
    // At least most of it: a heap left by an earlier thread may be taken over
    // with some room still free at its top.
    QVERIFY2(grown >= before + reserved / 2, QByteArray::number(qulonglong(grown - before)));
    QCOMPARE(afterBlock, grown);
    QVERIFY(!ownMapping);
    // "hg": advised as huge pages (MADV_HUGEPAGE).
    QVERIFY2(flags.split(' ').contains("hg"), flags);
#endif
}

void TestBatchHeap::firstBlockIsInHugePages()
{
#if !defined(__GLIBC__) || defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    QSKIP("the heap is glibc's only, and a sanitizer replaces it");
#else
    QVERIFY(BatchHeap::enable());
    QByteArray flags;
    std::thread([&] {
        // Taken over from one of the threads above, whichever it is: one whose
        // heap was never reserved, or one whose block went back to the top.
        BatchHeap::grow(std::size_t(8) << 20);
        // Smaller than the part of the heap below its first huge page; its
        // middle, since the block's first bytes may lie just below the page.
        void *block = std::malloc(std::size_t(1) << 20);
        flags = mappingFlags(static_cast<char *>(block) + (std::size_t(512) << 10));
        std::free(block);
    }).join();
    QVERIFY2(flags.split(' ').contains("hg"), flags);
#endif
}

void TestBatchHeap::heldValueOutlivesItsOwner()
{
    std::weak_ptr<QString> watched;
    {
        auto programme = std::make_shared<QString>(QStringLiteral("a programme"));
        watched = programme;
        BatchHeap::freeAtExit(std::move(programme));
    }
    QVERIFY(!watched.expired());
    QCOMPARE(*watched.lock(), QStringLiteral("a programme"));
}

QTEST_GUILESS_MAIN(TestBatchHeap)
#include "tst_batchheap.moc"
