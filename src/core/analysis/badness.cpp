// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/badness.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

class BadnessText
{
    Q_DECLARE_TR_FUNCTIONS(BadnessText)
};

constexpr int kOomScoreAdjMin = -1000; // OOM_SCORE_ADJ_MIN
constexpr int kOomDisable = -17; // OOM_DISABLE (oom_adj, <= 2.6.35)

bool hasCapSysAdmin(const RankCandidate &task, RootBonus bonus, bool *fromUid)
{
    *fromUid = false;
    switch (bonus) {
    case RootBonus::Never: return false;
    case RootBonus::Always: return true;
    case RootBonus::FromCandidate: break;
    }
    if (task.hasCapSysAdmin)
        return *task.hasCapSysAdmin;
    // The report does not print capabilities; uid 0 usually has CAP_SYS_ADMIN, except in
    // containers, which drop it (the selection score tells, see victimcomparison.cpp).
    *fromUid = task.uid && *task.uid == 0;
    return *fromUid;
}

// Init and kernel threads are filtered before oom_badness() in every era
// (oom_unkillable_task(); before 2.6.36 "no mm"), earlier victims by the scan.
Ineligibility filtered(const RankCandidate &task)
{
    if (task.isInit)
        return Ineligibility::Init;
    if (task.isKernelThread)
        return Ineligibility::KernelThread;
    // MMF_OOM_SKIP: 4.7/4.8+ in oom_badness(); earlier kernels aborted the whole scan on
    // an exiting victim instead, so an earlier victim never competes either way.
    if (task.alreadyReaped)
        return Ineligibility::AlreadyReaped;
    return Ineligibility::None;
}

// Era A, 2.6.32 badness(): total_vm, halved children, divided by sqrt(cpu time) and
// sqrt(sqrt(run time)), doubled for niced tasks, quartered for CAP_SYS_ADMIN/RESOURCE and
// again for CAP_SYS_RAWIO, then shifted by oom_adj. The report has neither the children
// nor the times nor the nice value: what can be computed is an upper bound.
Badness eraA(const RankCandidate &task, RootBonus bonus)
{
    Badness b;
    b.approximate = true;
    if (task.oomScoreAdj == kOomDisable) {
        b.ineligible = Ineligibility::OomDisabled;
        return b;
    }
    qint64 points = task.totalVmPages.value_or(task.rssPages);
    bool fromUid = false;
    if (hasCapSysAdmin(task, bonus, &fromUid)) {
        // root holds CAP_SYS_ADMIN, CAP_SYS_RESOURCE and CAP_SYS_RAWIO: both divisions
        points /= 4;
        points /= 4;
        b.rootBonusApplied = true;
        b.capFromUid = fromUid;
    }
    const int adj = task.oomScoreAdj;
    if (adj > 0) {
        if (points == 0)
            points = 1;
        points <<= std::min(adj, 15);
    } else if (adj < 0) {
        points >>= std::min(-adj, 16);
    }
    b.points = points;
    b.eligible = true;
    return b;
}

// Era B, 2.6.36-3.4 (a63d83f4): the share of totalpages in thousandths, int arithmetic.
Badness eraB(const RankCandidate &task, qint64 totalpages, RootBonus bonus)
{
    Badness b;
    b.approximate = task.usageIncomplete;
    if (task.oomScoreAdj == kOomScoreAdjMin) {
        b.ineligible = Ineligibility::OomScoreAdjMin;
        return b;
    }
    if (totalpages == 0)
        totalpages = 1; // "The memory controller may have a limit of 0 bytes"
    const qint64 usage = usagePages(task);
    b.eraBIntOverflowRisk = usage > 2147483647LL / 1000;
    qint64 points = usage * 1000 / totalpages;
    bool fromUid = false;
    if (hasCapSysAdmin(task, bonus, &fromUid)) {
        points -= 30;
        b.rootBonusApplied = true;
        b.capFromUid = fromUid;
    }
    points += task.oomScoreAdj;
    // Eligible tasks never score 0: "if (points <= 0) return 1".
    b.points = points <= 0 ? 1 : std::min<qint64>(points, 1000);
    b.eligible = true;
    return b;
}

// Eras C, C', D (3.5-5.8) and E (5.9+): pages, adj normalised to oom_score_adj units.
Badness pageBased(const RankCandidate &task, BadnessEra era, qint64 totalpages, RootBonus bonus)
{
    Badness b;
    b.approximate = task.usageIncomplete;
    const bool signedEra = era == BadnessEra::E;
    auto ineligible = [&b, signedEra](Ineligibility why) {
        b.ineligible = why;
        b.points = signedEra ? kBadnessMin : 0;
        return b;
    };
    qint64 adj = task.oomScoreAdj;
    if (adj == kOomScoreAdjMin)
        return ineligible(Ineligibility::OomScoreAdjMin);
    qint64 points = usagePages(task);
    bool fromUid = false;
    const bool cap = (era == BadnessEra::C || era == BadnessEra::CPrime)
        && hasCapSysAdmin(task, bonus, &fromUid);
    if (cap && era == BadnessEra::C)
        adj -= 30; // 3.5-3.13: "3% bonus" as 30 thousandths of totalpages
    if (cap && era == BadnessEra::CPrime)
        points -= points * 3 / 100; // 3.14-4.18: 3 % of the task's own usage (778c14af)
    b.rootBonusApplied = cap;
    b.capFromUid = cap && fromUid;
    // "adj *= totalpages / 1000": the division comes first, so memcgs below 1000 pages
    // ignore oom_score_adj entirely and 1999 pages scale it by 1.
    adj *= totalpages / 1000;
    points += adj;
    b.eligible = true;
    if (signedEra)
        b.points = points; // may be negative; LONG_MIN is reserved for ineligible tasks
    else
        b.points = points > 0 ? points : 1; // unsigned long: eligible tasks score >= 1
    return b;
}

} // namespace

RankCandidate candidateFromProcStatus(qint64 pid, const QString &comm, std::optional<qint64> uid,
                                      const ProcStatusMemory &status, int oomScoreAdj,
                                      qint64 pageSizeKb)
{
    RankCandidate c;
    c.pid = pid;
    c.comm = comm;
    c.uid = uid;
    c.oomScoreAdj = oomScoreAdj;
    c.isInit = pid == 1;
    const qint64 page = pageSizeKb > 0 ? pageSizeKb : 4;
    // No VmRSS line: no mm, so a kernel thread or a zombie; neither can be chosen.
    c.isKernelThread = !status.vmRssKb.has_value();
    qint64 rssKb = status.vmRssKb.value_or(0);
    if (status.rssAnonKb && status.rssFileKb && status.rssShmemKb)
        rssKb = *status.rssAnonKb + *status.rssFileKb + *status.rssShmemKb;
    c.rssPages = rssKb / page;
    c.swapPages = status.vmSwapKb.value_or(0) / page;
    c.pgtablesPages = status.vmPteKb.value_or(0) / page;
    c.usageIncomplete = !c.isKernelThread && (!status.vmSwapKb || !status.vmPteKb);
    return c;
}

QString ineligibilityId(Ineligibility reason)
{
    switch (reason) {
    case Ineligibility::None: return {};
    case Ineligibility::OomScoreAdjMin: return u"oom-score-adj-min"_s;
    case Ineligibility::OomDisabled: return u"oom-adj-disabled"_s;
    case Ineligibility::Init: return u"init"_s;
    case Ineligibility::KernelThread: return u"kernel-thread"_s;
    case Ineligibility::AlreadyReaped: return u"already-reaped"_s;
    }
    return {};
}

QString ineligibilityText(Ineligibility reason)
{
    switch (reason) {
    case Ineligibility::None: return {};
    case Ineligibility::OomScoreAdjMin:
        return BadnessText::tr("oom_score_adj is -1000: never killed");
    case Ineligibility::OomDisabled:
        return BadnessText::tr("oom_adj is -17 (OOM_DISABLE): never killed");
    case Ineligibility::Init: return BadnessText::tr("init is never killed");
    case Ineligibility::KernelThread:
        return BadnessText::tr("kernel threads and tasks without memory are never killed");
    case Ineligibility::AlreadyReaped:
        return BadnessText::tr(
            "an earlier OOM kill already took this task (its memory was reaped)");
    }
    return {};
}

qint64 usagePages(const RankCandidate &task)
{
    return task.rssPages + task.swapPages + task.pgtablesPages;
}

Badness computeBadness(const RankCandidate &task, BadnessEra era, qint64 totalpages,
                       RootBonus bonus)
{
    if (const Ineligibility why = filtered(task); why != Ineligibility::None) {
        Badness b;
        b.ineligible = why;
        b.points = era == BadnessEra::E ? kBadnessMin : 0;
        return b;
    }
    switch (era) {
    case BadnessEra::A: return eraA(task, bonus);
    case BadnessEra::B: return eraB(task, totalpages, bonus);
    case BadnessEra::C:
    case BadnessEra::CPrime:
    case BadnessEra::D:
    case BadnessEra::E: return pageBased(task, era, totalpages, bonus);
    case BadnessEra::Unknown: break;
    }
    return pageBased(task, BadnessEra::E, totalpages, bonus);
}

std::optional<qint64> oomScoreFromBadness(const Badness &badness, BadnessEra era,
                                          qint64 globalTotalpages)
{
    const qint64 total = globalTotalpages > 0 ? globalTotalpages : 1;
    switch (era) {
    case BadnessEra::A:
    case BadnessEra::B:
        // 2.6.32-2.6.35: the raw, unbounded badness; 2.6.36-3.4: 0 or 1..1000
        return badness.eligible ? badness.points : 0;
    case BadnessEra::C:
    case BadnessEra::CPrime:
    case BadnessEra::D:
        // "oom_badness(...) * 1000 / totalpages" in unsigned long: 0..2000, and small
        // eligible tasks read 0.
        return badness.eligible ? badness.points * 1000 / total : 0;
    case BadnessEra::E: {
        if (!badness.eligible || badness.points == kBadnessMin)
            return 0;
        // (1000 + badness * 1000 / totalpages) * 2 / 3 in long, C division truncating
        // towards zero like C++'s. With adj >= -999 the inner term stays >= -999, so the
        // result is 0..2000 and the kernel needs no clamp; keep it non-negative anyway
        // (the kernel stores it in an unsigned long).
        const qint64 value = (1000 + badness.points * 1000 / total) * 2 / 3;
        return std::max<qint64>(value, 0);
    }
    case BadnessEra::Unknown: break;
    }
    return std::nullopt;
}

std::optional<qint64> selectionScore(qint64 points, BadnessEra era, qint64 totalpages)
{
    switch (era) {
    case BadnessEra::A:
    case BadnessEra::B: return points;
    case BadnessEra::C:
    case BadnessEra::CPrime:
    case BadnessEra::D:
        // 3.5-5.0: "chosen_points * 1000 / totalpages" (unsigned; %d until 4.1, %u after)
        return points * 1000 / (totalpages > 0 ? totalpages : 1);
    case BadnessEra::E:
    case BadnessEra::Unknown: break;
    }
    return std::nullopt;
}

} // namespace oom
