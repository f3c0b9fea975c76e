// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/victimranking.h"

#include "core/analysis/rankingcore.h"
#include "core/analysis/victimcomparison.h"
#include "core/model/oomevent.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

class RankingText
{
    Q_DECLARE_TR_FUNCTIONS(RankingText)
};

// An earlier kill counts as "already reaped" for this long: the reaper is done within
// seconds (4.6+), and a victim still listed after a minute is something else.
constexpr double kReapedWindowSeconds = 60.0;

// Everything rankReport() and whatIf() share: the era, the units, totalpages, the
// candidates and the root-bonus guess the selection score confirmed.
struct Prepared {
    RankingResult result;
    QList<RankCandidate> candidates;
    ranking::Setup setup;
};

Prepared prepare(const OomEvent &event, const RankOptions &options)
{
    Prepared p;
    RankingResult &r = p.result;
    r.era = detectEra(event);
    if (r.era.era == BadnessEra::Unknown) {
        // Nothing in the text dates it: the current formula, said so.
        r.era.era = BadnessEra::E;
        r.era.confidence = EraConfidence::Low;
        r.era.maxVersion = 999999;
        applyTieRule(r.era);
        r.notes.append(
            RankingText::tr("Nothing in the report dates the kernel; the 5.9+ formula was used."));
    }
    r.pageSize = pageSizeOf(event);
    r.totalpages = totalPagesOf(event, r.pageSize.kb, &r.totalpagesMissing);
    p.candidates = candidatesFromReport(event, r.pageSize.kb, options.alreadyReaped);

    ranking::Setup &s = p.setup;
    s.era = r.era.era;
    s.tieRule = r.era.tieRule;
    if (r.totalpages)
        s.totalpages = r.totalpages->pages;
    if (r.totalpages && r.totalpages->constraint == OomConstraint::None)
        s.globalTotalpages = r.totalpages->pages;

    r.scoreCheck = comparison::checkScore(event, p.candidates, s, r.era);
    if (r.scoreCheck && r.scoreCheck->withoutRootBonus) {
        // The selected uid-0 task had no CAP_SYS_ADMIN: the proxy is wrong for this report
        // (a container), so it is dropped for every task.
        s.bonus = RootBonus::Never;
        r.notes.append(
            RankingText::tr("The selection score shows the uid-0 tasks lack CAP_SYS_ADMIN; no root "
                            "bonus applied."));
    }
    if (r.scoreCheck && r.scoreCheck->eraFromScore) {
        const BadnessEra chosen = *r.scoreCheck->eraFromScore;
        r.era.alternatives.removeAll(chosen);
        r.era.alternatives.append(r.era.era);
        r.era.era = chosen;
        r.era.confidence = EraConfidence::Medium;
        r.era.reasons.append(
            {u"selection-score-era"_s,
             RankingText::tr("The selection line's score matches the formula of %1.")
                 .arg(eraRange(chosen))});
        applyTieRule(r.era);
        s.era = chosen;
        s.tieRule = r.era.tieRule;
    }
    if (p.candidates.isEmpty() && event.taskLayout == TaskTableLayout::Unknown)
        r.notes.append(
            RankingText::tr("The report has no task table; the ranking cannot be recomputed."));
    if (!r.totalpages && !p.candidates.isEmpty())
        r.notes.append(RankingText::tr("totalpages is unknown: %1").arg(r.totalpagesMissing));
    return p;
}

void adopt(RankingResult &r, ranking::Ranked &&ranked)
{
    r.tasks = std::move(ranked.tasks);
    r.basis = ranked.basis;
    r.predictedPid = ranked.predictedPid;
    r.predictedComm = ranked.predictedComm;
}

// The other eras the text leaves open, where they predict another victim.
void rankOtherEras(Prepared &p)
{
    for (const BadnessEra other : std::as_const(p.result.era.alternatives)) {
        EraDetection d = p.result.era;
        d.era = other;
        applyTieRule(d);
        ranking::Setup s = p.setup;
        s.era = other;
        s.tieRule = d.tieRule;
        const ranking::Ranked ranked = ranking::rank(p.candidates, s);
        if (ranked.predictedPid != p.result.predictedPid)
            p.result.otherEras.append({other, ranked.predictedPid});
    }
}

RankingResult finish(const OomEvent &event, Prepared &p)
{
    adopt(p.result, ranking::rank(p.candidates, p.setup));
    rankOtherEras(p);
    comparison::Context context;
    if (std::any_of(p.candidates.cbegin(), p.candidates.cend(), [](const RankCandidate &c) {
            return c.alreadyReaped;
        })) {
        QList<RankCandidate> all = p.candidates;
        for (RankCandidate &c : all)
            c.alreadyReaped = false;
        context.predictedWithoutExclusion = ranking::rank(all, p.setup).predictedPid;
    }
    if (p.setup.bonus == RootBonus::FromCandidate) {
        ranking::Setup s = p.setup;
        s.bonus = RootBonus::Never;
        context.predictedWithoutRootBonus = ranking::rank(p.candidates, s).predictedPid;
    }
    comparison::compare(event, p.result, context);
    return std::move(p.result);
}

std::optional<double> secondsApart(const OomEvent &a, const OomEvent &b)
{
    if (a.uptimeSeconds && b.uptimeSeconds)
        return std::abs(*a.uptimeSeconds - *b.uptimeSeconds);
    if (a.time && b.time)
        return std::abs(double(a.time->msecsTo(*b.time)) / 1000.0);
    return std::nullopt;
}

} // namespace

const RankedTask *RankingResult::task(qint64 pid) const
{
    for (const RankedTask &t : tasks) {
        if (t.pid == pid)
            return &t;
    }
    return nullptr;
}

QString differenceReasonId(DifferenceReason reason)
{
    switch (reason) {
    case DifferenceReason::ChildSubstitution: return u"child-substitution"_s;
    case DifferenceReason::StaleCounters: return u"stale-counters"_s;
    case DifferenceReason::AlreadyReaped: return u"already-reaped"_s;
    case DifferenceReason::HeaderSuppressed: return u"header-suppressed"_s;
    case DifferenceReason::NoTaskTable: return u"no-task-table"_s;
    case DifferenceReason::TableCut: return u"table-cut"_s;
    case DifferenceReason::NotInTable: return u"not-in-table"_s;
    case DifferenceReason::ThreadId: return u"thread-id"_s;
    case DifferenceReason::TieOrder: return u"tie-order"_s;
    case DifferenceReason::EraAmbiguous: return u"era-ambiguous"_s;
    case DifferenceReason::AllocatingTask: return u"allocating-task"_s;
    case DifferenceReason::RootBonusUnknown: return u"root-bonus-unknown"_s;
    case DifferenceReason::Unexplained: return u"unexplained"_s;
    }
    return {};
}

RankingResult rankReport(const OomEvent &event, const RankOptions &options)
{
    Prepared p = prepare(event, options);
    return finish(event, p);
}

RankOptions sessionRankOptions(const QList<OomEvent> &events, qsizetype index)
{
    const OomEvent &event = events.at(index);
    RankOptions options;
    for (qsizetype j = 0; j < index; ++j) {
        const OomEvent &earlier = events.at(j);
        if (earlier.kind != EventKind::KernelOom || earlier.sourcePath != event.sourcePath)
            continue;
        const auto apart = secondsApart(earlier, event);
        if (!apart || *apart > kReapedWindowSeconds)
            continue;
        for (const Victim &victim : earlier.victims) {
            if (victim.pid)
                options.alreadyReaped.insert(*victim.pid);
        }
    }
    return options;
}

QList<RankingResult> rankReports(const QList<OomEvent> &events)
{
    QList<RankingResult> results;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).kind == EventKind::KernelOom)
            results.append(rankReport(events.at(i), sessionRankOptions(events, i)));
    }
    return results;
}

RankingResult whatIf(const OomEvent &event, const QList<WhatIfChange> &changes,
                     const RankOptions &options)
{
    Prepared p = prepare(event, options);
    const std::optional<qint64> baseline = ranking::rank(p.candidates, p.setup).predictedPid;
    for (const WhatIfChange &change : changes) {
        bool found = false;
        for (qsizetype i = 0; i < p.candidates.size(); ++i) {
            if (p.candidates.at(i).pid != change.pid)
                continue;
            found = true;
            if (change.kind == WhatIfChange::Kind::RemoveTask) {
                p.candidates.removeAt(i);
                break;
            }
            p.candidates[i].oomScoreAdj = std::clamp(change.oomScoreAdj, -1000, 1000);
            break;
        }
        if (!found)
            p.result.notes.append(
                RankingText::tr("What-if: pid %1 is not in the task table.").arg(change.pid));
    }
    RankingResult result = finish(event, p);
    result.whatIf = true;
    result.baselinePredictedPid = baseline;
    return result;
}

RankingResult rankCandidates(QList<RankCandidate> candidates, qint64 totalpages, BadnessEra era)
{
    RankingResult r;
    r.era.era = era;
    r.era.confidence = EraConfidence::High;
    r.era.minVersion = eraMinVersion(era);
    r.era.maxVersion = eraMaxVersion(era);
    r.era.reasons.append({u"live-system"_s,
                          RankingText::tr("Ranked with the formula of %1 for the running kernel.")
                              .arg(eraRange(era))});
    applyTieRule(r.era);
    TotalPages total;
    total.pages = totalpages;
    total.constraint = OomConstraint::None;
    total.formula = RankingText::tr("totalram_pages + total_swap_pages = %1 pages").arg(totalpages);
    r.totalpages = total;
    ranking::Setup s;
    s.era = era;
    s.tieRule = r.era.tieRule;
    s.totalpages = totalpages;
    s.globalTotalpages = totalpages;
    adopt(r, ranking::rank(candidates, s));
    r.agreement = Agreement::NoActualVictim;
    return r;
}

} // namespace oom
