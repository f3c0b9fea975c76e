// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "sources/system/systemtree.h"

#include "core/parse/proc/cgroupmounts.h"
#include "sources/system/cgrouplayout.h"
#include "sources/system/cgroupmembership.h"
#include "sources/system/cgroupwalker.h"
#include "sources/system/notecollector.h"
#include "sources/system/processreader.h"
#include "sources/system/systemfiles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <cmath>
#include <utility>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// The page size a bundle's collector wrote into its MANIFEST ("pageSizeBytes", written by
// `oomlens-cli collect` since the key exists; src/cli/COLLECT.md).
std::optional<qint64> manifestPageSizeKb(const Root &root)
{
    QByteArray manifest;
    if (!root.readAll("MANIFEST", manifest, 16 * 1024 * 1024).ok())
        return std::nullopt;
    const qint64 bytes =
        QJsonDocument::fromJson(manifest).object().value(u"pageSizeBytes"_s).toInteger();
    if (bytes < 4096 || bytes % 1024 != 0)
        return std::nullopt;
    return bytes / 1024;
}

// A bundle made by another tool does not say its page size; three pairs of a kB and a page
// count of the same memory may. They are trusted only when every pair that has both numbers
// points at the same size Linux counts in (within 10 %: MemFree and nr_free_pages are read
// a moment apart). They can disagree: on some kernels /proc/meminfo counts memory that no
// zone manages (a 6.18 guest: MemTotal 24.7 GB against 6.6 GB of managed pages, a ratio of
// 14.9 kB that looks like 16 KiB pages), so one pair alone proves nothing.
std::optional<qint64> inferPageSizeKb(const Snapshot &snapshot)
{
    qint64 managed = 0;
    for (const ZoneInfo &zone : snapshot.zones)
        managed += zone.managed.value_or(Pages(0)).value;
    qint64 nodesTotal = 0;
    for (const NumaNode &node : snapshot.numaNodes)
        nodesTotal += node.meminfo.kib(u"MemTotal").value_or(KiB(0)).value;
    const std::pair<qint64, qint64> candidates[] = {
        {nodesTotal, managed},
        {snapshot.meminfo.kib(u"MemTotal").value_or(KiB(0)).value, managed},
        {snapshot.meminfo.kib(u"MemFree").value_or(KiB(0)).value,
         snapshot.vmstat.value(u"nr_free_pages").value_or(0)},
    };
    std::optional<qint64> agreed;
    for (const auto &[kb, pages] : candidates) {
        if (kb <= 0 || pages <= 0)
            continue;
        const double ratio = double(kb) / double(pages);
        std::optional<qint64> matched;
        for (const qint64 size : {4, 8, 16, 64}) {
            if (std::abs(ratio / double(size) - 1.0) < 0.1)
                matched = size;
        }
        if (!matched || (agreed && *agreed != *matched))
            return std::nullopt;
        agreed = matched;
    }
    return agreed;
}

// /proc mounted with hidepid=2 ("invisible", 5.8+) lists only the user's own processes.
void addHidepidNote(const Root &root, NoteCollector &notes)
{
    QByteArray mountinfo;
    if (!root.readAll("proc/self/mountinfo", mountinfo, 4 * 1024 * 1024).ok())
        return;
    const QString hidepid = cgroupparse::procHidepid(mountinfo);
    if (hidepid == u"2" || hidepid == u"invisible")
        notes.add(NoteKind::PermissionDenied, u"proc"_s,
                  SystemTree::tr("Only your own processes are listed: /proc is mounted with "
                                 "hidepid=%1.")
                      .arg(hidepid));
}

void addLayoutNotes(const CgroupLayoutInfo &layout, NoteCollector &notes)
{
    switch (layout.layout) {
    case CgroupLayout::Unknown:
        notes.add(NoteKind::Unsupported, u"sys/fs/cgroup"_s,
                  SystemTree::tr("Cgroups are unknown: no cgroup hierarchy is mounted (or the "
                                 "bundle has none)."));
        break;
    case CgroupLayout::V1:
        notes.add(NoteKind::Layout, layout.hierarchies.value(0).directory,
                  SystemTree::tr("cgroup v1 only: per-cgroup memory pressure, memory.events and "
                                 "memory.oom.group do not exist; the v1 counters "
                                 "(limit_in_bytes, failcnt, oom_control) are shown instead."));
        break;
    case CgroupLayout::Hybrid:
        notes.add(NoteKind::Layout, layout.hierarchies.value(0).directory,
                  SystemTree::tr("Hybrid cgroup layout: the memory controller is on cgroup v1 "
                                 "(%1); the v2 hierarchy gives per-cgroup pressure only.")
                      .arg(layout.hierarchies.value(0).directory));
        break;
    case CgroupLayout::V2: {
        const CgroupHierarchy &v2 = layout.hierarchies.first();
        if (v2.controllersKnown && !v2.hasController(u"memory"))
            notes.add(NoteKind::Unsupported, v2.directory,
                      SystemTree::tr("The cgroup v2 memory controller is not enabled: cgroup "
                                     "memory usage and limits are unknown."));
        break;
    }
    }
}

} // namespace

SystemTree::SystemTree(Root root)
    : m_root(std::move(root))
{
}

Snapshot SystemTree::read(const SnapshotOptions &options) const
{
    Snapshot snapshot;
    NoteCollector notes;
    snapshot.root = m_root.path();
    snapshot.live = m_root.isLiveSystem();
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    if (!m_root.isValid()) {
        if (m_root.isArchive()) // a bundle archive's problem is rarely an errno
            notes.add(NoteKind::Unparsable, m_root.path(),
                      tr("Everything is unknown: %1.").arg(m_root.openErrorString()),
                      m_root.openError());
        else
            notes.fileError(m_root.path(), m_root.openError(), tr("Everything"));
        snapshot.notes = notes.take();
        return snapshot;
    }
    for (const QString &warning : m_root.loadWarnings())
        notes.add(NoteKind::Truncated, m_root.path(), warning);

    systemfiles::readIdentity(m_root, snapshot, notes);
    systemfiles::readCounters(m_root, snapshot, notes);
    systemfiles::readZones(m_root, snapshot, notes, options.pageTypeInfo);
    systemfiles::readPressure(m_root, snapshot, notes);
    systemfiles::readSwaps(m_root, snapshot, notes);
    if (options.settings) {
        systemfiles::readVmSysctls(m_root, snapshot, notes);
        systemfiles::readThp(m_root, snapshot, notes);
        systemfiles::readNuma(m_root, snapshot, notes);
    }

    if (snapshot.live) {
        snapshot.pageSize = KiB(::sysconf(_SC_PAGESIZE) / 1024);
        snapshot.clockTicksPerSecond = ::sysconf(_SC_CLK_TCK);
        if (::geteuid() != 0) {
            notes.add(NoteKind::Layout, u"/"_s,
                      tr("Not running as root: other users' smaps_rollup, proc/pagetypeinfo "
                         "(Linux 5.4+) and some cgroup files are unknown; everything else is "
                         "complete."));
            addHidepidNote(m_root, notes);
        }
    } else if (const auto stated = manifestPageSizeKb(m_root)) {
        snapshot.pageSize = KiB(*stated);
    } else if (const auto size = inferPageSizeKb(snapshot)) {
        snapshot.pageSize = KiB(*size);
        snapshot.pageSizeInferred = true;
    } else {
        snapshot.pageSizeInferred = true; // 4 KiB assumed
        notes.add(NoteKind::Missing, u"proc/meminfo"_s,
                  tr("The page size is unknown (the bundle does not state it, and meminfo, "
                     "zoneinfo and vmstat do not agree on one): 4 KiB is assumed."));
    }

    if (options.cgroups) {
        const CgroupLayoutInfo layout = detectCgroupLayout(m_root);
        snapshot.cgroupLayout = layout.layout;
        addLayoutNotes(layout, notes);
        CgroupWalkLimits limits;
        limits.maxDepth = options.maxCgroupDepth;
        limits.maxCgroups = options.maxCgroups;
        limits.readStat = options.cgroupStat;
        limits.readDetails = options.cgroupDetails;
        CgroupWalker walker(m_root, limits, notes);
        for (const CgroupHierarchy &hierarchy : layout.hierarchies)
            walker.walk(hierarchy, snapshot.cgroups);
        walker.finish();
    }

    if (options.processes) {
        // Heap-allocated: the reader holds its 32 KiB buffer.
        auto reader = std::make_unique<ProcessReader>(m_root, options.processFields, notes);
        // Live: the cgroup lines from cgroup.procs, read just before the table (a fifth
        // of a 10,000-process snapshot saved; cgroupmembership.h).
        CgroupMembership membership;
        if ((options.processFields & ProcessField::Cgroup) && snapshot.live) {
            membership = CgroupMembership::read(m_root, detectCgroupLayout(m_root),
                                                options.maxCgroupDepth, options.maxCgroups);
            reader->setCgroupMembership(&membership);
        }
        reader->readAll(snapshot.processes);
        reader->finish();
    }

    snapshot.notes = notes.take();
    return snapshot;
}

std::optional<ProcessInfo> SystemTree::readProcess(qint64 pid, ProcessFields fields,
                                                   QList<SnapshotNote> *notesOut) const
{
    NoteCollector notes;
    auto reader = std::make_unique<ProcessReader>(m_root, fields, notes);
    std::optional<ProcessInfo> info = reader->readOne(pid);
    reader->finish();
    if (notesOut)
        notesOut->append(notes.take());
    return info;
}

} // namespace oom
