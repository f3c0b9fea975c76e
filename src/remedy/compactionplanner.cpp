// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/causeids.h"
#include "remedy/planners.h"
#include "remedy/validators.h"

using namespace Qt::StringLiterals;

namespace oom::remedy {

CompactionChoices Planners::recommendCompaction(const RemedyContext &, const Snapshot &)
{
    // Compacting every node is what the kernel's own /proc/sys/vm/compact_memory does; the
    // tunings stay as they are unless the admin asks.
    return CompactionChoices();
}

Plan Planners::planCompaction(const RemedyContext &context, const Snapshot &snapshot,
                              const CompactionChoices &choices)
{
    Plan plan;
    plan.wizard = remedyid::Compaction;
    plan.why = whyFor(context, plan.wizard);
    const int order = std::max(context.order.value_or(0), 0);
    if (context.order)
        plan.why.append(
            tr("The failed allocation needed a block of order %1 (%2 contiguous).")
                .arg(order)
                .arg(formatBytes((qint64(1) << order) * snapshot.pageSize.value * 1024)));
    for (const ZoneInfo &zone : snapshot.zones) {
        if (zone.freeBlocksPerOrder.isEmpty() || (choices.node >= 0 && zone.node != choices.node))
            continue;
        qint64 large = 0;
        for (qsizetype o = order; o < zone.freeBlocksPerOrder.size(); ++o)
            large += zone.freeBlocksPerOrder.at(o);
        plan.reasoning.append(tr("Node %1 %2: %3 free blocks of order %4 or larger now.")
                                  .arg(zone.node)
                                  .arg(zone.name)
                                  .arg(large)
                                  .arg(order));
    }
    QList<int> nodes;
    for (const NumaNode &node : snapshot.numaNodes)
        nodes.append(node.id);
    if (nodes.isEmpty())
        nodes.append(0); // a kernel without NUMA still has node 0
    if (Problem problem = Validators::checkNode(choices.node, nodes)) {
        plan.refusals.append(*problem);
        return plan;
    }
    PlanStep step;
    step.action = StepAction::CompactMemory;
    step.node = choices.node;
    step.reversible = false;
    step.title = choices.node < 0 ? tr("Compact the memory of every node")
                                  : tr("Compact the memory of node %1").arg(choices.node);
    step.preview = choices.node < 0 ? u"/proc/sys/vm/compact_memory \u2190 1"_s
                                    : u"/sys/devices/system/node/node"_s
            + QString::number(choices.node) + u"/compact \u2190 1"_s;
    step.risks.append(
        tr("Compaction uses CPU time and may stall allocations for a moment "
           "on a busy machine."));
    step.rollback = tr("Nothing to undo: compaction only moves pages.");
    plan.steps.append(step);
    static const QStringList tunable{u"vm.compaction_proactiveness"_s, u"vm.extfrag_threshold"_s,
                                     u"vm.watermark_scale_factor"_s, u"vm.watermark_boost_factor"_s,
                                     u"vm.min_free_kbytes"_s};
    for (const auto &[key, value] : choices.tunings)
        if (!tunable.contains(key))
            plan.refusals.append(tr("%1 is not a compaction setting.").arg(key));
        else if (const std::optional<PlanStep> tuning =
                     sysctlStep(snapshot, key, value, choices.persistent, &plan.refusals))
            plan.steps.append(*tuning);
    if (!plan.refusals.isEmpty())
        plan.steps.clear();
    return plan;
}

} // namespace oom::remedy
