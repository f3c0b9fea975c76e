// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/bundle/collectreader.h"

#include "sources/bundle/bundlecollector.h"
#include "sources/bundle/collectlogs.h"
#include "sources/input/decompressionguard.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace oom {

QString describeReadError(int errnum)
{
    switch (errnum) {
    case ENOENT: return BundleCollector::tr("absent");
    case EACCES:
    case EPERM: return BundleCollector::tr("permission denied");
    case EOPNOTSUPP: return BundleCollector::tr("not supported by this kernel (disabled at boot)");
    default: return QString::fromLocal8Bit(std::strerror(errnum));
    }
}

bool CollectQueue::push(CollectItem item, const std::atomic_bool &cancel)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] {
        return cancel || m_bytes < m_max || m_items.empty();
    });
    if (cancel)
        return false;
    m_bytes += item.data.size();
    m_items.push_back(std::move(item));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

CollectQueue::Pop CollectQueue::pop(CollectItem &item, std::chrono::steady_clock::time_point until)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_until(lock, until, [&] {
            return m_done || !m_items.empty();
        }))
        return Pop::Timeout;
    if (m_items.empty())
        return Pop::Done;
    item = std::move(m_items.front());
    m_items.pop_front();
    m_bytes -= item.data.size();
    lock.unlock();
    m_changed.notify_all();
    return Pop::Item;
}

void CollectQueue::finish()
{
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

CollectReader::CollectReader(std::shared_ptr<CollectShared> shared)
    : m_s(std::move(shared))
    , m_root(m_s->root)
    , m_limits(m_s->limits)
{
}

void CollectReader::run()
{
    systemFiles();
    logs();
    cgroupTree();
    processTable();
    m_s->setCurrent({});
    m_s->queue.finish();
}

bool CollectReader::stopped()
{
    if (m_stopped)
        return true;
    if (m_s->cancel) {
        m_stopped = true;
    } else if (std::chrono::steady_clock::now() > m_s->deadline) {
        m_stopped = true;
        const QString at = QString::fromUtf8(m_s->currentPath());
        const int seconds = m_limits.maxSeconds;
        record([at, seconds](BundleManifest &m) {
            m.stopped = tr("the time limit of %n second(s) was reached", nullptr, seconds);
            m.stoppedAt = at;
        });
    }
    return m_stopped;
}

bool CollectReader::reserve(qint64 bytes)
{
    // 512: the member's tar header, so the limit bounds the archive itself.
    if (m_used + bytes + 512 > m_limits.maxTotalBytes) {
        m_full = true;
        return false;
    }
    m_used += bytes + 512;
    return true;
}

void CollectReader::push(CollectItem item)
{
    if (!m_s->queue.push(std::move(item), m_s->cancel))
        m_stopped = true;
}

void CollectReader::record(std::function<void(BundleManifest &)> f)
{
    CollectItem item;
    item.record = std::move(f);
    push(std::move(item));
}

void CollectReader::leftOut(const QByteArray &path, const QString &reason)
{
    record([p = QString::fromUtf8(path), reason](BundleManifest &m) {
        m.leftOut.append({p, reason});
    });
}

void CollectReader::systemFile(const QByteArray &path,
                               const std::function<QByteArray(const QByteArray &)> &filter,
                               const QString &note, bool optional)
{
    if (stopped())
        return;
    m_s->setCurrent(path);
    // One byte over the limit tells a file of exactly the limit from a longer one.
    const posixfile::ReadResult r =
        m_root.readAll(path.constData(), m_buf, m_limits.maxFileBytes + 1);
    if (!r.ok()) {
        if (!(optional && r.error == ENOENT))
            leftOut(path, describeReadError(r.error));
        return;
    }
    QString truncated;
    if (m_buf.size() > m_limits.maxFileBytes) {
        m_buf.truncate(qsizetype(m_limits.maxFileBytes));
        truncated = tr("larger than the per-file limit of %1; the start is kept")
                        .arg(DecompressionGuard::formatBytes(m_limits.maxFileBytes));
    }
    QByteArray data = filter ? filter(m_buf) : QByteArray(m_buf);
    if (!reserve(data.size())) {
        leftOut(path, tr("the bundle size limit was reached"));
        return;
    }
    CollectItem item;
    item.path = path;
    item.isFile = true;
    item.record = [p = QString::fromUtf8(path), size = data.size(), truncated,
                   note](BundleManifest &m) {
        m.files.append({p, size, truncated, note});
    };
    item.data = std::move(data);
    push(std::move(item));
}

// The regular files of a directory in name order (sysfs attribute groups, proc/sys/vm).
void CollectReader::systemDirectory(const QByteArray &directory, const QList<QByteArray> &skip)
{
    if (stopped())
        return;
    posixfile::UniqueFd dir(m_root.openDirectory(directory.constData()));
    if (!dir.isValid()) {
        leftOut(directory, describeReadError(-dir.get()));
        return;
    }
    QList<QByteArray> names;
    posixfile::forEachEntry(dir.get(), [&](const char *name, bool isDirectory) {
        if (!isDirectory && !skip.contains(QByteArray(name)))
            names.append(QByteArray(name));
    });
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : std::as_const(names))
        systemFile(directory + '/' + name);
}

void CollectReader::systemFiles()
{
    static const char *const files[] = {
        "proc/sys/kernel/osrelease",
        "proc/sys/kernel/hostname",
        "proc/uptime",
        // SystemTree reads it to tell psi=0 from a kernel without CONFIG_PSI
        "proc/cmdline",
        "proc/meminfo",
        "proc/vmstat",
        "proc/zoneinfo",
        "proc/buddyinfo",
        // walks every free list under the zone lock; root only since 5.4
        "proc/pagetypeinfo",
        "proc/pressure/memory",
        "proc/pressure/cpu",
        "proc/pressure/io",
        "proc/swaps",
    };
    for (const char *path : files)
        systemFile(QByteArray(path));
    // Where the cgroup hierarchies are mounted: only the cgroup lines, the other mounts of
    // the machine are none of the bundle's business.
    systemFile(
        "proc/self/mountinfo",
        [](const QByteArray &text) {
            QByteArray kept;
            for (const QByteArray &line : text.split('\n')) {
                const qsizetype dash = line.indexOf(" - ");
                const QByteArray type = dash < 0 ? QByteArray() : line.mid(dash + 3);
                if (type.startsWith("cgroup ") || type.startsWith("cgroup2 "))
                    kept += line + '\n';
            }
            return kept;
        },
        tr("cgroup mounts only"));
    // Reading these has side effects or fails by design (systemfiles.cpp says which).
    systemDirectory("proc/sys/vm", {"stat_refresh", "drop_caches", "compact_memory"});

    const QByteArray thp = "sys/kernel/mm/transparent_hugepage";
    systemDirectory(thp);
    posixfile::UniqueFd thpDir(m_root.openDirectory(thp.constData()));
    if (thpDir.isValid()) {
        QList<QByteArray> sizes;
        posixfile::forEachEntry(thpDir.get(), [&](const char *name, bool isDirectory) {
            if (isDirectory && qstrncmp(name, "hugepages-", 10) == 0)
                sizes.append(QByteArray(name));
        });
        systemDirectory(thp + "/khugepaged");
        std::sort(sizes.begin(), sizes.end());
        for (const QByteArray &size : std::as_const(sizes))
            systemFile(thp + '/' + size + "/enabled", {}, {}, true); // 6.14+: shmem-only sizes
    }

    const QByteArray nodes = "sys/devices/system/node";
    posixfile::UniqueFd nodeDir(m_root.openDirectory(nodes.constData()));
    if (!nodeDir.isValid()) {
        leftOut(nodes, describeReadError(-nodeDir.get()));
        return;
    }
    QList<QByteArray> names;
    posixfile::forEachEntry(nodeDir.get(), [&](const char *name, bool isDirectory) {
        if (isDirectory && qstrncmp(name, "node", 4) == 0 && name[4] >= '0' && name[4] <= '9')
            names.append(QByteArray(name));
    });
    std::sort(names.begin(), names.end());
    for (const QByteArray &node : std::as_const(names)) {
        for (const char *file : {"meminfo", "distance", "cpulist"})
            systemFile(nodes + '/' + node + '/' + file);
    }
}

void CollectReader::logs()
{
    if (stopped())
        return;
    if (!m_root.isLiveSystem()) {
        record([](BundleManifest &m) {
            m.notes.append(tr("Not the live system: no kernel log or journal was collected."));
        });
        return;
    }
    const auto add = [this](const QByteArray &path, LogCapture capture, qint64 cap) {
        const QString problems = capture.problems.join(u"; "_s);
        // A log that is missing says why under leftOut; one that is partial says it here.
        if (!problems.isEmpty() && !capture.text.isEmpty())
            record([p = QString::fromUtf8(path), problems](BundleManifest &m) {
                m.notes.append(p + u": "_s + problems);
            });
        if (capture.text.isEmpty()) {
            leftOut(path, problems.isEmpty() ? tr("no entries") : problems);
            return;
        }
        if (!reserve(capture.text.size())) {
            leftOut(path, tr("the bundle size limit was reached"));
            return;
        }
        CollectItem item;
        item.path = path;
        item.isFile = true;
        const QString truncated = capture.truncated
            ? tr("cut to %1: %2").arg(DecompressionGuard::formatBytes(cap), problems)
            : QString();
        item.record = [p = QString::fromUtf8(path), size = capture.text.size(), truncated,
                       source = capture.source](BundleManifest &m) {
            m.files.append({p, size, truncated, source});
        };
        item.data = std::move(capture.text);
        push(std::move(item));
    };
    m_s->setCurrent("logs/kernel.log");
    const qint64 kernelCap =
        std::min(m_limits.maxKernelLogBytes, m_limits.maxTotalBytes - m_used - 512);
    add("logs/kernel.log", CollectLogs::kernelLog(kernelCap, m_s->deadline, m_s->cancel),
        kernelCap);
    if (stopped())
        return;
    // The journal may take half of the time left: a journal of many boots is large, and
    // the cgroup tree and the process table still have to come.
    const auto now = std::chrono::steady_clock::now();
    const auto journalDeadline = now + (m_s->deadline - now) / 2;
    m_s->setCurrent("logs/journal-oom.log");
    const qint64 journalCap =
        std::min(m_limits.maxJournalBytes, m_limits.maxTotalBytes - m_used - 512);
    add("logs/journal-oom.log", CollectLogs::journalOom(journalCap, journalDeadline, m_s->cancel),
        journalCap);
}

} // namespace oom
