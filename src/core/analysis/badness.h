// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/badnessera.h"

#include <QString>

#include <limits>
#include <optional>

// oom_badness() of every era (docs/kernel-formats.md §2.2), with the kernel's own integer
// arithmetic, and the values it derives from it: /proc/<pid>/oom_score (§2.6) and the
// "score N" of the selection line (§1.8.1).
namespace oom {

// LONG_MIN on 64-bit kernels: what 5.9+ returns for a task that may not be killed.
inline constexpr qint64 kBadnessMin = std::numeric_limits<qint64>::min();

// One process as oom_badness() sees it. Filled from a task-table row of a report
// (reportcandidates.h) or, on the live system, from /proc/<pid>/status and
// /proc/<pid>/oom_score_adj (candidateFromProcStatus()).
struct RankCandidate {
    qint64 pid = 0;
    QString comm;
    std::optional<qint64> uid;
    qint64 rssPages = 0; // get_mm_rss(): anon + file + shmem resident pages
    qint64 swapPages = 0; // MM_SWAPENTS
    qint64 pgtablesPages = 0; // nr_ptes [+ nr_pmds], or pgtables_bytes / PAGE_SIZE
    std::optional<qint64> totalVmPages; // era A scores the virtual size
    int oomScoreAdj = 0; // era A: oom_adj (-17..15)
    bool isInit = false; // the global init (pid 1 of the initial namespace)
    bool isKernelThread = false; // PF_KTHREAD, or no mm (a kernel thread or an exited task)
    bool alreadyReaped = false; // MMF_OOM_SKIP (4.7+): an earlier OOM kill already took it
    std::optional<bool> hasCapSysAdmin; // unknown in reports: uid 0 stands in, flagged
    bool usageIncomplete = false; // the source lacks some of rss/swap/page tables
    QString cgroup; // live: /proc/<pid>/cgroup (v2 path); reports: empty
    qint64 line = 0; // the task-table row in the report, 0 on the live system
};

// The kB values of /proc/<pid>/status (fs/proc/task_mmu.c task_mem()): VmRSS is
// RssAnon + RssFile + RssShmem, VmSwap the swap entries and VmPTE the page-table bytes,
// each `pages << (PAGE_SHIFT - 10)`, so dividing by the page size in kB is exact.
// Kernel threads and zombies have no mm and print none of these lines.
struct ProcStatusMemory {
    std::optional<qint64> vmRssKb;
    std::optional<qint64> rssAnonKb;
    std::optional<qint64> rssFileKb;
    std::optional<qint64> rssShmemKb;
    std::optional<qint64> vmSwapKb;
    std::optional<qint64> vmPteKb;
};
RankCandidate candidateFromProcStatus(qint64 pid, const QString &comm, std::optional<qint64> uid,
                                      const ProcStatusMemory &status, int oomScoreAdj,
                                      qint64 pageSizeKb);

enum class Ineligibility {
    None,
    OomScoreAdjMin, // oom_score_adj -1000 (OOM_SCORE_ADJ_MIN)
    OomDisabled, // era A: oom_adj -17 (OOM_DISABLE)
    Init,
    KernelThread,
    AlreadyReaped,
};
QString ineligibilityText(Ineligibility reason);
QString ineligibilityId(Ineligibility reason);

// How the CAP_SYS_ADMIN bonus of eras B, C and C' is decided.
enum class RootBonus {
    FromCandidate, // hasCapSysAdmin, or uid 0 when it is unknown
    Never,
    Always,
};

struct Badness {
    qint64 points = 0; // exactly what the kernel's function returns (0 / kBadnessMin = never)
    bool eligible = false;
    Ineligibility ineligible = Ineligibility::None;
    bool rootBonusApplied = false;
    bool capFromUid = false; // the bonus rests on the uid-0 proxy
    bool approximate = false; // era A (no cpu/run time, children) or missing columns
    // 2.6.37-3.1 computed (usage * 1000) in an int and scored big tasks 1 (fixed in 3.2
    // by ff05b6f7, "oom: fix integer overflow of points in oom_badness").
    bool eraBIntOverflowRisk = false;
};

// rss + swap + page tables: the usage every era from 3.5 on scores.
qint64 usagePages(const RankCandidate &task);

Badness computeBadness(const RankCandidate &task, BadnessEra era, qint64 totalpages,
                       RootBonus bonus = RootBonus::FromCandidate);

// /proc/<pid>/oom_score for a badness computed against the GLOBAL totalpages (the file
// never uses the memcg or cpuset one). nullopt for an unknown era.
std::optional<qint64> oomScoreFromBadness(const Badness &badness, BadnessEra era,
                                          qint64 globalTotalpages);

// The "score N" of "Kill process N (comm) score N or sacrifice child": the badness itself in
// eras A and B, chosen_points * 1000 / totalpages from 3.5 to 5.0 (era D has it up to
// 5.0 only). nullopt for era E (no selection line since 5.1) and unknown eras.
std::optional<qint64> selectionScore(qint64 points, BadnessEra era, qint64 totalpages);

} // namespace oom
