// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/victimranking.h"

// select_bad_process() replayed on a list of candidates: the one loop behind rankReport(),
// whatIf() and rankCandidates(). Internal to the analysis layer.
namespace oom::ranking {

struct Setup {
    BadnessEra era = BadnessEra::E;
    TieRule tieRule = TieRule::LastWins;
    std::optional<qint64> totalpages; // the constraint's; unknown → dominance only
    std::optional<qint64> globalTotalpages; // for /proc/<pid>/oom_score
    RootBonus bonus = RootBonus::FromCandidate;
};

struct Ranked {
    QList<RankedTask> tasks;
    PredictionBasis basis = PredictionBasis::None;
    std::optional<qint64> predictedPid;
    QString predictedComm;
};

Ranked rank(const QList<RankCandidate> &candidates, const Setup &setup);

// The badness of one candidate under `setup` (totalpages required).
Badness badnessOf(const RankCandidate &candidate, const Setup &setup);

} // namespace oom::ranking
