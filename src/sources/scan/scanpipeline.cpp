// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/scan/scanpipeline.h"

#include "sources/input/bytestream.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>

#include <unistd.h>

namespace oom {

void scanChunk(const AnchorSearch &search, const char *data, qint64 size, qint64 overlap,
               ChunkScan &result, std::vector<AnchorSearch::Match> &scratch)
{
    // Blocks small enough to stay in L2 between the search and the newline count.
    constexpr qint64 Block = qint64(256) << 10;
    const qint64 reach = std::max<qint64>(search.maxNeedleLength() - 1, 0);
    result.hits.clear();
    qint64 lines = 0; // newlines before `counted`
    for (qint64 blockStart = 0; blockStart < size; blockStart += Block) {
        const qint64 blockEnd = std::min(size, blockStart + Block);
        // Matches must start in [blockStart, blockEnd) (the first block also in the overlap)
        // and may run on into the next block.
        const qint64 searchBegin = blockStart == 0 ? -overlap : blockStart;
        const qint64 searchEnd = std::min(size, blockEnd + reach);
        scratch.clear();
        search.findAll(data + searchBegin, data + searchEnd, scratch);
        qint64 counted = blockStart;
        for (const AnchorSearch::Match &match : scratch) {
            const qint64 position = searchBegin + match.position;
            if (position >= blockEnd)
                break; // found again with the next block
            if (position + search.needle(match.needle).size() <= 0)
                continue; // inside the previous buffer, which reported it
            const qint64 at = std::max<qint64>(position, 0);
            lines += search.countNewlines(data + counted, data + at);
            counted = at;
            if (result.hits.empty() || result.hits.back().lineIndex != lines)
                result.hits.push_back({lines, at});
        }
        lines += search.countNewlines(data + counted, data + blockEnd);
    }
    result.newlines = lines;
}

namespace {

struct Slot {
    std::unique_ptr<char[]> storage;
    qint64 size = 0;
    qint64 overlap = 0;
    bool ready = false;
    bool last = false;
    QString error;
    bool scanned = false;
    ChunkScan scan;
};

// A ring of buffers between the threads that fill them (pread() workers, or the one thread
// that calls stream.read()) and the thread that feeds the parser, which takes them in order.
class Pipeline
{
public:
    Pipeline(int depth, qint64 chunkBytes, qint64 overlapCapacity)
        : m_slots(std::size_t(depth))
        , m_chunkBytes(chunkBytes)
        , m_overlapCapacity(overlapCapacity)
    {
    }

    int depth() const { return int(m_slots.size()); }
    qint64 chunkBytes() const { return m_chunkBytes; }
    qint64 overlapCapacity() const { return m_overlapCapacity; }

    // Producer side: waits until buffer `index` may be filled; null when stopping.
    Slot *slotToFill(qint64 index)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] {
            return m_stop || index < m_consumed + depth();
        });
        if (m_stop)
            return nullptr;
        Slot &slot = m_slots[std::size_t(index % depth())];
        if (!slot.storage)
            slot.storage = std::make_unique_for_overwrite<char[]>(
                std::size_t(m_overlapCapacity + m_chunkBytes));
        return &slot;
    }
    // Producers that share the work take the next index here; -1 when done or stopping.
    qint64 claim(qint64 count)
    {
        std::lock_guard lock(m_mutex);
        if (m_stop || m_claimed >= count)
            return -1;
        return m_claimed++;
    }
    void publish(Slot &slot)
    {
        {
            std::lock_guard lock(m_mutex);
            slot.ready = true;
        }
        m_changed.notify_all();
    }

    // Consumer side.
    Slot &waitReady(qint64 index)
    {
        Slot &slot = m_slots[std::size_t(index % depth())];
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] {
            return slot.ready;
        });
        return slot;
    }
    void release(Slot &slot)
    {
        {
            std::lock_guard lock(m_mutex);
            slot.ready = false;
            ++m_consumed;
        }
        m_changed.notify_all();
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
    }

    static char *data(Slot &slot, qint64 overlapCapacity)
    {
        return slot.storage.get() + overlapCapacity;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Slot> m_slots;
    qint64 m_chunkBytes;
    qint64 m_overlapCapacity;
    qint64 m_consumed = 0;
    qint64 m_claimed = 0;
    bool m_stop = false;
};

// Joins the producer threads however the consumer leaves.
class Threads
{
public:
    explicit Threads(Pipeline &pipeline)
        : m_pipeline(pipeline)
    {
    }
    ~Threads()
    {
        m_pipeline.stop();
        for (std::thread &thread : m_threads)
            thread.join();
    }
    template<typename Function>
    void start(Function &&function)
    {
        m_threads.emplace_back(std::forward<Function>(function));
    }

private:
    Pipeline &m_pipeline;
    std::vector<std::thread> m_threads;
};

// Buffer `index` of a plain file: the range and the overlap before it, read with pread().
void readFileChunk(int fd, qint64 fileSize, qint64 index, Pipeline &pipeline, Slot &slot)
{
    const qint64 offset = index * pipeline.chunkBytes();
    const qint64 want = std::min(pipeline.chunkBytes(), fileSize - offset);
    const qint64 overlap = std::min(offset, pipeline.overlapCapacity());
    char *target = Pipeline::data(slot, pipeline.overlapCapacity()) - overlap;
    qint64 got = 0;
    slot.error.clear();
    while (got < want + overlap) {
        const ssize_t n = ::pread(fd, target + got, std::size_t(want + overlap - got),
                                  off_t(offset - overlap + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            slot.error =
                QStringLiteral("Read error: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        if (n == 0)
            break; // the file shrank while it was read
        got += n;
    }
    slot.overlap = std::min(overlap, got);
    slot.size = std::max<qint64>(got - overlap, 0);
    slot.last = got < want + overlap || !slot.error.isEmpty();
}

// Buffer `index` of a stream, filled by read() and prefixed with the end of the previous one.
void readStreamChunk(ByteStream &stream, Pipeline &pipeline, Slot &slot, QByteArray &previousEnd)
{
    char *data = Pipeline::data(slot, pipeline.overlapCapacity());
    std::memcpy(data - previousEnd.size(), previousEnd.constData(),
                std::size_t(previousEnd.size()));
    slot.overlap = previousEnd.size();
    slot.error.clear();
    qint64 got = 0;
    bool end = false;
    while (got < pipeline.chunkBytes()) {
        const qint64 n = stream.read(data + got, pipeline.chunkBytes() - got);
        if (n < 0) {
            slot.error = stream.errorString();
            if (slot.error.isEmpty())
                slot.error = QStringLiteral("Read error");
            break;
        }
        if (n == 0) {
            end = true;
            break;
        }
        got += n;
    }
    slot.size = got;
    slot.last = end || !slot.error.isEmpty();
    const qint64 keep = std::min(pipeline.overlapCapacity(), slot.overlap + got);
    previousEnd = QByteArray(data + got - keep, keep);
}

} // namespace

ScanResult scanToSink(ByteStream &stream, LineSink &sink, const QList<QByteArrayView> &anchors,
                      const ScanTuning &tuning, std::atomic_bool *cancel,
                      const std::function<void(qint64)> &progress)
{
    ScanResult result;
    const AnchorSearch search(anchors, tuning.engine);
    WindowFeeder feeder(sink, tuning.window);
    const qint64 chunkBytes = std::max<qint64>(tuning.chunkBytes, 1);
    const qint64 overlapCapacity = std::max<qint64>(search.maxNeedleLength() - 1, 0);
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };

    const int fd = stream.fileDescriptor();
    const qint64 fileSize = stream.size().value_or(0);
    const bool parallel = tuning.parallelFileRead && fd >= 0 && fileSize > 0;
    const qint64 chunkCount = parallel ? (fileSize + chunkBytes - 1) / chunkBytes : -1;
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int workers = parallel ? int(std::min<qint64>(
                            tuning.threads > 0 ? tuning.threads : std::min(2, cores), chunkCount))
                                 : 1;

    // Enough buffers that every worker has one to fill while the feeder holds one.
    Pipeline pipeline(parallel ? 2 * workers + 1 : 3, chunkBytes, overlapCapacity);
    {
        Threads threads(pipeline);
        if (parallel) {
            for (int w = 0; w < workers; ++w) {
                threads.start([&] {
                    std::vector<AnchorSearch::Match> scratch;
                    for (qint64 index; (index = pipeline.claim(chunkCount)) >= 0;) {
                        Slot *slot = pipeline.slotToFill(index);
                        if (!slot)
                            return;
                        readFileChunk(fd, fileSize, index, pipeline, *slot);
                        scanChunk(search, Pipeline::data(*slot, overlapCapacity), slot->size,
                                  slot->overlap, slot->scan, scratch);
                        slot->scanned = true;
                        pipeline.publish(*slot);
                    }
                });
            }
        } else {
            threads.start([&] {
                QByteArray previousEnd;
                for (qint64 index = 0;; ++index) {
                    Slot *slot = pipeline.slotToFill(index);
                    if (!slot)
                        return;
                    readStreamChunk(stream, pipeline, *slot, previousEnd);
                    slot->scanned = false;
                    const bool last = slot->last;
                    pipeline.publish(*slot);
                    if (last)
                        return;
                }
            });
        }

        std::vector<AnchorSearch::Match> scratch;
        for (qint64 index = 0; chunkCount < 0 || index < chunkCount; ++index) {
            Slot &slot = pipeline.waitReady(index);
            char *data = Pipeline::data(slot, overlapCapacity);
            if (!slot.scanned)
                scanChunk(search, data, slot.size, slot.overlap, slot.scan, scratch);
            // Data read before an error still counts: nothing found is thrown away.
            feeder.addChunk(data, slot.size, slot.scan.newlines, slot.scan.hits);
            result.stats.bytes += slot.size;
            if (!slot.error.isEmpty())
                result.error = slot.error;
            const bool last = slot.last;
            pipeline.release(slot);
            if (progress)
                progress(result.stats.bytes);
            if (last || !result.error.isEmpty())
                break;
            if (cancelled()) {
                result.error = QStringLiteral("Cancelled");
                break;
            }
        }
    }
    feeder.finish();
    result.stats.lines = feeder.lineCount();
    return result;
}

} // namespace oom
