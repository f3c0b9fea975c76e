// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QFlags>

namespace oom {

// The /proc/<pid> files a process read covers. A full snapshot reads Default; the live
// sampler reads less (Stat alone gives RSS, state and ppid) and the victim ranking reads
// SmapsRollup only for the few processes it shows in detail, because smaps_rollup walks
// every page table of the process (cost grows with its RSS) and needs ptrace access.
enum class ProcessField : unsigned {
    Stat = 1u << 0, // /proc/<pid>/stat: comm, state, ppid, threads, start time, flags
    Status = 1u << 1, // uid, VmRSS/RssAnon/RssFile/RssShmem/VmSwap/VmPTE/VmSize
    OomScore = 1u << 2,
    OomScoreAdj = 1u << 3,
    Cgroup = 1u << 4,
    Cmdline = 1u << 5,
    SmapsRollup = 1u << 6, // Pss, Pss_Anon, Pss_File, Pss_Shmem, SwapPss
};
Q_DECLARE_FLAGS(ProcessFields, ProcessField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ProcessFields)

inline constexpr ProcessFields defaultProcessFields()
{
    return ProcessFields(ProcessField::Stat) | ProcessField::Status | ProcessField::OomScore
        | ProcessField::OomScoreAdj | ProcessField::Cgroup | ProcessField::Cmdline;
}

inline constexpr ProcessFields allProcessFields()
{
    return defaultProcessFields() | ProcessField::SmapsRollup;
}

} // namespace oom
