// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/liveranking.h"
#include "core/analysis/victimranking.h"
#include "core/model/snapshot.h"

#include <QList>

// The live system's victim ranking with what-if changes: the same candidates
// rankSnapshot() builds from /proc (core/analysis/liveranking.h), with an oom_score_adj
// changed or a process removed, ranked again by the analysis layer's rankCandidates() —
// the engine's own ranking, as the incident's what-if (oom::whatIf()) is. The sources layer
// has no such function; it lives here, beside the only view that asks for it.
namespace oomapp {

// `baseline` is rankSnapshot(snapshot); the result has whatIf set and the baseline's
// prediction in baselinePredictedPid. Without changes it is the baseline's ranking.
oom::RankingResult rankSnapshotWhatIf(const oom::Snapshot &snapshot,
                                      const oom::SnapshotRanking &baseline,
                                      const QList<oom::WhatIfChange> &changes);

} // namespace oomapp
