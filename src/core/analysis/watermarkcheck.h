// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The kernel's zone watermark check (__zone_watermark_ok(), mm/page_alloc.c) replayed on
// the zones of a report for the allocation that failed: which zones the allocation could
// use, and for each by how much it missed (docs/kernel-formats.md §3.10).
namespace oom::watermark {

// What the gfp mask tells about the allocation.
struct AllocationTraits {
    QString highestZone; // the highest zone the allocation may use (gfp_zone())
    bool zoneFromAssumption = false; // the mask was masked or absent: Normal assumed
    bool highPriority = false; // __GFP_HIGH: min watermark halved
    bool atomic = false; // no direct reclaim (GFP_ATOMIC, GFP_NOWAIT): a further quarter off
    bool movable = false; // may use CMA pageblocks
};
AllocationTraits traitsOf(const TriggerInfo &trigger);

// The zone list of the kernel build, in zone-index order, inferred from the zones printed
// and the length of their lowmem_reserve[] lines (which has one entry per configured zone).
QStringList buildZoneOrder(const QList<ZoneState> &zones);

struct ZoneVerdict {
    std::optional<int> node;
    QString zone;
    bool usableByAllocation = false; // at or below the highest zone, on an allowed node
    bool passes = false;
    qint64 freeKb = 0;
    qint64 usableFreeKb = 0; // free − (2^order − 1) pages − CMA if the allocation cannot use it
    qint64 minKb = 0;
    qint64 adjustedMinKb = 0; // after the __GFP_HIGH / atomic reductions
    qint64 reserveKb = 0; // lowmem_reserve[highest zone]
    qint64 requiredKb = 0; // adjusted min + reserve: usable free must exceed it
    qint64 shortKb = 0; // how much was missing (0 when it passes)
    bool lacksBlockOfOrder = false; // order > 0 and no free block that large
    std::optional<int> largestFreeOrder;
};

struct Result {
    AllocationTraits traits;
    int order = 0;
    QList<ZoneVerdict> zones;
    bool anyZonePasses = false;
    bool pageSizeAssumed = false; // no buddy line told the page size: 4 kB assumed
};

// nullopt when the report has no zone lines or no order.
std::optional<Result> checkWatermarks(const OomEvent &event);

} // namespace oom::watermark
