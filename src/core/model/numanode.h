// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/keyedcounters.h"
#include "core/model/meminfotable.h"

#include <QList>
#include <QString>

namespace oom {

// A NUMA node: /sys/devices/system/node/nodeN/{meminfo,distance,cpulist} and the
// "per-node stats" section /proc/zoneinfo prints under the node's first populated zone
// (4.8+, node-based LRU).
struct NumaNode {
    int id = 0;
    MemInfoTable meminfo; // "Node 0 MemTotal: ... kB" with the prefix removed
    QList<int> distance; // to node 0, 1, ... in node order (10 = local)
    QString cpuList; // as printed, "0-7,16-23"
    KeyedCounters zoneinfoStats; // pages or events
};

} // namespace oom
