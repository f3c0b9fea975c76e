// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/causeids.h"
#include "remedy/planners.h"
#include "remedy/validators.h"

using namespace Qt::StringLiterals;

namespace oom::remedy {

namespace {

constexpr qint64 MiB = 1024 * 1024;

// A limit as its cgroup file holds it (the step's "before").
QString limitText(const std::optional<MemoryLimit> &limit)
{
    if (!limit)
        return Planners::tr("unknown");
    if (limit->unlimited)
        return u"max"_s;
    return QString::number(limit->bytes.value);
}

// The same limit in a sentence: sizes as an admin reads them, "max" in words.
QString limitInWords(const std::optional<MemoryLimit> &limit)
{
    if (!limit)
        return Planners::tr("unknown");
    if (limit->unlimited)
        return Planners::tr("none");
    return Planners::formatBytes(limit->bytes.value);
}

// The cgroup file and systemd property of a limit kind, per cgroup version.
QString fileOf(LimitKind kind, CgroupVersion version)
{
    if (version == CgroupVersion::V1)
        return kind == LimitKind::SwapMax ? u"memory.memsw.limit_in_bytes"_s
            : kind == LimitKind::High     ? u"memory.soft_limit_in_bytes"_s
                                          : u"memory.limit_in_bytes"_s;
    return kind == LimitKind::SwapMax ? u"memory.swap.max"_s
        : kind == LimitKind::High     ? u"memory.high"_s
                                      : u"memory.max"_s;
}

QString propertyOf(LimitKind kind)
{
    return kind == LimitKind::SwapMax ? u"MemorySwapMax"_s
        : kind == LimitKind::High     ? u"MemoryHigh"_s
                                      : u"MemoryMax"_s;
}

std::optional<MemoryLimit> currentLimit(const Cgroup &cgroup, LimitKind kind)
{
    if (cgroup.version == CgroupVersion::V1)
        return kind == LimitKind::SwapMax ? cgroup.memsw.limit
            : kind == LimitKind::High     ? cgroup.softLimit
                                          : cgroup.memory.limit;
    return kind == LimitKind::SwapMax ? cgroup.swapMax
        : kind == LimitKind::High     ? cgroup.high
                                      : cgroup.max;
}

} // namespace

LimitChoices Planners::recommendLimits(const RemedyContext &context, const Snapshot &snapshot)
{
    LimitChoices choices;
    // The cgroup whose limit was hit: for memcg-ancestor-limit that is the ancestor (a pod,
    // a slice), not the victim's own cgroup.
    choices.cgroup = !context.oomCgroup.isEmpty() ? context.oomCgroup
        : !context.taskCgroup.isEmpty()           ? context.taskCgroup
                                                  : context.victimCgroup;
    if (const Cgroup *cgroup = snapshot.memoryCgroup(choices.cgroup))
        choices.unit =
            cgroup->owner.unit == choices.cgroup.section(u'/', -1) ? cgroup->owner.unit : QString();
    else
        choices.unit = unitOfCgroup(choices.cgroup);
    // Half as much again as the limit that was hit, and a quarter above the usage seen
    // now, in 64 MiB steps.
    qint64 bytes = context.memcgLimitKb.value_or(0) * 1024 * 3 / 2;
    if (const Cgroup *cgroup = snapshot.memoryCgroup(choices.cgroup))
        if (const std::optional<Bytes> usage = cgroup->memoryUsage())
            bytes = std::max(bytes, usage->value * 5 / 4);
    choices.bytes = bytes > 0 ? (bytes + 64 * MiB - 1) / (64 * MiB) * (64 * MiB) : 0;
    return choices;
}

Plan Planners::planLimits(const RemedyContext &context, const Snapshot &snapshot,
                          const LimitChoices &choices)
{
    Plan plan;
    plan.wizard = remedyid::Limits;
    plan.why = whyFor(context, plan.wizard);
    if (Problem problem = Validators::checkCgroupPath(choices.cgroup)) {
        plan.refusals.append(*problem);
        return plan;
    }
    const Cgroup *cgroup = snapshot.memoryCgroup(choices.cgroup);
    if (!cgroup) {
        plan.refusals.append(tr("The cgroup %1 does not exist now (or has no memory controller): "
                                "nothing to change.")
                                 .arg(choices.cgroup));
        return plan;
    }
    if (context.hasCause(causeid::MemcgAncestorLimit) && choices.cgroup == context.oomCgroup)
        plan.reasoning.append(tr("The limit of %1, a parent of the killed process's cgroup, was "
                                 "the bottleneck: the change is proposed there.")
                                  .arg(choices.cgroup));
    const std::optional<MemoryLimit> before = currentLimit(*cgroup, choices.kind);
    const std::optional<Bytes> usage = cgroup->memoryUsage();
    if (context.memcgLimitKb)
        plan.reasoning.append(tr("The limit hit was %1; the proposal is half as much again, or "
                                 "a quarter above today's usage if that is more.")
                                  .arg(formatBytes(*context.memcgLimitKb * 1024)));
    if (usage)
        plan.why.append(tr("%1 uses %2 now (limit %3).")
                            .arg(choices.cgroup, formatBytes(usage->value), limitInWords(before)));

    if (choices.kind != LimitKind::High && choices.bytes > 0 && usage
        && choices.bytes < usage->value) {
        plan.explicitConfirmation =
            tr("The new maximum %1 is below the %2 the cgroup uses now: the kernel will reclaim "
               "at once and may kill processes in it. memory.high (MemoryHigh=) would throttle "
               "instead of killing.")
                .arg(formatBytes(choices.bytes), formatBytes(usage->value));
        if (!choices.confirmedBelowUsage) {
            plan.refusals.append(plan.explicitConfirmation);
            return plan;
        }
    }

    PlanStep step;
    step.before = limitText(before);
    step.risks.append(
        tr("A limit that is too low makes the kernel reclaim and kill inside "
           "this cgroup sooner."));
    if (!choices.unit.isEmpty()) {
        if (Problem problem = Validators::checkUnitName(choices.unit)) {
            plan.refusals.append(*problem);
            return plan;
        }
        step.action = StepAction::SetUnitProperty;
        if (step.before == u"max")
            step.before = u"infinity"_s;
        step.target = choices.unit;
        step.file = propertyOf(choices.kind);
        step.value = choices.bytes > 0 ? QString::number(choices.bytes) : u"infinity"_s;
        step.persistent = choices.persistent;
        step.title = tr("Set %1 of %2 to %3")
                         .arg(step.file, choices.unit,
                              choices.bytes > 0 ? formatBytes(choices.bytes) : step.value);
        step.preview = choices.unit + u": "_s + step.file + u"="_s + step.before + u" \u2192 "_s
            + step.value + u"  ("_s
            + (choices.persistent ? tr("persistent: a drop-in written by systemd")
                                  : tr("runtime: until the next reboot"))
            + u")"_s;
        step.rollback = tr("Set %1 back to %2 through systemd").arg(step.file, step.before);
    } else {
        step.action = StepAction::SetCgroupLimit;
        step.target = choices.cgroup;
        step.file = fileOf(choices.kind, cgroup->version);
        step.value = choices.bytes > 0             ? QString::number(choices.bytes)
            : cgroup->version == CgroupVersion::V1 ? u"-1"_s
                                                   : u"max"_s;
        if (Problem problem = Validators::checkLimitValue(step.file, step.value)) {
            plan.refusals.append(*problem);
            return plan;
        }
        step.title = tr("Write %1 to %2 of %3").arg(step.value, step.file, choices.cgroup);
        step.preview = u"/sys/fs/cgroup"_s
            + (cgroup->version == CgroupVersion::V1 ? u"/memory"_s : QString()) + choices.cgroup
            + u'/' + step.file + u": "_s + step.before + u" \u2192 "_s + step.value + u"  ("_s
            + tr("runtime: lost when the cgroup is recreated") + u")"_s;
        step.risks.append(
            tr("Whoever manages this cgroup (systemd, a container runtime) may "
               "set its own value again."));
        step.rollback = tr("Write %1 back to %2").arg(step.before, step.file);
        step.reversible = before.has_value();
    }
    if (before && step.before == step.value) {
        plan.inPlace.append(tr("%1 is already %2: nothing to change.").arg(step.file, step.value));
        return plan;
    }
    plan.steps.append(step);
    return plan;
}

} // namespace oom::remedy
