// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/keyedcounters.h"
#include "core/model/units.h"

#include <QList>
#include <QString>

#include <optional>

namespace oom {

// One per-CPU pageset of a zone ("pagesets" in /proc/zoneinfo). Values are pages.
struct ZonePageset {
    int cpu = 0;
    std::optional<qint64> count;
    std::optional<qint64> high;
    std::optional<qint64> batch;
    std::optional<qint64> highMin; // 6.7+
    std::optional<qint64> highMax; // 6.7+
    std::optional<qint64> statThreshold; // "vm stats threshold" (CONFIG_SMP)

    bool operator==(const ZonePageset &) const = default;
};

// Free blocks of one migrate type in one zone, from /proc/pagetypeinfo.
struct MigrateTypeFree {
    QString type; // "Unmovable", "Movable", "Reclaimable", "HighAtomic", "CMA", "Isolate"
    QList<qint64> blocksPerOrder; // free blocks of 2^order pages
    // 5.4+ stop counting at 100000 per order and print ">100000"; bit k set = order k capped.
    quint32 cappedOrders = 0;

    bool operator==(const MigrateTypeFree &) const = default;
};

// One zone of one node as /proc/zoneinfo, /proc/buddyinfo and /proc/pagetypeinfo show it.
// All page values are pages of the running kernel's page size (Snapshot::pageSize).
struct ZoneInfo {
    int node = 0;
    QString name; // DMA, DMA32, Normal, HighMem, Movable, Device

    std::optional<Pages> free;
    std::optional<Pages> boost; // 5.0+ watermark boost (printed between 5.15 and 6.0)
    // wmark_pages(): these already include the current boost (docs/kernel-formats.md §3.3).
    std::optional<Pages> min;
    std::optional<Pages> low;
    std::optional<Pages> high;
    std::optional<Pages> promo; // memory tiering, 6.8–6.12
    std::optional<Pages> scanned; // <= 4.7
    std::optional<Pages> spanned;
    std::optional<Pages> present;
    std::optional<Pages> managed; // 3.8+
    std::optional<Pages> cma; // 5.11–5.15+
    QList<Pages> protection; // lowmem_reserve[], one per zone index
    KeyedCounters counters; // nr_free_pages, nr_zone_*, numa_* (pages or events)
    QList<ZonePageset> pagesets;
    // node_unreclaimable (4.8+) / all_unreclaimable (<= 4.7): kswapd gave up on it
    std::optional<bool> unreclaimable;
    std::optional<qint64> startPfn;
    KeyedCounters tail; // other "key: value" lines after the pagesets (6.19 highatomic, ...)

    // From /proc/buddyinfo: free blocks of 2^order pages, order 0 first. Empty when the
    // file was unreadable or the zone was not listed (unpopulated zones are not).
    QList<qint64> freeBlocksPerOrder;
    // From /proc/pagetypeinfo (root-only since 5.4)
    QList<MigrateTypeFree> freeByMigrateType;
    KeyedCounters pageblocksByMigrateType; // "Number of blocks type"
    KeyedCounters mixedPageblocksByMigrateType; // CONFIG_PAGE_OWNER with page_owner=on

    bool isPopulated() const { return present && present->value > 0; }
    // Σ count[k]·2^k over freeBlocksPerOrder; nullopt without buddyinfo.
    std::optional<Pages> freeFromBuddy() const;
};

} // namespace oom
