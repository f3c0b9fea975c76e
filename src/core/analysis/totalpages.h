// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// `totalpages`, the denominator of the badness and the scale of oom_score_adj, as
// constrained_alloc() and mem_cgroup_get_max() compute it (docs/kernel-formats.md §2.3), from
// what a report prints (§2.8 step 2).
namespace oom {

struct OomEvent;

enum class OomConstraint {
    None, // CONSTRAINT_NONE: the whole machine
    Cpuset, // CONSTRAINT_CPUSET: the nodes of current's cpuset
    MemoryPolicy, // CONSTRAINT_MEMORY_POLICY: the nodes of the allocation's nodemask
    Memcg, // CONSTRAINT_MEMCG: the limit of the OOMing memory cgroup
};

struct ConstraintInfo {
    OomConstraint constraint = OomConstraint::None;
    bool printed = false; // from the oom-kill: summary line (5.0+)
    QString reason; // for the UI when inferred
};
ConstraintInfo constraintOf(const OomEvent &event);
QString constraintId(OomConstraint constraint); // "CONSTRAINT_MEMCG"

struct TotalPages {
    qint64 pages = 0;
    OomConstraint constraint = OomConstraint::None;
    QString formula; // how it was computed, with the report's own numbers
    QStringList assumptions; // what the report did not say and was assumed
    bool exact = true; // false when an assumption entered the value
};

// nullopt when the report lacks the numbers (the RAM summary, the memcg limit, the zone
// sizes of the allowed nodes); *missing then says what is missing.
std::optional<TotalPages> totalPagesOf(const OomEvent &event, qint64 pageSizeKb,
                                       QString *missing = nullptr);

// The building blocks, in pages. Limits in kB as the memcg report prints them; nullopt
// means "unlimited" (the sentinel).
// CONSTRAINT_NONE: totalram_pages (pages RAM - pages reserved) + total_swap_pages.
qint64 globalTotalPages(qint64 ramPages, qint64 reservedPages, qint64 swapTotalKb,
                        qint64 pageSizeKb);
// cgroup v1: memory.limit + min(memsw.limit - memory.limit, total swap) when the memcg may
// swap (swappiness > 0), else memory.limit. Same value as 3.x-4.x's
// min(memory.limit + total swap, memsw.limit).
qint64 memcgV1TotalPages(qint64 memoryLimitKb, std::optional<qint64> memswLimitKb,
                         qint64 swapTotalKb, qint64 pageSizeKb, bool mayswap = true);
// cgroup v2: memory.max + min(swap.max, total swap) when the memcg may swap.
qint64 memcgV2TotalPages(qint64 memoryLimitKb, std::optional<qint64> swapLimitKb,
                         qint64 swapTotalKb, qint64 pageSizeKb, bool mayswap = true);

// "0-1,3" → {0, 1, 3}; nullopt for "(null)", an empty or a malformed list.
std::optional<QList<int>> parseNodeList(QStringView text);

} // namespace oom
