// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"
#include "core/model/units.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace oom {

// Per-node line (4.8+): "Node 0 active_anon:...kB ... all_unreclaimable? no"
// The key/value lists below stay as printed (plain numbers, one unit per list, named by the
// list): the JSON report writes them back as they came; the accessors are typed.
struct NodeState {
    int node = 0;
    QList<std::pair<QString, qint64>> fieldsKb;
    std::optional<bool> allUnreclaimable;
    LineSpan line;
};

// Mem-Info block: the global counter lines (pages), the per-node lines, the page-cache,
// swap-cache and RAM summary lines.
struct MemInfoState {
    QList<std::pair<QString, qint64>> countersPages; // active_anon, ..., free, free_pcp, ...
    QList<NodeState> nodes;
    std::optional<Pages> pagecachePages; // "N total pagecache pages"
    std::optional<Pages> swapCachePages; // "N pages in swap cache"
    std::optional<Pages> ramPages; // "N pages RAM"
    std::optional<Pages> highmemPages; // "N pages HighMem/MovableOnly" or "N pages HighMem"
    std::optional<Pages> reservedPages;
    std::optional<Pages> cmaReservedPages;
    std::optional<Pages> sharedPages; // <= 3.x
    std::optional<Pages> nonSharedPages;
    std::optional<Pages> hwpoisonedPages;
    LineSpan lines;

    std::optional<Pages> counter(const QString &key) const;
    bool isPresent() const { return lines.isValid(); }
};

struct SwapState {
    std::optional<KiB> freeKb;
    std::optional<KiB> totalKb;
    LineSpan lines;

    // Swap there was (a total above zero) with at most 1 % of it free: reclaim had nowhere
    // left to put anonymous memory. A report without the free line counts as not full.
    bool isFull() const
    {
        return totalKb && *totalKb > KiB(0) && freeKb.value_or(*totalKb) * 100 <= *totalKb;
    }
    // Swap there was, and not full.
    bool hadRoom() const { return totalKb && *totalKb > KiB(0) && !isFull(); }
};

struct HugepagePool {
    int node = 0;
    qint64 total = 0; // huge pages (each sizeKb)
    qint64 free = 0;
    qint64 surplus = 0;
    KiB sizeKb;
    qint64 line = 0;
};

// "Unreclaimable slab info:" rows (4.15+)
struct SlabCache {
    QString name;
    KiB usedKb;
    KiB totalKb;
    qint64 line = 0;
};

} // namespace oom
