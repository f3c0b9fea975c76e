// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/rankingcore.h"

#include <algorithm>

namespace oom::ranking {

namespace {

// A stand-in for an unknown totalpages, only used to learn eligibility and the root
// bonus of each task (neither depends on the value).
constexpr qint64 kEligibilityProbeTotal = 1000000;

RankedTask rowOf(const RankCandidate &c, int index)
{
    RankedTask t;
    t.pid = c.pid;
    t.comm = c.comm;
    t.uid = c.uid;
    t.oomScoreAdj = c.oomScoreAdj;
    t.rssPages = c.rssPages;
    t.swapPages = c.swapPages;
    t.pgtablesPages = c.pgtablesPages;
    t.usagePages = usagePages(c);
    t.cgroup = c.cgroup;
    t.line = c.line;
    t.walkIndex = index;
    return t;
}

// The parts of the score that do not depend on totalpages, for comparing tasks when it
// is unknown: usage (after the 3.14 root bonus) and the effective adj (after the 3.5 one).
struct DominanceKey {
    qint64 usage = 0;
    qint64 adj = 0;
};

DominanceKey keyOf(const RankCandidate &c, const RankedTask &row, BadnessEra era)
{
    DominanceKey key{usagePages(c), c.oomScoreAdj};
    if (row.rootBonusApplied && era == BadnessEra::CPrime)
        key.usage -= key.usage * 3 / 100;
    if (row.rootBonusApplied && era == BadnessEra::C)
        key.adj -= 30;
    return key;
}

// x scores higher than y for every totalpages >= 1000 (4 MB): adj * (totalpages / 1000)
// grows with adj, usage adds one to one.
bool dominates(const DominanceKey &x, const DominanceKey &y)
{
    return (x.usage > y.usage && x.adj >= y.adj) || (x.usage >= y.usage && x.adj > y.adj);
}

} // namespace

Badness badnessOf(const RankCandidate &candidate, const Setup &setup)
{
    return computeBadness(candidate, setup.era, setup.totalpages.value_or(kEligibilityProbeTotal),
                          setup.bonus);
}

Ranked rank(const QList<RankCandidate> &candidates, const Setup &setup)
{
    Ranked result;
    // Era A's heuristic has no denominator; every later era scales by totalpages.
    const bool haveTotal = setup.totalpages.has_value() || setup.era == BadnessEra::A;
    QList<int> eligible;
    for (int i = 0; i < candidates.size(); ++i) {
        const RankCandidate &c = candidates.at(i);
        const Badness b = badnessOf(c, setup);
        RankedTask row = rowOf(c, i);
        row.eligible = b.eligible;
        row.ineligibility = b.ineligible;
        row.reasonIneligible = ineligibilityText(b.ineligible);
        row.rootBonusApplied = b.rootBonusApplied;
        row.capFromUid = b.capFromUid;
        row.approximate = b.approximate;
        if (haveTotal && b.points != kBadnessMin) {
            row.points = b.points;
            if (setup.era == BadnessEra::B)
                row.shareOfTotal = double(b.points) / 1000.0;
            else if (setup.era != BadnessEra::A && *setup.totalpages > 0)
                row.shareOfTotal = double(b.points) / double(*setup.totalpages);
        }
        if (setup.globalTotalpages) {
            const Badness global =
                computeBadness(c, setup.era, *setup.globalTotalpages, setup.bonus);
            row.oomScore = oomScoreFromBadness(global, setup.era, *setup.globalTotalpages);
        }
        if (b.eligible)
            eligible.append(i);
        result.tasks.append(row);
    }

    QList<int> order; // indices into result.tasks, best first
    if (haveTotal) {
        order = eligible;
        const bool lastWins = setup.tieRule == TieRule::LastWins;
        std::stable_sort(order.begin(), order.end(), [&result, lastWins](int a, int b) {
            const qint64 pa = *result.tasks.at(a).points;
            const qint64 pb = *result.tasks.at(b).points;
            if (pa != pb)
                return pa > pb;
            return lastWins ? a > b : a < b;
        });
        if (!order.isEmpty())
            result.basis =
                order.size() == 1 ? PredictionBasis::SingleCandidate : PredictionBasis::Points;
    } else if (eligible.size() == 1) {
        // Alone, it is chosen whatever its score: every era selects any eligible task
        // over none (points >= 1 in eras B-D, > LONG_MIN in E).
        order = eligible;
        result.basis = PredictionBasis::SingleCandidate;
    } else if (eligible.size() > 1 && setup.era != BadnessEra::B) {
        // Era B truncates usage * 1000 / totalpages, so close tasks may tie: no dominance.
        QList<DominanceKey> keys;
        for (int i : std::as_const(eligible))
            keys.append(keyOf(candidates.at(i), result.tasks.at(i), setup.era));
        for (int x = 0; x < eligible.size(); ++x) {
            bool all = true;
            for (int y = 0; y < eligible.size() && all; ++y)
                all = x == y || dominates(keys.at(x), keys.at(y));
            // Eras C-D clamp every score <= 0 to 1: a negative adj may flatten the top.
            const bool clamps = setup.era != BadnessEra::E;
            if (all && clamps && (keys.at(x).adj < 0 || keys.at(x).usage < 2))
                all = false;
            if (all) {
                order = {eligible.at(x)};
                result.basis = PredictionBasis::Dominance;
                break;
            }
        }
    }
    for (int r = 0; r < order.size(); ++r)
        result.tasks[order.at(r)].rank = r + 1;
    if (!order.isEmpty()) {
        const RankedTask &top = result.tasks.at(order.first());
        result.predictedPid = top.pid;
        result.predictedComm = top.comm;
    }
    // Ranked tasks first by rank, the others in walk order.
    std::stable_sort(result.tasks.begin(), result.tasks.end(),
                     [](const RankedTask &a, const RankedTask &b) {
                         if ((a.rank > 0) != (b.rank > 0))
                             return a.rank > 0;
                         if (a.rank > 0)
                             return a.rank < b.rank;
                         return a.walkIndex < b.walkIndex;
                     });
    return result;
}

} // namespace oom::ranking
