// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/keyedcounters.h"
#include "core/model/zoneinfo.h"

#include <QByteArrayView>
#include <QList>

#include <utility>

namespace oom::procparse {

struct ZoneInfoFile {
    QList<ZoneInfo> zones; // in file order (node, then zone index)
    // "per-node stats" (4.8+), printed under each node's first populated zone
    QList<std::pair<int, KeyedCounters>> nodeStats;
};

// /proc/zoneinfo, both layouts (docs/kernel-formats.md §3.3): 2.6.32–4.7 (zone LRU counters,
// "scanned", protection after the counters, all_unreclaimable) and 4.8+ (per-node stats,
// boost 5.x, promo 6.x, cma, node_unreclaimable, per-CPU "vm stats threshold", 6.7+
// high_min/high_max, 6.19 highatomic lines). Unknown lines go to `counters` or `tail`.
ZoneInfoFile parseZoneInfo(QByteArrayView text);

// "protection: (0, 2935, 15913, 15913, 15913)" -> pages; nullopt when malformed.
std::optional<QList<Pages>> parseProtection(QByteArrayView line);

} // namespace oom::procparse
