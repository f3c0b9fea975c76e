// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/eventanalysis.h"

#include "core/analysis/fragmentation.h"
#include "core/model/oomevent.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

bool hasTaskTable(const OomEvent &event)
{
    return !event.tasks.isEmpty();
}

// The pids the ranking treated as already reaped: the what-if runs with the same context,
// so it differs from the baseline only by the admin's changes.
RankOptions contextOf(const RankingResult &ranking)
{
    RankOptions options;
    for (const RankedTask &task : ranking.tasks) {
        if (task.ineligibility == Ineligibility::AlreadyReaped)
            options.alreadyReaped.insert(task.pid);
    }
    return options;
}

EventAnalysis analyzeWith(const OomEvent &event, std::optional<RankingResult> ranking,
                          const AnalysisOptions &options)
{
    EventAnalysis analysis;
    analysis.ranking = std::move(ranking);
    if (analysis.ranking && !options.whatIf.isEmpty() && hasTaskTable(event)) {
        analysis.whatIf = whatIf(event, options.whatIf, contextOf(*analysis.ranking));
        analysis.whatIfChanges = options.whatIf;
    }
    analysis.watermarks = watermark::checkWatermarks(event);
    analysis.fragmentation = fragmentationOf(event);
    analysis.ram = breakdown::ramBreakdown(event);
    analysis.memcg = breakdown::memcgBreakdown(event);
    return analysis;
}

} // namespace

QList<ZoneFragmentation> fragmentationOf(const OomEvent &event)
{
    QList<ZoneFragmentation> result;
    // SysRq-f prints order=-1: no allocation failed, so there is no order to measure at.
    const std::optional<int> order =
        event.trigger.order && *event.trigger.order >= 0 ? event.trigger.order : std::nullopt;
    for (const BuddyFreeList &list : event.buddy) {
        fragmentation::FreeBlocks blocks;
        for (const BuddyOrder &o : list.orders)
            blocks.countPerOrder.append(o.count);
        ZoneFragmentation zone;
        zone.node = list.node;
        zone.zone = list.zone;
        zone.order = order;
        zone.freePages = fragmentation::freePages(blocks);
        zone.largestFreeOrder = fragmentation::largestFreeOrder(blocks);
        if (order) {
            zone.unusableIndex = fragmentation::unusableIndex(blocks, *order);
            zone.fragmentationIndex = fragmentation::fragmentationIndex(blocks, *order);
        }
        zone.line = list.line;
        result.append(zone);
    }
    return result;
}

ZoneCheckInputs zoneCheckInputs(const OomEvent &event, const watermark::Result &result,
                                qsizetype index)
{
    ZoneCheckInputs inputs;
    // checkWatermarks() has one verdict per zone line, in order.
    if (index < 0 || index >= event.zones.size() || index >= result.zones.size())
        return inputs;
    const ZoneState &zone = event.zones.at(index);
    inputs.free = zone.fieldKb(u"free"_s).has_value();
    inputs.min = zone.fieldKb(u"min"_s).has_value();
    // Only the zone the gfp mask names: when checkWatermarks() falls back to Normal because
    // the requested zone is not printed, that zone may still be configured (and empty), and
    // Normal's reserve against it is not known.
    inputs.reserve = !zone.lowmemReserve.isEmpty() || zone.name == result.traits.highestZone;
    return inputs;
}

std::optional<bool> zonePasses(const OomEvent &event, const watermark::Result &result,
                               qsizetype index)
{
    const ZoneCheckInputs inputs = zoneCheckInputs(event, result, index);
    if (!inputs.free || !inputs.min)
        return std::nullopt;
    const bool passes = result.zones.at(index).passes;
    if (passes && !inputs.reserve)
        return std::nullopt;
    return passes;
}

std::optional<bool> anyZonePasses(const OomEvent &event, const watermark::Result &result)
{
    bool unknown = false;
    for (qsizetype i = 0; i < result.zones.size(); ++i) {
        if (!result.zones.at(i).usableByAllocation)
            continue;
        const std::optional<bool> passes = zonePasses(event, result, i);
        if (passes && *passes)
            return true;
        unknown = unknown || !passes;
    }
    return unknown ? std::nullopt : std::optional<bool>(false);
}

EventAnalysis analyzeEvent(const OomEvent &event, const RankOptions &context,
                           const AnalysisOptions &options)
{
    std::optional<RankingResult> ranking;
    if (event.kind == EventKind::KernelOom)
        ranking = rankReport(event, context);
    return analyzeWith(event, std::move(ranking), options);
}

QList<EventAnalysis> analyzeEvents(const QList<OomEvent> &events, const AnalysisOptions &options)
{
    // rankReports() ranks the kernel reports only, in order, each with its earlier ones.
    QList<RankingResult> rankings = rankReports(events);
    qsizetype next = 0;
    QList<EventAnalysis> result;
    result.reserve(events.size());
    for (const OomEvent &event : events) {
        std::optional<RankingResult> ranking;
        if (event.kind == EventKind::KernelOom && next < rankings.size())
            ranking = std::move(rankings[next++]);
        result.append(analyzeWith(event, std::move(ranking), options));
    }
    return result;
}

} // namespace oom
