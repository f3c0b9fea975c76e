// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/remedytext.h"

#include "core/analysis/causeids.h"

QString RemedyText::advice(const QString &remedyId)
{
    using namespace oom::remedyid;
    if (remedyId == Swap)
        return tr(
            "Add swap (a swap file or zram) so the kernel can move idle anonymous memory "
            "out of RAM before it has to kill, and check vm.swappiness.");
    if (remedyId == Limits)
        return tr(
            "Raise the memory limit of the cgroup or unit that ran out (MemoryMax=, or "
            "memory.max), or set MemoryHigh= below it so the workload is slowed and "
            "reclaimed before it is killed.");
    if (remedyId == Cpuset)
        return tr(
            "Let the workload allocate from more NUMA nodes (AllowedMemoryNodes=, or "
            "cpuset.mems), or move it to a node with free memory.");
    if (remedyId == Compaction)
        return tr(
            "Compact memory (echo 1 > /proc/sys/vm/compact_memory) and keep more free "
            "memory in reserve (vm.min_free_kbytes, vm.watermark_scale_factor) so large "
            "contiguous allocations succeed.");
    if (remedyId == OomPriority)
        return tr(
            "Protect the processes that matter with a lower oom_score_adj "
            "(OOMScoreAdjust= for a unit), and let expendable ones be chosen first.");
    if (remedyId == SystemdPolicy)
        return tr(
            "Choose what systemd does when a process of the unit is killed "
            "(OOMPolicy=continue keeps the service running), and review the kernel's "
            "OOM policy (vm.panic_on_oom, vm.overcommit_memory).");
    return {};
}

QString RemedyText::actionLabel(const QString &remedyId)
{
    using namespace oom::remedyid;
    if (remedyId == Swap)
        return tr("Add swap…");
    if (remedyId == Limits)
        return tr("Change the memory limit…");
    if (remedyId == Cpuset)
        return tr("Change the NUMA nodes…");
    if (remedyId == Compaction)
        return tr("Compact memory…");
    if (remedyId == OomPriority)
        return tr("Change the OOM priority…");
    if (remedyId == SystemdPolicy)
        return tr("Change the OOM policy…");
    return {};
}
