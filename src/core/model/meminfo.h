// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace oom {

// Per-node line (4.8+): "Node 0 active_anon:...kB ... all_unreclaimable? no"
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
    std::optional<qint64> pagecachePages; // "N total pagecache pages"
    std::optional<qint64> swapCachePages; // "N pages in swap cache"
    std::optional<qint64> ramPages; // "N pages RAM"
    std::optional<qint64> highmemPages; // "N pages HighMem/MovableOnly" or "N pages HighMem"
    std::optional<qint64> reservedPages;
    std::optional<qint64> cmaReservedPages;
    std::optional<qint64> sharedPages; // <= 3.x
    std::optional<qint64> nonSharedPages;
    std::optional<qint64> hwpoisonedPages;
    LineSpan lines;

    std::optional<qint64> counter(const QString &key) const;
    bool isPresent() const { return lines.isValid(); }
};

struct SwapState {
    std::optional<qint64> freeKb;
    std::optional<qint64> totalKb;
    LineSpan lines;
};

struct HugepagePool {
    int node = 0;
    qint64 total = 0;
    qint64 free = 0;
    qint64 surplus = 0;
    qint64 sizeKb = 0;
    qint64 line = 0;
};

// "Unreclaimable slab info:" rows (4.15+)
struct SlabCache {
    QString name;
    qint64 usedKb = 0;
    qint64 totalKb = 0;
    qint64 line = 0;
};

} // namespace oom
