// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// oom_score_adj decided the victim: a larger process was protected by a negative
// adjustment, or the victim was pushed forward by a positive one (kubelet sets +1000 for
// BestEffort pods, −997 for Guaranteed; systemd user sessions run at +100/+200).

#include "core/analysis/causeevidence.h"
#include "core/analysis/causeids.h"
#include "core/analysis/causerules.h"
#include "core/analysis/victimranking.h"

using namespace Qt::StringLiterals;

namespace oom::causes {

void rankingRules(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (e.kind != EventKind::KernelOom || e.sysrq || e.tasks.isEmpty() || e.victims.isEmpty()
        || !e.victims.first().pid)
        return;
    // The kernel's own ranking for the report's era: who was eligible, and the memory each
    // task's badness counts (rss + swap + page tables, by the era's rules).
    const RankingResult ranking = rankReport(e);
    const RankedTask *victim = ranking.task(*e.victims.first().pid);
    if (!victim)
        return;
    // The largest eligible task that used more memory than the victim and still lost:
    // its adjustment was lower than the victim's.
    const RankedTask *larger = nullptr;
    for (const RankedTask &task : ranking.tasks) {
        if (task.pid == victim->pid || !task.eligible || task.usagePages <= victim->usagePages
            || task.oomScoreAdj >= victim->oomScoreAdj)
            continue;
        if (!larger || task.usagePages > larger->usagePages)
            larger = &task;
    }
    if (!larger)
        return;
    const qint64 pageKb = ranking.pageSize.kb;
    const qint64 largerKb = larger->usagePages * pageKb;
    const qint64 victimKb = victim->usagePages * pageKb;
    const int victimAdj = victim->oomScoreAdj;
    Finding f{makeCause(causeid::OomScoreAdjShield, Severity::Warning, remedyid::OomPriority), 62};
    if (victimAdj > 0) {
        f.cause.summary =
            CauseText::tr(
                "%1 (pid %2) was chosen because of its oom_score_adj of +%3: %4 "
                "(pid %5) used more memory (%6 against %7) but had an adjustment of %8.")
                .arg(victim->comm)
                .arg(victim->pid)
                .arg(victimAdj)
                .arg(larger->comm)
                .arg(larger->pid)
                .arg(size(largerKb), size(victimKb))
                .arg(larger->oomScoreAdj);
    } else {
        f.cause.summary =
            CauseText::tr(
                "%1 (pid %2) used more memory than the victim (%3 against %4) but its "
                "oom_score_adj of %5 protected it, so %6 (pid %7) was killed instead.")
                .arg(larger->comm)
                .arg(larger->pid)
                .arg(size(largerKb), size(victimKb))
                .arg(larger->oomScoreAdj)
                .arg(victim->comm)
                .arg(victim->pid);
    }
    f.cause.evidence = {larger->line, victim->line};
    addKillEvidence(f.cause, e);
    out.append(f);
}

} // namespace oom::causes
