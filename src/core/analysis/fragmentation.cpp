// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/fragmentation.h"

namespace oom::fragmentation {

qint64 freePages(const FreeBlocks &blocks)
{
    qint64 pages = 0;
    for (qsizetype order = 0; order < blocks.countPerOrder.size(); ++order)
        pages += blocks.countPerOrder.at(order) << order;
    return pages;
}

qint64 freeBlocksTotal(const FreeBlocks &blocks)
{
    qint64 total = 0;
    for (qint64 count : blocks.countPerOrder)
        total += count;
    return total;
}

qint64 suitableBlocks(const FreeBlocks &blocks, int order)
{
    qint64 suitable = 0;
    for (qsizetype o = order; o < blocks.countPerOrder.size(); ++o)
        suitable += blocks.countPerOrder.at(o) << (o - order);
    return suitable;
}

std::optional<int> largestFreeOrder(const FreeBlocks &blocks)
{
    for (qsizetype o = blocks.countPerOrder.size() - 1; o >= 0; --o) {
        if (blocks.countPerOrder.at(o) > 0)
            return int(o);
    }
    return std::nullopt;
}

int unusableIndex(const FreeBlocks &blocks, int order)
{
    const qint64 free = freePages(blocks);
    if (free == 0)
        return 1000;
    // mm/vmstat.c unusable_free_index(): the pages that cannot be used for `order`.
    const qint64 usable = suitableBlocks(blocks, order) << order;
    return int(((free - usable) * 1000) / free);
}

int fragmentationIndex(const FreeBlocks &blocks, int order)
{
    const qint64 total = freeBlocksTotal(blocks);
    if (total == 0)
        return 0;
    if (suitableBlocks(blocks, order) > 0)
        return -1000; // the allocation would succeed
    // mm/vmstat.c __fragmentation_index(), integer steps as the kernel does them.
    const qint64 free = freePages(blocks);
    return int(1000 - (1000 + (free * 1000) / (qint64(1) << order)) / total);
}

} // namespace oom::fragmentation
