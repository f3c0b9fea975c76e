// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/causeids.h"
#include "remedy/planners.h"
#include "remedy/validators.h"

using namespace Qt::StringLiterals;

namespace oom::remedy {

namespace {

QList<int> nodeIds(const Snapshot &snapshot)
{
    QList<int> ids;
    for (const NumaNode &node : snapshot.numaNodes)
        ids.append(node.id);
    return ids;
}

QString nodeListText(const QList<int> &nodes)
{
    QStringList parts;
    for (int node : nodes)
        parts.append(QString::number(node));
    return parts.join(u',');
}

// The cgroup that holds the cpuset controller for `path` (v2, or the v1 "cpuset" hierarchy).
const Cgroup *cpusetCgroup(const Snapshot &snapshot, const QString &path)
{
    for (const Cgroup &cgroup : snapshot.cgroups)
        if (cgroup.path == path && cgroup.cpusetMems)
            return &cgroup;
    return nullptr;
}

} // namespace

CpusetChoices Planners::recommendCpuset(const RemedyContext &context, const Snapshot &snapshot)
{
    CpusetChoices choices;
    choices.cgroup = !context.taskCgroup.isEmpty() ? context.taskCgroup : context.victimCgroup;
    choices.unit = unitOfCgroup(choices.cgroup);
    // The allocation was confined to nodes that ran out while others had memory: allow
    // every node that has memory now.
    QList<int> withMemory;
    for (const NumaNode &node : snapshot.numaNodes)
        if (node.meminfo.kib(u"MemTotal").value_or(KiB(0)).value > 0)
            withMemory.append(node.id);
    choices.nodes = nodeListText(withMemory);
    return choices;
}

Plan Planners::planCpuset(const RemedyContext &context, const Snapshot &snapshot,
                          const CpusetChoices &choices)
{
    Plan plan;
    plan.wizard = remedyid::Cpuset;
    plan.why = whyFor(context, plan.wizard);
    if (!context.memsAllowed.isEmpty())
        plan.why.append(tr("The allocation could use only node(s) %1.").arg(context.memsAllowed));
    for (const NumaNode &node : snapshot.numaNodes)
        plan.reasoning.append(
            tr("Node %1: %2 free of %3.")
                .arg(node.id)
                .arg(formatBytes(node.meminfo.kib(u"MemFree").value_or(KiB(0)).value * 1024),
                     formatBytes(node.meminfo.kib(u"MemTotal").value_or(KiB(0)).value * 1024)));
    if (Problem problem = Validators::checkNodeList(choices.nodes, nodeIds(snapshot))) {
        plan.refusals.append(*problem);
        return plan;
    }
    if (Problem problem = Validators::checkCgroupPath(choices.cgroup)) {
        plan.refusals.append(*problem);
        return plan;
    }
    const Cgroup *cgroup = cpusetCgroup(snapshot, choices.cgroup);
    PlanStep step;
    if (!choices.unit.isEmpty()) {
        if (Problem problem = Validators::checkUnitName(choices.unit)) {
            plan.refusals.append(*problem);
            return plan;
        }
        step.action = StepAction::SetUnitProperty;
        step.target = choices.unit;
        step.file = u"AllowedMemoryNodes"_s;
        step.value = choices.nodes;
        step.before = cgroup ? cgroup->cpusetMems.value_or(QString()) : QString();
        step.persistent = choices.persistent;
        step.title = tr("Allow %1 to use NUMA node(s) %2").arg(choices.unit, choices.nodes);
        step.preview = choices.unit + u": AllowedMemoryNodes="_s
            + (step.before.isEmpty() ? tr("(all)") : step.before) + u" \u2192 "_s + choices.nodes
            + u"  ("_s
            + (choices.persistent ? tr("persistent: a drop-in written by systemd")
                                  : tr("runtime: until the next reboot"))
            + u")"_s;
        step.rollback = tr("Set AllowedMemoryNodes back to %1 through systemd")
                            .arg(step.before.isEmpty() ? tr("(all)") : step.before);
    } else {
        if (!cgroup) {
            plan.refusals.append(tr("The cgroup %1 has no cpuset controller now: nothing to "
                                    "change.")
                                     .arg(choices.cgroup));
            return plan;
        }
        step.action = StepAction::SetCpusetMems;
        step.target = choices.cgroup;
        step.file = u"cpuset.mems"_s;
        step.value = choices.nodes;
        step.before = *cgroup->cpusetMems;
        step.title = tr("Write %1 to cpuset.mems of %2").arg(choices.nodes, choices.cgroup);
        step.preview = u"/sys/fs/cgroup"_s
            + (cgroup->version == CgroupVersion::V1 ? u"/cpuset"_s : QString()) + choices.cgroup
            + u"/cpuset.mems: "_s + (step.before.isEmpty() ? tr("(parent's)") : step.before)
            + u" \u2192 "_s + choices.nodes;
        step.rollback = tr("Write %1 back to cpuset.mems")
                            .arg(step.before.isEmpty() ? tr("(parent's)") : step.before);
    }
    step.risks.append(
        tr("Memory on a distant node is slower to reach; latency-sensitive "
           "workloads may run slower."));
    if (step.before == step.value) {
        plan.inPlace.append(tr("%1 already uses node(s) %2: nothing to change.")
                                .arg(choices.cgroup, choices.nodes));
        return plan;
    }
    plan.steps.append(step);
    return plan;
}

} // namespace oom::remedy
