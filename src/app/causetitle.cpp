// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/causetitle.h"

#include "core/analysis/causeids.h"

QString CauseTitle::of(const QString &causeId)
{
    using namespace oom::causeid;
    if (causeId == MemcgLimit)
        return tr("Memory cgroup limit reached");
    if (causeId == MemcgAncestorLimit)
        return tr("A parent cgroup's limit reached");
    if (causeId == KmemLimit)
        return tr("Kernel memory (kmem) limit reached");
    if (causeId == HostExhausted)
        return tr("The whole system ran out of memory");
    if (causeId == SwapExhausted)
        return tr("Swap full");
    if (causeId == NoSwap)
        return tr("No swap");
    if (causeId == NumaNodeExhausted)
        return tr("NUMA node out of memory");
    if (causeId == Fragmentation)
        return tr("Memory fragmentation");
    if (causeId == HugetlbReserved)
        return tr("Memory reserved for huge pages");
    if (causeId == SlabUnreclaimable)
        return tr("Unreclaimable kernel slab");
    if (causeId == ShmemTmpfs)
        return tr("Shared memory and tmpfs");
    if (causeId == Thp)
        return tr("Transparent huge pages");
    if (causeId == OomScoreAdjShield)
        return tr("Processes shielded by oom_score_adj");
    if (causeId == ForkStorm)
        return tr("Fork storm");
    if (causeId == Lowmem)
        //: The low memory zone of a 32-bit kernel (below HighMem).
        return tr("Low memory exhausted (32-bit kernel)");
    if (causeId == SysrqManual)
        return tr("Started by hand (SysRq)");
    if (causeId == PanicOnOom)
        return tr("Kernel panic on OOM");
    if (causeId == NoKillableTask)
        return tr("No process could be killed");
    if (causeId == OomdPressure)
        return tr("systemd-oomd: memory pressure");
    if (causeId == OomdSwap)
        return tr("systemd-oomd: swap full");
    if (causeId == Earlyoom)
        return tr("Killed by earlyoom");
    if (causeId == Nohang)
        return tr("Killed by nohang");
    if (causeId == AndroidLowMemoryKiller)
        return tr("Killed by Android's low memory killer");
    if (causeId == ChromeOsLowMemory)
        return tr("Closed by ChromeOS on low memory");
    if (causeId == AllocFailure)
        return tr("Page allocation failure");
    if (causeId == Undetermined || causeId.isEmpty())
        return tr("Cause not determined");
    return causeId;
}
