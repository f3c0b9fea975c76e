// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// oom_score_adj decided the victim: a larger process was protected by a negative
// adjustment, or the victim was pushed forward by a positive one (kubelet sets +1000 for
// BestEffort pods, −997 for Guaranteed; systemd user sessions run at +100/+200).

#include "core/analysis/causeevidence.h"
#include "core/analysis/causeids.h"
#include "core/analysis/causerules.h"

using namespace Qt::StringLiterals;

namespace oom::causes {

namespace {

// The memory the badness heuristic counts (every era since 2.6.36): rss + swap + page
// tables, in pages.
qint64 memoryPages(const TaskRow &row, qint64 pageKb)
{
    qint64 pages = row.rssPages.value_or(0) + row.swapents.value_or(0);
    if (row.pgtablesBytes)
        pages += *row.pgtablesBytes / (pageKb * 1024);
    else
        pages += row.nrPtes.value_or(0) + row.nrPmds.value_or(0);
    return pages;
}

bool eligible(const TaskRow &row)
{
    return row.pid != 1 && row.oomScoreAdj.value_or(0) != -1000;
}

} // namespace

void rankingRules(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (e.kind != EventKind::KernelOom || e.sysrq || e.tasks.isEmpty() || e.victims.isEmpty())
        return;
    const std::optional<qint64> victimPid = e.victims.first().pid;
    const TaskRow *victim = nullptr;
    for (const TaskRow &row : e.tasks) {
        if (row.pid == victimPid)
            victim = &row;
    }
    if (!victim)
        return;
    const qint64 victimPages = memoryPages(*victim, facts.pageKb);
    const int victimAdj = victim->oomScoreAdj.value_or(0);
    // The largest eligible process that used more memory than the victim and still lost.
    const TaskRow *larger = nullptr;
    for (const TaskRow &row : e.tasks) {
        if (&row == victim || !eligible(row) || memoryPages(row, facts.pageKb) <= victimPages)
            continue;
        if (row.oomScoreAdj.value_or(0) >= victimAdj)
            continue; // it was not protected relative to the victim
        if (!larger || memoryPages(row, facts.pageKb) > memoryPages(*larger, facts.pageKb))
            larger = &row;
    }
    if (!larger)
        return;
    const qint64 largerKb = memoryPages(*larger, facts.pageKb) * facts.pageKb;
    const qint64 victimKb = victimPages * facts.pageKb;
    Finding f{makeCause(causeid::OomScoreAdjShield, "warning", remedyid::OomPriority), 62};
    if (victimAdj > 0) {
        f.cause.summary = CauseText::tr("%1 (pid %2) was chosen because of its oom_score_adj of +%3: %4 "
                                        "(pid %5) used more memory (%6 against %7) but had an adjustment of %8.")
                              .arg(victim->name)
                              .arg(victim->pid)
                              .arg(victimAdj)
                              .arg(larger->name)
                              .arg(larger->pid)
                              .arg(size(largerKb), size(victimKb))
                              .arg(larger->oomScoreAdj.value_or(0));
    } else {
        f.cause.summary = CauseText::tr("%1 (pid %2) used more memory than the victim (%3 against %4) but its "
                                        "oom_score_adj of %5 protected it, so %6 (pid %7) was killed instead.")
                              .arg(larger->name)
                              .arg(larger->pid)
                              .arg(size(largerKb), size(victimKb))
                              .arg(larger->oomScoreAdj.value_or(0))
                              .arg(victim->name)
                              .arg(victim->pid);
    }
    f.cause.evidence = {larger->line, victim->line};
    addKillEvidence(f.cause, e);
    out.append(f);
}

} // namespace oom::causes
