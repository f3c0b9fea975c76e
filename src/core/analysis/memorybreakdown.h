// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"

#include <QList>
#include <QString>

#include <optional>

// Where the memory went at the moment of the OOM: parts that sum to the total, with an
// explicit "unaccounted" remainder (never dropped), for RAM and swap, or for the memcg.
namespace oom::breakdown {

struct Part {
    QString id; // "anon", "file", "shmem", "slab-reclaimable", "slab-unreclaimable",
                // "page-tables", "kernel-stack", "hugetlb", "free", "unaccounted", ...
    qint64 kb = 0;
};

struct Breakdown {
    QString scope; // "ram" or "memcg"
    qint64 totalKb = 0; // what the parts add up to
    QList<Part> parts; // sums to totalKb; "unaccounted" may be negative when counters raced
    std::optional<qint64> swapTotalKb;
    std::optional<qint64> swapUsedKb;
    QString basis; // how the total was found, for the UI ("pages RAM − pages reserved")

    std::optional<qint64> partKb(const QString &id) const;
};

// From the Mem-Info block (global counters in pages, the node lines' kernel_stack, the
// hugepage pools, the RAM summary). nullopt without a Mem-Info block.
std::optional<Breakdown> ramBreakdown(const OomEvent &event);
// From the memcg's own counters: the memory.stat dump of the OOM cgroup (v1 or v2 layout)
// against its memory usage. nullopt without them.
std::optional<Breakdown> memcgBreakdown(const OomEvent &event);

} // namespace oom::breakdown
