// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QObject>

// The enumerations of the model that the reports, the app's models and QML all name:
// declared once here with Q_ENUM_NS, so a model role or a QML binding gets the same enum
// the core uses (Q_NAMESPACE may appear once per namespace). Their stable spellings in the
// JSON contract are in core/report/reportids.h.
namespace oom {
Q_NAMESPACE

// How much a cause of an incident matters to the admin. Ordered: a higher value is worse.
enum class Severity {
    Info, // context: explains the incident, nothing to fix by itself
    Warning, // a contributing condition worth fixing
    Critical, // why the incident happened
};
Q_ENUM_NS(Severity)

enum class EventKind {
    KernelOom, // an invocation of the kernel OOM killer (global, memcg, SysRq, panic)
    UserspaceKill, // systemd-oomd, earlyoom, nohang
    AllocFailure, // "page allocation failure" warning: no OOM kill, but a failed allocation
};
Q_ENUM_NS(EventKind)

enum class Killer {
    Kernel,
    SystemdOomd,
    Earlyoom,
    Nohang,
    AndroidLmkd, // Android's userspace low memory killer daemon (lmkd, Android 9+)
    AndroidLowMemoryKiller, // the kernel's staging lowmemorykiller driver (Android, <= 4.12)
    ChromeOs, // Chrome's low-memory tab and app killer on ChromeOS (TabManagerDelegate)
};
Q_ENUM_NS(Killer)

// Which kernel path invoked the OOM killer, told by the header and the call trace.
enum class OomPath {
    Unknown,
    PageAllocator, // __alloc_pages_may_oom: a global (or cpuset/mempolicy) OOM
    Memcg, // mem_cgroup_out_of_memory / try_charge / mem_cgroup_oom_synchronize
    PageFault, // pagefault_out_of_memory (gfp_mask=0x0 on 4.x, or memcg OOM on 3.x)
    SysRq, // order=-1, moom_callback / sysrq_handle_moom
};
Q_ENUM_NS(OomPath)

// What the intervals between a session's incidents were measured with.
enum class IntervalBasis {
    WallClock, // the incidents' own times
    Uptime, // kernel timestamps of one boot
    Mixed, // some of each
};
Q_ENUM_NS(IntervalBasis)

} // namespace oom
