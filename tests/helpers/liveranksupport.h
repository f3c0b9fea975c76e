// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// tst_liverank's machinery: the processes of known size it starts (oomlens-test-hog),
// and the two ways of putting the product's predicted oom_score next to the kernel's.

#include "core/analysis/liveranking.h"
#include "sources/system/systemtree.h"

#include <QFile>
#include <QHash>
#include <QProcess>

#include <cerrno>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace oom::liveranktest {

inline std::optional<qint64> readKernelOomScore(qint64 pid)
{
    char path[48];
    std::snprintf(path, sizeof path, "/proc/%lld/oom_score", static_cast<long long>(pid));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    char buf[32];
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0)
        return std::nullopt; // exited between open() and read()
    buf[n] = 0;
    return std::strtoll(buf, nullptr, 10);
}

// CAP_SYS_RESOURCE (bit 24) in CapEff of /proc/self/status.
inline bool hasCapSysResource()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("CapEff:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> 24) & 1;
    }
    return false;
}

inline bool writeOomScoreAdj(qint64 pid, int adj)
{
    QFile file(QStringLiteral("/proc/%1/oom_score_adj").arg(pid));
    const QByteArray value = QByteArray::number(adj);
    return file.open(QIODevice::WriteOnly) && file.write(value) == value.size() && file.flush();
}

inline qint64 swapTotalKb()
{
    SnapshotOptions options;
    options.processes = false;
    options.cgroups = false;
    options.pageTypeInfo = false;
    options.settings = false;
    const Snapshot s = SystemTree(Root(QStringLiteral("/"))).read(options);
    return s.meminfo.kib(u"SwapTotal").value_or(KiB(0)).value;
}

// The children: each allocates and touches its MiB, says "ready", and sleeps until killed.
class Hogs
{
public:
    ~Hogs() { stopAll(); }

    // The child's pid once it is ready, 0 on failure (lastError() says why).
    qint64 start(int mib, bool pageout = false)
    {
        auto process = std::make_unique<QProcess>();
        QStringList arguments{QString::number(mib)};
        if (pageout)
            arguments.append(QStringLiteral("pageout"));
        process->start(QStringLiteral(OOMLENS_TEST_HOG), arguments);
        if (!process->waitForStarted(10000)) {
            m_error = process->errorString();
            return 0;
        }
        // Touching 128 MiB takes well under a second; the wait ends on the line, not a timer.
        while (!process->canReadLine()) {
            if (!process->waitForReadyRead(30000)) {
                m_error = process->errorString();
                return 0;
            }
        }
        m_status = process->readLine().trimmed();
        const qint64 pid = process->processId();
        m_processes.push_back(std::move(process));
        return pid;
    }

    void stopAll()
    {
        for (auto &process : m_processes) {
            process->kill();
            process->waitForFinished(5000);
        }
        m_processes.clear();
    }

    QString lastError() const { return m_error; }
    QByteArray lastStatus() const { return m_status; }

private:
    std::vector<std::unique_ptr<QProcess>> m_processes;
    QString m_error;
    QByteArray m_status;
};

struct Comparison {
    qint64 pid = 0;
    QString comm;
    bool hasMemory = false; // not a kernel thread or zombie
    bool eligible = false;
    qint64 predicted = -1;
    qint64 kernel = -1;
    int adj = 0;
    int rank = 0;
    qint64 rssKb = 0;
    qint64 swapKb = 0;

    bool agrees() const { return predicted >= 0 && std::abs(predicted - kernel) <= 1; }
};

struct Tally {
    qint64 agree = 0;
    qint64 total = 0;
    double percent() const { return total > 0 ? 100.0 * double(agree) / double(total) : 0.0; }
};

struct Measurement {
    QList<Comparison> rows;
    int excluded = 0; // exited between the two reads
    qint64 totalpages = 0;
    qint64 swapPages = 0;
    qint64 pageSizeKb = 4;
    qint64 predictedPid = 0;

    const Comparison *find(qint64 pid) const
    {
        for (const Comparison &c : rows) {
            if (c.pid == pid)
                return &c;
        }
        return nullptr;
    }
    Tally tally(bool withMemoryOnly) const
    {
        Tally t;
        for (const Comparison &c : rows) {
            if (withMemoryOnly && !c.hasMemory)
                continue;
            ++t.total;
            t.agree += c.agrees() ? 1 : 0;
        }
        return t;
    }
};

// The product's read of the live system, limited to what the ranking needs (as
// `oomlens-cli rank` reads it).
inline SnapshotOptions rankingOptions()
{
    SnapshotOptions options;
    options.processFields = rankingProcessFields();
    options.cgroups = false;
    options.pageTypeInfo = false;
    options.settings = false;
    return options;
}

inline Measurement compare(Snapshot snapshot, const QHash<qint64, qint64> &kernel, int excluded)
{
    Measurement m;
    m.excluded = excluded;
    const SnapshotRanking ranked = rankSnapshot(snapshot);
    if (ranked.totalpages) {
        m.totalpages = ranked.totalpages->total();
        m.swapPages = ranked.totalpages->swapPages;
    }
    m.pageSizeKb = snapshot.pageSize.value;
    m.predictedPid = ranked.ranking.predictedPid.value_or(0);
    for (const RankedTask &t : ranked.ranking.tasks) {
        const auto k = kernel.constFind(t.pid);
        if (k == kernel.cend()) {
            ++m.excluded;
            continue;
        }
        Comparison c;
        c.pid = t.pid;
        c.comm = t.comm;
        c.hasMemory = t.ineligibility != Ineligibility::KernelThread;
        c.eligible = t.eligible;
        c.predicted = t.oomScore.value_or(-1);
        c.kernel = *k;
        c.adj = t.oomScoreAdj;
        c.rank = t.rank;
        c.rssKb = t.rssPages * m.pageSizeKb;
        c.swapKb = t.swapPages * m.pageSizeKb;
        m.rows.append(c);
    }
    return m;
}

// Each process read again by the product right before its oom_score file. A process
// whose name or score changes across a third read was caught mid-transition and is
// excluded like one that exited: a vfork child before its exec shares its parent's mm
// and the kernel scores it 0 (in_vfork() makes it unkillable), which /proc does not show.
inline Measurement measureTight()
{
    const SystemTree tree(Root(QStringLiteral("/")));
    Snapshot snapshot = tree.read(rankingOptions());
    QList<ProcessInfo> fresh;
    QHash<qint64, qint64> kernel;
    int excluded = 0;
    for (const ProcessInfo &p : std::as_const(snapshot.processes)) {
        std::optional<ProcessInfo> again = tree.readProcess(p.pid, rankingProcessFields());
        const std::optional<qint64> score = readKernelOomScore(p.pid);
        const std::optional<ProcessInfo> after = tree.readProcess(p.pid, rankingProcessFields());
        const bool stable =
            again && after && again->comm == after->comm && readKernelOomScore(p.pid) == score;
        if (!again || !score || !stable) {
            ++excluded;
            continue;
        }
        kernel.insert(p.pid, *score);
        fresh.append(std::move(*again));
    }
    snapshot.processes = std::move(fresh);
    return compare(std::move(snapshot), kernel, excluded);
}

// One snapshot of the whole table, then every oom_score file.
inline Measurement measureWholeTable()
{
    const Snapshot snapshot = SystemTree(Root(QStringLiteral("/"))).read(rankingOptions());
    QHash<qint64, qint64> kernel;
    int excluded = 0;
    for (const ProcessInfo &p : snapshot.processes) {
        if (const std::optional<qint64> score = readKernelOomScore(p.pid))
            kernel.insert(p.pid, *score);
        else
            ++excluded;
    }
    Measurement m = compare(snapshot, kernel, 0);
    m.excluded = excluded;
    return m;
}

} // namespace oom::liveranktest
