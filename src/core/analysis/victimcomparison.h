// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/rankingcore.h"

// The recomputed ranking held against what the kernel printed: the selection line's
// "score N" and the task it killed (docs/kernel-formats.md §2.8 steps 4-5). Internal to the
// analysis layer.
namespace oom::comparison {

// The selection line's score recomputed under the detected era and root-bonus guess; when
// that misses, under the hypotheses the text leaves open (no CAP_SYS_ADMIN for the uid-0
// task, another era). nullopt without a selection line with a score.
std::optional<ScoreCheck> checkScore(const OomEvent &event, const QList<RankCandidate> &candidates,
                                     const ranking::Setup &setup, const EraDetection &era);

// What the comparison needs beyond the result: other predictions computed on the way.
struct Context {
    std::optional<qint64> predictedWithoutExclusion; // ignoring the already-reaped tasks
    std::optional<qint64> predictedWithoutRootBonus; // the uid-0 proxy dropped
};

// Fills actualPid, selectedPid, agreement, reasons and explanation of `result`.
void compare(const OomEvent &event, RankingResult &result, const Context &context);

} // namespace oom::comparison
