// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/bundle/bundlelimits.h"
#include "sources/bundle/bundlemanifest.h"
#include "sources/system/root.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace oom {

// One step of the collection handed from the reader thread to the writer: a file to add,
// and/or what to record in the MANIFEST.
struct CollectItem {
    QByteArray path;
    QByteArray data;
    bool isFile = false;
    std::function<void(BundleManifest &)> record;
};

// The hand-over between the reader and the writer, bounded in bytes so that a slow
// compressor holds the reader back instead of letting the queue grow.
class CollectQueue
{
public:
    explicit CollectQueue(qint64 maxQueuedBytes)
        : m_max(maxQueuedBytes)
    {
    }
    bool push(CollectItem item, const std::atomic_bool &cancel); // false once cancelled
    enum class Pop { Item, Done, Timeout };
    Pop pop(CollectItem &item, std::chrono::steady_clock::time_point until);
    void finish(); // the reader is done
    void wakeAll() { m_changed.notify_all(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<CollectItem> m_items;
    qint64 m_bytes = 0;
    qint64 m_max;
    bool m_done = false;
};

// What the reader thread shares with the collector. Held by shared_ptr on both sides, so
// a reader stuck in a read the kernel does not finish can be left behind safely.
struct CollectShared {
    CollectShared(const QString &rootPath, const BundleLimits &l)
        : root(rootPath)
        , limits(l)
        , queue(16 * 1024 * 1024)
    {
    }
    Root root;
    BundleLimits limits;
    CollectQueue queue;
    std::atomic_bool cancel = false;
    std::chrono::steady_clock::time_point deadline;

    void setCurrent(const QByteArray &path)
    {
        const std::lock_guard lock(currentMutex);
        current = path;
    }
    QByteArray currentPath()
    {
        const std::lock_guard lock(currentMutex);
        return current;
    }

private:
    std::mutex currentMutex;
    QByteArray current; // what the reader is reading now
};

// The reader thread of BundleCollector: the files of COLLECT.md, in the order that keeps
// what matters most when a limit is reached — the system files, the kernel log, the
// journal, the cgroup tree, then the process table.
class CollectReader
{
    Q_DECLARE_TR_FUNCTIONS(BundleCollector)

public:
    explicit CollectReader(std::shared_ptr<CollectShared> shared);
    void run();

private:
    bool stopped();
    bool reserve(qint64 bytes);
    void push(CollectItem item);
    void record(std::function<void(BundleManifest &)> f);
    void leftOut(const QByteArray &path, const QString &reason);
    // A system file read whole (up to the per-file limit); `filter` may reduce it. An
    // optional file that does not exist is not worth a line in the MANIFEST.
    void systemFile(const QByteArray &path,
                    const std::function<QByteArray(const QByteArray &)> &filter = {},
                    const QString &note = {}, bool optional = false);
    void systemDirectory(const QByteArray &directory, const QList<QByteArray> &skip = {});
    void systemFiles();
    void logs();
    void cgroupTree();
    void processTable();

    std::shared_ptr<CollectShared> m_s;
    const Root &m_root;
    const BundleLimits &m_limits;
    qint64 m_used = 0; // content + headers so far, against maxTotalBytes
    bool m_stopped = false;
    bool m_full = false;
    QByteArray m_buf;
};

QString describeReadError(int errnum);

} // namespace oom
