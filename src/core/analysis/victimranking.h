// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/badness.h"
#include "core/analysis/badnessera.h"
#include "core/analysis/reportcandidates.h"
#include "core/analysis/totalpages.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The kernel's victim selection recomputed (docs/kernel-formats.md §2.8): every task's points
// and share of totalpages, the rank under the era's tie rule, the predicted victim against
// the one the kernel killed, and what-if variations. The same code ranks the live system.
namespace oom {

struct OomEvent;

struct RankedTask {
    qint64 pid = 0;
    QString comm;
    std::optional<qint64> uid;
    int oomScoreAdj = 0; // era A: oom_adj
    qint64 rssPages = 0;
    qint64 swapPages = 0;
    qint64 pgtablesPages = 0;
    qint64 usagePages = 0; // rss + swap + page tables
    // oom_badness() as the kernel returns it; nullopt when totalpages is unknown (eras B-E
    // need it) or for ineligible tasks of era E (LONG_MIN).
    std::optional<qint64> points;
    std::optional<double> shareOfTotal; // points / totalpages (era B: points / 1000)
    // /proc/<pid>/oom_score: only against the global totalpages (the file never uses a
    // memcg's or cpuset's), so only for CONSTRAINT_NONE reports and the live system.
    std::optional<qint64> oomScore;
    int rank = 0; // 1 = the predicted victim; 0 = ineligible or not placed
    bool eligible = true;
    Ineligibility ineligibility = Ineligibility::None;
    QString reasonIneligible;
    bool rootBonusApplied = false;
    bool capFromUid = false; // the bonus rests on uid 0 standing in for CAP_SYS_ADMIN
    bool approximate = false;
    QString cgroup;
    qint64 line = 0;
    int walkIndex = 0; // position in the kernel's task walk (the table's order)
};

enum class PredictionBasis {
    None, // nothing eligible, or the order cannot be known
    Points, // every eligible task's points were computed
    SingleCandidate, // only one eligible task: no totalpages needed
    Dominance, // totalpages unknown, but one task has the most memory and the highest adj
};

enum class Agreement {
    Agrees,
    Differs,
    NoPrediction, // no table, a cut table, or an order that cannot be known
    NoActualVictim, // the log does not say whom the kernel killed or selected
};

enum class DifferenceReason {
    ChildSubstitution, // <= 5.0: a child of the selected task may die instead (§2.5)
    StaleCounters, // the scores are within the counters' batching error
    AlreadyReaped, // an earlier victim still listed; the kernel skips it (MMF_OOM_SKIP)
    HeaderSuppressed, // rate-limited report: kill line without the dump
    NoTaskTable, // vm.oom_dump_tasks = 0 (default before 2.6.36) or lines lost
    TableCut, // the table is incomplete
    NotInTable, // the killed task is not in the table
    ThreadId, // the kill or selection line names a thread of the task, not its pid
    TieOrder, // equal scores; the tie rule of this kernel is uncertain
    EraAmbiguous, // another era that fits the text predicts the actual victim
    AllocatingTask, // vm.oom_kill_allocating_task = 1: current was killed, no ranking
    RootBonusUnknown, // the uid-0 proxy for CAP_SYS_ADMIN decides the order
    Unexplained,
};
QString differenceReasonId(DifferenceReason reason);

// The "score N" of the selection line (3.5-5.0: points * 1000 / totalpages; 2.6.36-3.4:
// the badness) recomputed for the task it names.
struct ScoreCheck {
    qint64 printed = 0;
    std::optional<qint64> computed;
    qint64 taskPid = 0; // the table row the selection line was matched to
    bool matches = false;
    bool withoutRootBonus = false; // matched only once the uid-0 proxy was dropped
    std::optional<BadnessEra> eraFromScore; // matched only under this alternative era
    // For an adj-0 task: the totalpages range that would print this score.
    std::optional<qint64> impliedTotalpagesMin;
    std::optional<qint64> impliedTotalpagesMax;
    QString note;
};

struct EraPrediction {
    BadnessEra era = BadnessEra::Unknown;
    std::optional<qint64> predictedPid;
};

struct RankingResult {
    EraDetection era;
    std::optional<TotalPages> totalpages;
    QString totalpagesMissing; // why totalpages is unknown
    PageSize pageSize;
    QList<RankedTask> tasks; // ranked ones by rank, then the rest in table order
    PredictionBasis basis = PredictionBasis::None;
    std::optional<qint64> predictedPid;
    QString predictedComm;
    std::optional<qint64> actualPid; // the killed task (kill, summary or reaper line)
    QString actualComm;
    std::optional<qint64> selectedPid; // "Kill process N" (<= 5.0), may be a thread id
    Agreement agreement = Agreement::NoPrediction;
    QList<DifferenceReason> reasons; // why it differs, or notes on an agreement
    QStringList explanation; // translatable sentences, one per reason
    std::optional<ScoreCheck> scoreCheck;
    QList<EraPrediction> otherEras; // alternative eras whose prediction differs
    QStringList notes;
    bool whatIf = false;
    std::optional<qint64> baselinePredictedPid; // what-if: the prediction before the changes

    const RankedTask *task(qint64 pid) const;
};

struct RankOptions {
    // Pids an earlier OOM kill took (seconds before); still listed, never chosen again.
    QSet<qint64> alreadyReaped;
};

struct WhatIfChange {
    enum class Kind { SetOomScoreAdj, RemoveTask };
    Kind kind = Kind::SetOomScoreAdj;
    qint64 pid = 0;
    int oomScoreAdj = 0;
};

RankingResult rankReport(const OomEvent &event, const RankOptions &options = {});
// Every kernel report of a log, each with the victims of the kernel reports up to 60 s
// before it (same source) as already reaped.
QList<RankingResult> rankReports(const QList<OomEvent> &events);
// The context rankReports() gives events[index]: to rank one report of a session alone.
RankOptions sessionRankOptions(const QList<OomEvent> &events, qsizetype index);
RankingResult whatIf(const OomEvent &event, const QList<WhatIfChange> &changes,
                     const RankOptions &options = {});

// The live system: candidates from /proc in pid order (the task list's creation order
// until pids wrap) and the global totalpages, totalram_pages + total_swap_pages, i.e.
// (MemTotal + SwapTotal) / page size from /proc/meminfo.
RankingResult rankCandidates(QList<RankCandidate> candidates, qint64 totalpages,
                             BadnessEra era = BadnessEra::E);

} // namespace oom
