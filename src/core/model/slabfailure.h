// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"
#include "core/model/units.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace oom {

// "SLUB: Unable to allocate memory on node -1, gfp=0xa20(GFP_ATOMIC)" and its cache line:
// the slab allocator could not get pages for a cache. Kept with the allocation failure
// it belongs to.
struct SlabFailure {
    QString allocator; // "SLUB", "SLAB"
    QString gfpMask;
    QString cache;
    std::optional<Bytes> objectSize;
    std::optional<int> minOrder;
    LineSpan lines;
};

// A burst of slab allocation failures attached to the OOM incident it belongs to (see
// kernel/slabburst.h for the rule): evidence that the allocations failing were the
// kernel's own, in the caches named (a v1 memory cgroup's copies carry its id and name).
struct SlabFailureBurst {
    QString allocator; // "SLUB", "SLAB"
    int count = 0; // "Unable to allocate memory" lines
    QStringList caches; // every cache they named, in order; empty when none was printed
    QString gfpMask; // the first failure's
    QStringList gfpFlags;
    bool gfpVaries = false; // later failures printed another mask
    bool afterKill = false; // printed after the incident's kill line, not before its report
    std::optional<double> secondsApart; // from the burst's nearest line to the report's
    LineSpan lines;
    // Where the burst started and ended, to measure how far it lies from a report.
    std::optional<double> firstUptime;
    std::optional<double> lastUptime;
    std::optional<QDateTime> firstTime;
    std::optional<QDateTime> lastTime;
};

} // namespace oom
