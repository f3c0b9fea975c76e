// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The memory parts of AnalysisFormat: zones against their watermarks, fragmentation and
// where the memory went.
#include "core/report/analysisformat.h"

#include "core/report/reportformat.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

QString zoneLabel(const std::optional<int> &node, const QString &name)
{
    ZoneState zone;
    zone.node = node;
    zone.name = name;
    return ReportFormat::zoneName(zone);
}

QString blockText(const std::optional<int> &order, const std::optional<KiB> &pageSize)
{
    if (!order)
        return AnalysisFormat::tr("none");
    if (!pageSize)
        return AnalysisFormat::tr("order %1").arg(*order);
    return AnalysisFormat::tr("order %1 (%2)")
        .arg(*order)
        .arg(ReportFormat::size(blockSize(*pageSize, *order)));
}

QString indexText(const std::optional<int> &thousandths)
{
    return thousandths ? QString::number(double(*thousandths) / 1000.0, 'f', 3) : u"?"_s;
}

// `exact`: the reserve is known; without it the shortfall is a lower bound.
QString failureText(const watermark::ZoneVerdict &zone, int order, bool exact)
{
    const QString name = zoneLabel(zone.node, zone.zone);
    const QString by = exact
        ? ReportFormat::size(zone.shortKb)
        : AnalysisFormat::tr("at least %1").arg(ReportFormat::size(zone.shortKb));
    // Without a large enough block a zone fails even with enough free memory in small ones.
    const bool short_ = zone.usableFreeKb <= zone.requiredKb;
    if (zone.lacksBlockOfOrder && short_)
        return AnalysisFormat::tr("%1 short by %2 and without a free block of order %3")
            .arg(name, by)
            .arg(order);
    if (zone.lacksBlockOfOrder)
        return AnalysisFormat::tr("%1 without a free block of order %2").arg(name).arg(order);
    return AnalysisFormat::tr("%1 short by %2").arg(name, by);
}

} // namespace

QString AnalysisFormat::watermarkHeading(const watermark::Result &result)
{
    const QString zones = result.traits.zoneFromAssumption
        ? tr("zones up to %1, assumed").arg(result.traits.highestZone)
        : tr("zones up to %1").arg(result.traits.highestZone);
    QString heading = tr("Zones against their watermarks for the order-%1 allocation (%2)")
                          .arg(result.order)
                          .arg(zones);
    if (result.traits.highPriority && result.traits.atomic)
        heading += u' '
            + tr("— an atomic __GFP_HIGH request may dig below min by half and then a quarter");
    else if (result.traits.highPriority)
        heading += u' ' + tr("— a __GFP_HIGH request may dig halfway below min");
    return heading;
}

QString AnalysisFormat::watermarkVerdict(const OomEvent &event, const watermark::Result &result)
{
    QStringList passing;
    QStringList failing;
    QStringList unknown;
    for (qsizetype i = 0; i < result.zones.size(); ++i) {
        const watermark::ZoneVerdict &zone = result.zones.at(i);
        if (!zone.usableByAllocation)
            continue;
        const std::optional<bool> passes = zonePasses(event, result, i);
        if (!passes)
            unknown.append(zoneLabel(zone.node, zone.zone));
        else if (*passes)
            passing.append(zoneLabel(zone.node, zone.zone));
        else
            failing.append(
                failureText(zone, result.order, zoneCheckInputs(event, result, i).complete()));
    }
    QStringList sentences;
    if (passing.isEmpty() && failing.isEmpty() && unknown.isEmpty())
        sentences.append(tr("No zone in the report may serve this allocation."));
    else if (passing.isEmpty() && unknown.isEmpty())
        sentences.append(
            tr("No zone this allocation may use passes: %1.").arg(failing.join(u"; "_s)));
    else if (!passing.isEmpty() && failing.isEmpty())
        sentences.append(
            tr("%1 passes the check at the moment of the report.").arg(passing.join(u", "_s)));
    else if (!passing.isEmpty())
        sentences.append(tr("%1 passes; %2.").arg(passing.join(u", "_s), failing.join(u"; "_s)));
    else if (!failing.isEmpty())
        sentences.append(tr("Fails: %1.").arg(failing.join(u"; "_s)));
    if (!unknown.isEmpty())
        sentences.append(tr("Unknown for %1: the log lacks its numbers or its lowmem_reserve line.")
                             .arg(unknown.join(u", "_s)));
    return sentences.join(u' ');
}

AnalysisFormat::Table AnalysisFormat::watermarkTable(const OomEvent &event,
                                                     const watermark::Result &result)
{
    Table table;
    table.header = {
        tr("zone"),    tr("result"),          tr("free"),     tr("usable free"),       tr("min"),
        tr("reserve"), tr("needs more than"), tr("short by"), tr("largest free block")};
    for (qsizetype i = 0; i < result.zones.size(); ++i) {
        const watermark::ZoneVerdict &v = result.zones.at(i);
        const ZoneCheckInputs in = zoneCheckInputs(event, result, i);
        const std::optional<bool> passes = zonePasses(event, result, i);
        const QString state = !v.usableByAllocation ? tr("not usable")
            : !passes                               ? u"?"_s
            : *passes                               ? tr("passes")
                                                    : tr("fails");
        QString min = ReportFormat::size(v.adjustedMinKb);
        if (v.adjustedMinKb != v.minKb)
            min = tr("%1 (of %2)").arg(min, ReportFormat::size(v.minKb));
        const bool showShort = v.usableByAllocation && passes && !*passes;
        const bool hasBuddy = v.largestFreeOrder || v.lacksBlockOfOrder;
        table.rows.append(
            {zoneLabel(v.node, v.zone), state, in.free ? ReportFormat::size(v.freeKb) : u"?"_s,
             in.free ? ReportFormat::size(v.usableFreeKb) : u"?"_s, in.min ? min : u"?"_s,
             in.reserve ? ReportFormat::size(v.reserveKb) : u"?"_s,
             in.min && in.reserve ? ReportFormat::size(v.requiredKb) : u"?"_s,
             !showShort          ? u"–"_s
                 : in.complete() ? ReportFormat::size(v.shortKb)
                                 : tr("≥ %1").arg(ReportFormat::size(v.shortKb)),
             hasBuddy ? blockText(v.largestFreeOrder, event.pageSizeKb) : u"?"_s});
    }
    return table;
}

bool AnalysisFormat::showFragmentation(const QList<ZoneFragmentation> &zones)
{
    for (const ZoneFragmentation &zone : zones) {
        if (zone.order && *zone.order > 0)
            return true;
    }
    return false;
}

QString AnalysisFormat::fragmentationHeading(const QList<ZoneFragmentation> &zones)
{
    const int order = zones.isEmpty() ? 0 : zones.first().order.value_or(0);
    return tr("Fragmentation at order %1").arg(order);
}

QString AnalysisFormat::fragmentationLegend()
{
    return tr(
        "Unusable index: the share of free memory in blocks too small for the order. "
        "Fragmentation index: near 1, the allocation failed for fragmentation; near 0, "
        "for lack of memory; -1, a large enough block was free.");
}

AnalysisFormat::Table AnalysisFormat::fragmentationTable(const QList<ZoneFragmentation> &zones,
                                                         const OomEvent &event)
{
    Table table;
    table.header = {tr("zone"), tr("free"), tr("largest free block"), tr("unusable index"),
                    tr("fragmentation index")};
    for (const ZoneFragmentation &z : zones) {
        table.rows.append({zoneLabel(z.node, z.zone),
                           ReportFormat::pages(Pages(z.freePages), event.pageSizeKb),
                           blockText(z.largestFreeOrder, event.pageSizeKb),
                           indexText(z.unusableIndex), indexText(z.fragmentationIndex)});
    }
    return table;
}

QString AnalysisFormat::partName(const QString &id)
{
    if (id == u"anon")
        return tr("anonymous memory");
    if (id == u"file")
        return tr("file cache");
    if (id == u"shmem")
        return tr("shmem / tmpfs");
    if (id == u"unevictable")
        return tr("unevictable");
    if (id == u"slab-reclaimable")
        return tr("slab, reclaimable");
    if (id == u"slab-unreclaimable")
        return tr("slab, unreclaimable");
    if (id == u"page-tables")
        return tr("page tables");
    if (id == u"kernel-stack")
        return tr("kernel stacks");
    if (id == u"hugetlb")
        return tr("hugetlb pages");
    if (id == u"free")
        return tr("free");
    if (id == u"sock")
        return tr("socket buffers");
    if (id == u"percpu")
        return tr("per-CPU memory");
    if (id == u"kernel")
        return tr("kernel memory (kmem)");
    if (id == u"unaccounted")
        return tr("unaccounted");
    return id;
}

QString AnalysisFormat::breakdownHeading(const breakdown::Breakdown &b)
{
    if (b.scope == u"memcg")
        return tr("Where the memory went in the memory cgroup (usage %1)")
            .arg(ReportFormat::size(b.totalKb));
    return tr("Where the memory went (RAM %1)").arg(ReportFormat::size(b.totalKb));
}

AnalysisFormat::Table AnalysisFormat::breakdownTable(const breakdown::Breakdown &b)
{
    Table table;
    table.header = {tr("part"), tr("size"), tr("share")};
    qint64 sum = 0;
    for (const breakdown::Part &part : b.parts) {
        sum += part.kb;
        // Empty parts add nothing to the sum; "unaccounted" is always shown.
        if (part.kb == 0 && part.id != u"unaccounted")
            continue;
        const double share = b.totalKb > 0 ? double(part.kb) * 100.0 / double(b.totalKb) : 0.0;
        table.rows.append(
            {partName(part.id), ReportFormat::size(part.kb), tr("%1%").arg(share, 0, 'f', 1)});
    }
    table.rows.append(
        {tr("sum"), ReportFormat::size(sum),
         tr("%1%").arg(b.totalKb > 0 ? double(sum) * 100.0 / double(b.totalKb) : 0.0, 0, 'f', 1)});
    return table;
}

QString AnalysisFormat::breakdownSwap(const breakdown::Breakdown &b)
{
    const bool memcg = b.scope == u"memcg";
    if (memcg && b.swapTotalKb && b.swapUsedKb) // the cgroup's swap limit, not a device size
        return tr("Swap: %1 used, limit %2.")
            .arg(ReportFormat::size(*b.swapUsedKb), ReportFormat::size(*b.swapTotalKb));
    if (b.swapTotalKb && *b.swapTotalKb == 0 && !memcg)
        return tr("Swap: none configured.");
    if (b.swapTotalKb && b.swapUsedKb)
        return tr("Swap: %1 used of %2.")
            .arg(ReportFormat::size(*b.swapUsedKb), ReportFormat::size(*b.swapTotalKb));
    if (b.swapUsedKb)
        return tr("Swap: %1 used.").arg(ReportFormat::size(*b.swapUsedKb));
    if (b.swapTotalKb && !memcg)
        return tr("Swap: %1 in total, use unknown.").arg(ReportFormat::size(*b.swapTotalKb));
    return {};
}

} // namespace oom
