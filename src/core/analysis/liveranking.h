// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/victimranking.h"
#include "core/model/processfields.h"
#include "core/model/snapshot.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The kernel's victim ranking for a global OOM on a snapshot — the live system "right
// now", or a bundle — with the analysis layer's own code (rankCandidates(), the same loop
// that ranks the task tables of reports), and the oom_score each process would read.
//
// Predicting /proc/<pid>/oom_score from /proc/<pid>/status and oom_score_adj instead of
// reading it saves one open() per process of a snapshot; tst_liverank proves on the
// running kernel that the prediction equals the file (within ±1 for 99 % of processes).
namespace oom {

// totalpages of CONSTRAINT_NONE, as proc_oom_score() and select_bad_process() use it:
// totalram_pages() + total_swap_pages. /proc/meminfo prints MemTotal as
// totalram_pages << (PAGE_SHIFT - 10) (fs/proc/meminfo.c, si_meminfo()), and SwapTotal as
// total_swap_pages plus the pages of a swapoff in progress, so both divide exactly.
struct GlobalTotalPages {
    qint64 ramPages = 0;
    qint64 swapPages = 0;
    qint64 total() const { return ramPages + swapPages; }
};

// nullopt when MemTotal is missing; *why then says so. A missing SwapTotal counts as no
// swap (kernels without CONFIG_SWAP print none).
std::optional<GlobalTotalPages> globalTotalPages(const Snapshot &snapshot, QString *why = nullptr);

// The formula of the kernel that produced the snapshot, from its release ("6.18.4-…"):
// live, the running kernel's. Vendors backport the OOM code, so this is the upstream era
// of that version; Era E when the release is unknown.
BadnessEra eraForKernelRelease(QStringView release);

// The /proc/<pid> files the ranking needs: status (rss, swap, page tables, uid, kernel
// thread), oom_score_adj and cgroup. Neither stat nor oom_score nor cmdline.
inline constexpr ProcessFields rankingProcessFields()
{
    return ProcessFields(ProcessField::Status) | ProcessField::OomScoreAdj | ProcessField::Cgroup;
}

RankCandidate rankCandidateOf(const ProcessInfo &process, KiB pageSize);

struct SnapshotRanking {
    std::optional<GlobalTotalPages> totalpages;
    BadnessEra era = BadnessEra::E;
    RankingResult ranking; // no tasks when totalpages is unknown
    // Translated sentences: what was assumed or left out, and why.
    QStringList notes;
    int adjUnknown = 0; // processes whose oom_score_adj could not be read (taken as 0)
    int usageUnknown = 0; // processes whose status could not be read (left out)
};

// Ranks every process of the snapshot for a global OOM. Processes whose status could not
// be read are left out (counted and noted); an unreadable oom_score_adj counts as 0.
SnapshotRanking rankSnapshot(const Snapshot &snapshot);

class LiveRankingText
{
    Q_DECLARE_TR_FUNCTIONS(LiveRanking)
};

} // namespace oom
