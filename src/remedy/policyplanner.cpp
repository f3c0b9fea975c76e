// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/causeids.h"
#include "remedy/planners.h"
#include "remedy/validators.h"

using namespace Qt::StringLiterals;

namespace oom::remedy {

PolicyChoices Planners::recommendPolicy(const RemedyContext &context, const Snapshot &snapshot)
{
    PolicyChoices choices;
    // A panic took the whole machine down for one process: killing is the usual choice.
    if (context.hasCause(causeid::PanicOnOom)
        && snapshot.vmSysctlInt(u"panic_on_oom").value_or(0) != 0)
        choices.sysctls.append({u"vm.panic_on_oom"_s, u"0"_s});
    // systemd-oomd killed the unit: let the admin choose how oomd treats it, starting from
    // "auto" (oomd acts only if the unit's parent slice asks it to).
    if (context.hasCause(causeid::OomdPressure) || context.hasCause(causeid::OomdSwap)) {
        choices.unit = context.unit;
        if (context.hasCause(causeid::OomdPressure))
            choices.managedOomMemoryPressure = u"auto"_s;
        if (context.hasCause(causeid::OomdSwap))
            choices.managedOomSwap = u"auto"_s;
    }
    return choices;
}

Plan Planners::planPolicy(const RemedyContext &context, const Snapshot &snapshot,
                          const PolicyChoices &choices)
{
    Plan plan;
    plan.wizard = remedyid::SystemdPolicy;
    plan.why = whyFor(context, plan.wizard);
    for (const QString &name : {u"panic_on_oom"_s, u"oom_kill_allocating_task"_s,
                                u"overcommit_memory"_s, u"overcommit_ratio"_s})
        if (const std::optional<QString> value = snapshot.vmSysctl(name))
            plan.reasoning.append(u"vm."_s + name + u" = "_s + *value);

    for (const auto &[key, value] : choices.sysctls) {
        if (!Validators::isKernelPolicySysctl(key)) {
            plan.refusals.append(tr("%1 is not an OOM policy setting.").arg(key));
            continue;
        }
        std::optional<PlanStep> step =
            sysctlStep(snapshot, key, value, choices.persistent, &plan.refusals);
        if (!step) {
            if (plan.refusals.isEmpty())
                plan.inPlace.append(tr("%1 is already %2.").arg(key, value));
            continue;
        }
        if (key == u"vm.panic_on_oom" && value != u"0")
            step->risks.append(
                tr("The next OOM reboots or halts the whole machine instead of "
                   "killing one process."));
        if (key == u"vm.overcommit_memory" && value == u"2")
            step->risks.append(
                tr("Strict accounting: programs that reserve more than they use "
                   "(browsers, JVMs) may fail to start."));
        if (key == u"vm.oom_kill_allocating_task" && value == u"1")
            step->risks.append(
                tr("The process that asked for memory is killed, even if a much "
                   "larger one caused the shortage."));
        plan.steps.append(*step);
    }
    for (const auto &[property, value] :
         {std::pair{u"ManagedOOMMemoryPressure"_s, choices.managedOomMemoryPressure},
          std::pair{u"ManagedOOMSwap"_s, choices.managedOomSwap}}) {
        if (value.isEmpty())
            continue;
        if (Problem problem = Validators::checkUnitName(choices.unit)) {
            plan.refusals.append(*problem);
            break;
        }
        if (Problem problem = Validators::checkUnitProperty(property, value)) {
            plan.refusals.append(*problem);
            continue;
        }
        PlanStep step;
        step.action = StepAction::SetUnitProperty;
        step.target = choices.unit;
        step.file = property;
        step.value = value;
        step.persistent = choices.persistent;
        step.title = tr("Set %1=%2 for %3").arg(property, value, choices.unit);
        step.preview = choices.unit + u": "_s + property + u" \u2192 "_s + value + u"  ("_s
            + (choices.persistent ? tr("persistent: a drop-in written by systemd")
                                  : tr("runtime: until the next reboot"))
            + u")"_s;
        step.risks.append(tr("With kill, systemd-oomd may end the whole unit under pressure."));
        step.rollback = tr("Set %1 back to auto through systemd").arg(property);
        plan.steps.append(step);
    }
    if (!plan.refusals.isEmpty())
        plan.steps.clear();
    else if (plan.steps.isEmpty() && plan.inPlace.isEmpty())
        plan.refusals.append(tr("Nothing chosen to change."));
    return plan;
}

} // namespace oom::remedy
