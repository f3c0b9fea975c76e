// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cgroup.h"
#include "core/model/keyedcounters.h"
#include "core/model/meminfotable.h"
#include "core/model/numanode.h"
#include "core/model/pressure.h"
#include "core/model/processinfo.h"
#include "core/model/snapshotnote.h"
#include "core/model/swapdevice.h"
#include "core/model/thpsettings.h"
#include "core/model/units.h"
#include "core/model/zoneinfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace oom {

// The state of one system at one moment: the live system ("/") or a bundle's root, read
// by SystemTree. An immutable value once built (handed around as shared_ptr<const>).
// Whatever could not be read is unknown (empty/nullopt) and explained in `notes`.
struct Snapshot {
    QString root; // the directory it was read from
    bool live = false; // read from "/" of the running system
    QDateTime takenAt; // UTC
    std::optional<double> uptimeSeconds; // /proc/uptime
    QString kernelRelease; // /proc/sys/kernel/osrelease
    QString hostname; // /proc/sys/kernel/hostname
    // The page size every Pages value is counted in: sysconf() on the live system; for a
    // bundle inferred from meminfo MemFree / vmstat nr_free_pages (pageSizeInferred).
    KiB pageSize = KiB(4);
    bool pageSizeInferred = false;
    qint64 clockTicksPerSecond = 100; // USER_HZ, the unit of ProcessInfo::startTimeTicks

    MemInfoTable meminfo; // /proc/meminfo
    KeyedCounters vmstat; // /proc/vmstat: pages or event counts
    QList<ZoneInfo> zones; // zoneinfo + buddyinfo + pagetypeinfo, node then zone order
    std::optional<int> pageblockOrder; // pagetypeinfo "Page block order"
    std::optional<qint64> pagesPerBlock;

    std::optional<Pressure> memoryPressure; // /proc/pressure/memory; nullopt without PSI
    std::optional<Pressure> cpuPressure;
    std::optional<Pressure> ioPressure;

    QList<SwapDevice> swaps;
    bool swapsKnown = false; // /proc/swaps was read (an empty list then means no swap)
    // /proc/sys/vm/* as printed (trimmed): "overcommit_memory" -> "0",
    // "lowmem_reserve_ratio" -> "256\t256\t32\t0\t0"
    QList<std::pair<QString, QString>> vmSysctls;
    ThpSettings thp;
    QList<NumaNode> numaNodes;

    CgroupLayout cgroupLayout = CgroupLayout::Unknown;
    QList<Cgroup> cgroups; // every hierarchy read, each walked from its root
    QList<ProcessInfo> processes; // in /proc directory order (ascending pid)

    QList<SnapshotNote> notes;

    std::optional<QString> vmSysctl(QStringView name) const;
    std::optional<qint64> vmSysctlInt(QStringView name) const;
    const ProcessInfo *process(qint64 pid) const;
    const ZoneInfo *zone(int node, QStringView name) const;
    // The cgroup at `path` in the hierarchy that has the memory controller (v1 "memory"
    // or v2); nullptr when the walk did not reach it.
    const Cgroup *memoryCgroup(QStringView path) const;
};

} // namespace oom
