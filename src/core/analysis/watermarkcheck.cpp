// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/watermarkcheck.h"

#include "core/analysis/fragmentation.h"

using namespace Qt::StringLiterals;

namespace oom::watermark {

namespace {

const QStringList &canonicalZones()
{
    static const QStringList zones = {u"DMA"_s,     u"DMA32"_s,   u"Normal"_s,
                                      u"HighMem"_s, u"Movable"_s, u"Device"_s};
    return zones;
}

bool hasFlag(const QStringList &flags, std::initializer_list<QStringView> names)
{
    for (const QString &flag : flags) {
        for (QStringView name : names) {
            if (flag == name)
                return true;
        }
    }
    return false;
}

// Node lists as printed: "0-1,3".
QList<int> parseNodeList(const QString &text)
{
    QList<int> nodes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.split(u'-');
        bool okFirst = false;
        bool okLast = false;
        const int first = range.first().toInt(&okFirst);
        const int last = range.size() == 2 ? range.last().toInt(&okLast) : first;
        if (!okFirst || (range.size() == 2 && !okLast) || last < first || last - first > 1024)
            return {};
        for (int n = first; n <= last; ++n)
            nodes.append(n);
    }
    return nodes;
}

const BuddyFreeList *buddyFor(const OomEvent &event, const ZoneState &zone)
{
    for (const BuddyFreeList &list : event.buddy) {
        if (list.zone == zone.name && list.node == zone.node)
            return &list;
    }
    return nullptr;
}

} // namespace

AllocationTraits traitsOf(const TriggerInfo &trigger)
{
    AllocationTraits traits;
    const QStringList &flags = trigger.gfpFlags;
    bool ok = false;
    const qint64 mask =
        trigger.gfpMask.startsWith(u"0x"_s) ? trigger.gfpMask.mid(2).toLongLong(&ok, 16) : 0;
    // The zone modifiers are the four lowest gfp bits in every kernel (DMA 0x1, HIGHMEM 0x2,
    // DMA32 0x4, MOVABLE 0x8); the other bits moved between releases, so only the
    // symbolic list (4.5+) is trusted for them.
    const bool dma = hasFlag(flags, {u"GFP_DMA", u"__GFP_DMA"}) || (ok && (mask & 0x1));
    const bool dma32 = hasFlag(flags, {u"GFP_DMA32", u"__GFP_DMA32"}) || (ok && (mask & 0x4));
    const bool highmem =
        hasFlag(flags, {u"GFP_HIGHUSER", u"GFP_HIGHUSER_MOVABLE", u"__GFP_HIGHMEM"})
        || (ok && (mask & 0x2));
    traits.movable =
        hasFlag(flags, {u"GFP_HIGHUSER_MOVABLE", u"__GFP_MOVABLE"}) || (ok && (mask & 0x8));
    if (dma)
        traits.highestZone = u"DMA"_s;
    else if (dma32)
        traits.highestZone = u"DMA32"_s;
    else if (highmem && traits.movable)
        traits.highestZone = u"Movable"_s;
    else if (highmem)
        traits.highestZone = u"HighMem"_s;
    else
        traits.highestZone = u"Normal"_s;
    traits.zoneFromAssumption = flags.isEmpty() && !ok;
    traits.highPriority = hasFlag(flags, {u"__GFP_HIGH", u"GFP_ATOMIC"});
    traits.atomic = hasFlag(flags, {u"GFP_ATOMIC", u"GFP_NOWAIT"});
    return traits;
}

QStringList buildZoneOrder(const QList<ZoneState> &zones)
{
    QStringList present;
    qsizetype reserveEntries = 0;
    for (const ZoneState &zone : zones) {
        if (!present.contains(zone.name))
            present.append(zone.name);
        reserveEntries = qMax(reserveEntries, zone.lowmemReserve.size());
    }
    // Every build has ZONE_NORMAL, printed or not (a crash kernel may have it empty).
    if (!present.contains(u"Normal"_s))
        present.append(u"Normal"_s);
    QStringList order;
    for (const QString &name : canonicalZones()) {
        if (present.contains(name))
            order.append(name);
    }
    // Configured zones that hold no memory are not printed but still have a reserve slot;
    // Movable and Device come after the printed ones (HighMem only exists where printed).
    for (const QString &tail : {u"Movable"_s, u"Device"_s}) {
        if (order.size() < reserveEntries && !order.contains(tail))
            order.append(tail);
    }
    return order;
}

std::optional<Result> checkWatermarks(const OomEvent &event)
{
    if (event.zones.isEmpty() || !event.trigger.order || *event.trigger.order < 0)
        return std::nullopt;
    Result result;
    result.order = *event.trigger.order;
    result.traits = traitsOf(event.trigger);
    result.pageSizeAssumed = !event.pageSizeKb;
    const KiB pageSize = event.pageSizeKb.value_or(AssumedPageSize);
    const qint64 pageKb = pageSize.value; // __zone_watermark_ok() below counts plain pages
    const QStringList zoneOrder = buildZoneOrder(event.zones);
    qsizetype highest = zoneOrder.indexOf(result.traits.highestZone);
    if (highest < 0) {
        // A HighMem/Movable request on a build without that zone falls back to Normal.
        highest = zoneOrder.indexOf(u"Normal"_s);
    }
    QList<int> allowedNodes = parseNodeList(event.trigger.nodemask);
    if (allowedNodes.isEmpty())
        allowedNodes = parseNodeList(event.trigger.memsAllowed);

    for (const ZoneState &zone : event.zones) {
        ZoneVerdict verdict;
        verdict.node = zone.node;
        verdict.zone = zone.name;
        const qsizetype index = zoneOrder.indexOf(zone.name);
        const bool nodeAllowed =
            allowedNodes.isEmpty() || !zone.node || allowedNodes.contains(*zone.node);
        verdict.usableByAllocation = index >= 0 && highest >= 0 && index <= highest && nodeAllowed;
        verdict.freeKb = orZero(zone.fieldKb(u"free"_s)).value;
        verdict.minKb = orZero(zone.fieldKb(u"min"_s)).value;
        qint64 usablePages = verdict.freeKb / pageKb - ((qint64(1) << result.order) - 1);
        if (!result.traits.movable)
            usablePages -= kibToPages(orZero(zone.fieldKb(u"free_cma"_s)), pageSize).value;
        verdict.usableFreeKb = qMax<qint64>(0, usablePages * pageKb);
        qint64 minPages = verdict.minKb / pageKb;
        if (result.traits.highPriority)
            minPages -= minPages / 2;
        if (result.traits.atomic)
            minPages -= minPages / 4;
        verdict.adjustedMinKb = minPages * pageKb;
        if (highest >= 0 && highest < zone.lowmemReserve.size())
            verdict.reserveKb = pagesToKiB(zone.lowmemReserve.at(highest), pageSize).value;
        verdict.requiredKb = verdict.adjustedMinKb + verdict.reserveKb;
        bool passes = usablePages * pageKb > verdict.requiredKb;
        if (const BuddyFreeList *buddy = buddyFor(event, zone)) {
            fragmentation::FreeBlocks blocks;
            for (const BuddyOrder &o : buddy->orders)
                blocks.countPerOrder.append(o.count);
            verdict.largestFreeOrder = fragmentation::largestFreeOrder(blocks);
            // 4.4+: an order > 0 request needs one free block at least that large.
            if (result.order > 0 && fragmentation::suitableBlocks(blocks, result.order) == 0) {
                verdict.lacksBlockOfOrder = true;
                passes = false;
            }
        }
        verdict.passes = passes;
        verdict.shortKb =
            passes ? 0 : qMax<qint64>(0, verdict.requiredKb - verdict.usableFreeKb + pageKb);
        if (verdict.usableByAllocation && passes)
            result.anyZonePasses = true;
        result.zones.append(verdict);
    }
    return result;
}

} // namespace oom::watermark
