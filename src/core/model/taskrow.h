// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/units.h"

#include <QString>

#include <optional>

namespace oom {

// Column layout of the task dump; the header line says which one a report uses.
enum class TaskTableLayout {
    Unknown,
    CpuOomAdj, // 2.6.25-2.6.35: cpu oom_adj
    CpuOomAdjScoreAdj, // 2.6.36-3.4: cpu oom_adj oom_score_adj
    NrPtes, // 3.5-3.19: nr_ptes swapents oom_score_adj
    NrPtesNrPmds, // 4.0-4.14: nr_ptes nr_pmds swapents oom_score_adj
    PgtablesBytes, // 4.15-6.7: pgtables_bytes swapents oom_score_adj
    RssSplit, // 6.8+: rss_anon rss_file rss_shmem pgtables_bytes swapents oom_score_adj
};

// One row of "Tasks state (memory values in pages)". Memory columns are pages except
// pgtables_bytes; nr_ptes/nr_pmds count page-table pages and swapents swapped-out pages.
struct TaskRow {
    qint64 pid = 0;
    std::optional<qint64> uid;
    std::optional<qint64> tgid;
    std::optional<Pages> totalVmPages;
    std::optional<Pages> rssPages;
    std::optional<Pages> rssAnonPages;
    std::optional<Pages> rssFilePages;
    std::optional<Pages> rssShmemPages;
    std::optional<Pages> nrPtes;
    std::optional<Pages> nrPmds;
    std::optional<Bytes> pgtablesBytes;
    std::optional<Pages> swapents;
    std::optional<int> cpu;
    std::optional<int> oomAdj;
    std::optional<int> oomScoreAdj;
    QString name;
    qint64 line = 0;
};

} // namespace oom
