// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

// The stable cause ids of the JSON contract and the wizard ids of their remedies. Renaming
// one is a schema change (README "Cause ids").
namespace oom::causeid {

inline const QString MemcgLimit = QStringLiteral("memcg-limit");
inline const QString MemcgAncestorLimit = QStringLiteral("memcg-ancestor-limit");
inline const QString KmemLimit = QStringLiteral("kmem-limit");
inline const QString HostExhausted = QStringLiteral("host-exhausted");
inline const QString SwapExhausted = QStringLiteral("swap-exhausted");
inline const QString NoSwap = QStringLiteral("no-swap");
inline const QString NumaNodeExhausted = QStringLiteral("numa-node-exhausted");
inline const QString Fragmentation = QStringLiteral("fragmentation");
inline const QString HugetlbReserved = QStringLiteral("hugetlb-reserved");
inline const QString SlabUnreclaimable = QStringLiteral("slab-unreclaimable");
inline const QString ShmemTmpfs = QStringLiteral("shmem-tmpfs");
inline const QString Thp = QStringLiteral("thp");
inline const QString OomScoreAdjShield = QStringLiteral("oom-score-adj-shield");
inline const QString ForkStorm = QStringLiteral("fork-storm");
inline const QString Lowmem = QStringLiteral("lowmem");
inline const QString SysrqManual = QStringLiteral("sysrq-manual");
inline const QString PanicOnOom = QStringLiteral("panic-on-oom");
inline const QString NoKillableTask = QStringLiteral("no-killable-task");
inline const QString OomdPressure = QStringLiteral("oomd-pressure");
inline const QString OomdSwap = QStringLiteral("oomd-swap");
inline const QString Earlyoom = QStringLiteral("earlyoom");
inline const QString Nohang = QStringLiteral("nohang");
inline const QString AndroidLowMemoryKiller = QStringLiteral("android-low-memory-killer");
inline const QString ChromeOsLowMemory = QStringLiteral("chromeos-low-memory");
inline const QString AllocFailure = QStringLiteral("alloc-failure");
inline const QString Undetermined = QStringLiteral("undetermined");

} // namespace oom::causeid

namespace oom::remedyid {

inline const QString Swap = QStringLiteral("swap");
inline const QString Limits = QStringLiteral("limits");
inline const QString Cpuset = QStringLiteral("cpuset");
inline const QString Compaction = QStringLiteral("compaction");
inline const QString OomPriority = QStringLiteral("oom-priority");
inline const QString SystemdPolicy = QStringLiteral("systemd-policy");

} // namespace oom::remedyid
