// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/processfields.h"
#include "core/model/snapshot.h"
#include "sources/system/root.h"

#include <QCoreApplication>

#include <optional>

namespace oom {

// What a snapshot reads. The full snapshot (`oomlens-cli snapshot`, a bundle) takes the
// defaults; the live sampler switches off what it does not chart.
struct SnapshotOptions {
    bool processes = true;
    ProcessFields processFields = defaultProcessFields();
    bool cgroups = true;
    bool cgroupStat = true; // memory.stat of every cgroup
    bool cgroupDetails = true; // every memory file, not only the live tree's (CgroupWalkLimits)
    int maxCgroupDepth = 32;
    int maxCgroups = 20000;
    bool pageTypeInfo = true; // walks the free lists under the zone lock: not every second
    bool settings = true; // vm.* sysctls, THP, NUMA topology: they rarely change
};

// Reads a root directory — "/" for the running system, or the root of a bundle — into a
// Snapshot (ARCHITECTURE.md "sources"). Never fails as a whole: whatever cannot be read
// is left unknown and explained in Snapshot::notes (permission denied, a process or
// cgroup that went away mid-read, PSI or a cgroup hierarchy missing, not root).
// read() is const and keeps no state, so one SystemTree may serve several threads.
class SystemTree
{
    Q_DECLARE_TR_FUNCTIONS(SystemTree)

public:
    explicit SystemTree(Root root);

    const Root &root() const { return m_root; }

    Snapshot read(const SnapshotOptions &options = {}) const;

    // One process, e.g. smaps_rollup for the top candidates of the victim ranking.
    // nullopt when it does not exist or exited; *notes (if given) receives why.
    std::optional<ProcessInfo> readProcess(qint64 pid, ProcessFields fields,
                                           QList<SnapshotNote> *notes = nullptr) const;

private:
    Root m_root;
};

} // namespace oom
