// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/livewhatif.h"

#include <algorithm>

namespace oomapp {

oom::RankingResult rankSnapshotWhatIf(const oom::Snapshot &snapshot,
                                      const oom::SnapshotRanking &baseline,
                                      const QList<oom::WhatIfChange> &changes)
{
    if (changes.isEmpty() || !baseline.totalpages)
        return baseline.ranking;
    QList<oom::RankCandidate> candidates;
    candidates.reserve(snapshot.processes.size());
    // Exactly the processes rankSnapshot() ranks: those whose status was read.
    for (const oom::ProcessInfo &process : snapshot.processes)
        if (process.fieldsRead & oom::ProcessField::Status)
            candidates.append(oom::rankCandidateOf(process, snapshot.pageSize));
    for (const oom::WhatIfChange &change : changes) {
        const auto it =
            std::find_if(candidates.begin(), candidates.end(), [&](const oom::RankCandidate &c) {
                return c.pid == change.pid;
            });
        if (it == candidates.end())
            continue; // the process exited since the edit: nothing to change
        if (change.kind == oom::WhatIfChange::Kind::RemoveTask)
            candidates.erase(it);
        else
            it->oomScoreAdj = std::clamp(change.oomScoreAdj, -1000, 1000);
    }
    oom::RankingResult result =
        oom::rankCandidates(std::move(candidates), baseline.totalpages->total(), baseline.era);
    result.whatIf = true;
    result.baselinePredictedPid = baseline.ranking.predictedPid;
    return result;
}

} // namespace oomapp
