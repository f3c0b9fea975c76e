// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cgroupowner.h"
#include "core/model/keyedcounters.h"
#include "core/model/memorylimit.h"
#include "core/model/pressure.h"
#include "core/model/units.h"

#include <QList>
#include <QString>

#include <optional>

namespace oom {

enum class CgroupVersion {
    V1,
    V2,
};

// How the cgroup hierarchies of a system are mounted.
enum class CgroupLayout {
    Unknown, // nothing mounted (or nothing in the bundle)
    V1, // legacy: one hierarchy per controller (sys/fs/cgroup/memory, ...)
    V2, // unified: one hierarchy at sys/fs/cgroup
    // v1 controllers plus a v2 hierarchy without the memory controller (systemd's
    // "hybrid" mode at sys/fs/cgroup/unified; PSI per cgroup, memory on v1)
    Hybrid,
};

// One cgroup v1 page_counter as its four files show it: memory.*, memory.memsw.*,
// memory.kmem.*, memory.kmem.tcp.* (usage_in_bytes, limit_in_bytes, max_usage_in_bytes,
// failcnt). Each value is unknown when its file is absent (memsw needs swap accounting,
// kmem files are gone from 6.x) or unreadable.
struct CgroupV1Counter {
    std::optional<Bytes> usage;
    std::optional<MemoryLimit> limit;
    std::optional<Bytes> maxUsage;
    std::optional<qint64> failcnt;

    bool isEmpty() const { return !usage && !limit && !maxUsage && !failcnt; }
    bool operator==(const CgroupV1Counter &) const = default;
};

// memory.oom_control (v1, 2.6.34+).
struct CgroupV1OomControl {
    std::optional<bool> oomKillDisable;
    std::optional<bool> underOom;
    std::optional<qint64> oomKill; // 4.13+

    bool operator==(const CgroupV1OomControl &) const = default;
};

// A cgroup of one hierarchy. A hybrid system (v1 memory + the v2 "unified" mount) lists
// a cgroup path once per hierarchy it is read from, each entry with what that hierarchy
// has: memory files on the v1 memory hierarchy, memory.pressure on the v2 one, cpuset.mems
// on the v1 cpuset hierarchy. Values the files did not give stay unknown (nullopt).
struct Cgroup {
    QString path; // relative to the hierarchy's root, "/" for the root itself
    CgroupVersion version = CgroupVersion::V2;
    QString hierarchy; // v1: the controllers of the mount ("memory", "cpuset"); v2: empty
    int depth = 0; // 0 for the root
    CgroupOwner owner;

    // cgroup v2 (all bytes; root cgroups have none of the limits)
    std::optional<Bytes> current;
    std::optional<MemoryLimit> max;
    std::optional<MemoryLimit> high;
    std::optional<MemoryLimit> low;
    std::optional<MemoryLimit> min;
    std::optional<Bytes> peak; // 5.19+
    std::optional<Bytes> swapCurrent;
    std::optional<MemoryLimit> swapMax;
    std::optional<MemoryLimit> swapHigh; // 5.8+
    KeyedCounters events; // memory.events: low, high, max, oom, oom_kill, oom_group_kill
    KeyedCounters eventsLocal; // memory.events.local (5.3+)
    KeyedCounters swapEvents; // memory.swap.events
    std::optional<bool> oomGroup; // memory.oom.group (4.19+)
    Pressure pressure; // memory.pressure (4.20+; v2 hierarchies only, also in hybrid mode)

    // memory.stat, both versions; values are bytes for sizes and plain counts for events
    // (pgfault, workingset_*); v1 adds hierarchical_memory_limit and total_* keys.
    KeyedCounters stat;

    // cpuset: v2 cpuset.mems/.mems.effective; v1 cpuset.mems/cpuset.effective_mems. As
    // printed ("0-1,3"); an empty v2 cpuset.mems means "the parent's".
    std::optional<QString> cpusetMems;
    std::optional<QString> cpusetMemsEffective;

    // cgroup v1 memory controller
    CgroupV1Counter memory; // memory.{usage,limit,max_usage}_in_bytes, memory.failcnt
    CgroupV1Counter memsw;
    CgroupV1Counter kmem;
    CgroupV1Counter kmemTcp;
    std::optional<MemoryLimit> softLimit; // memory.soft_limit_in_bytes
    std::optional<qint64> swappiness;
    std::optional<bool> useHierarchy;
    CgroupV1OomControl oomControl;

    // The limit that the kernel enforces on this cgroup alone: memory.max (v2) or
    // memory.limit_in_bytes (v1). Ancestors may be tighter.
    std::optional<MemoryLimit> memoryLimit() const;
    // memory.current (v2) or memory.usage_in_bytes (v1).
    std::optional<Bytes> memoryUsage() const;
    // memory.events oom_kill (v2) or memory.oom_control oom_kill (v1, 4.13+).
    std::optional<qint64> oomKills() const;
    bool hasMemoryController() const;
};

} // namespace oom
