// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>

#include <optional>

// Fragmentation of one zone's free memory, from its buddy free-list counts (the OOM
// report's buddy line or /proc/buddyinfo): the kernel's own indices from mm/vmstat.c
// (docs/kernel-formats.md §3.11), in thousandths as the kernel computes them.
namespace oom::fragmentation {

struct FreeBlocks {
    QList<qint64> countPerOrder; // nr_free of order 0, 1, 2, ...
};

qint64 freePages(const FreeBlocks &blocks);
qint64 freeBlocksTotal(const FreeBlocks &blocks);
// Blocks able to serve an allocation of `order`: Σ_{o≥order} nr[o]·2^(o−order)
qint64 suitableBlocks(const FreeBlocks &blocks, int order);
// The largest order with a free block, nullopt when the zone has none.
std::optional<int> largestFreeOrder(const FreeBlocks &blocks);

// unusable_free_index(order) × 1000: 0 = every free page can serve the order,
// 1000 = none can (or nothing is free).
int unusableIndex(const FreeBlocks &blocks, int order);
// fragmentation_index(order) × 1000 (__fragmentation_index()): −1000 when the request
// would succeed, near 0 when it fails for lack of memory, near 1000 when it fails because
// of fragmentation. 0 when nothing is free.
int fragmentationIndex(const FreeBlocks &blocks, int order);

} // namespace oom::fragmentation
