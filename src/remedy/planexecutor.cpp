// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "remedy/planexecutor.h"

namespace oom::remedy {

PlanExecutor::PlanExecutor(const HelperClient &helper, const SystemdClient &systemd)
    : m_helper(helper)
    , m_systemd(systemd)
{
}

CallResult PlanExecutor::undo(const PlanStep &step, const CallResult &applied) const
{
    if (step.action == StepAction::SetUnitProperty) {
        if (step.before.isEmpty()) {
            CallResult result;
            result.error = tr("The value of %1 before the change is unknown.").arg(step.file);
            return result;
        }
        return m_systemd.setUnitProperty(step.target, step.file, step.before, !step.persistent);
    }
    if (applied.changeId <= 0) {
        CallResult result;
        result.ok = !step.reversible;
        result.error = tr("Nothing to undo.");
        return result;
    }
    return m_helper.undo(applied.changeId);
}

ApplyResult PlanExecutor::apply(const Plan &plan) const
{
    ApplyResult outcome;
    if (!plan.isApplicable()) {
        outcome.log.append(tr("The plan has no applicable step."));
        return outcome;
    }
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        const CallResult result = step.action == StepAction::SetUnitProperty
            ? m_systemd.setUnitProperty(step.target, step.file, step.value, !step.persistent)
            : m_helper.apply(step);
        if (result.ok) {
            outcome.log.append(tr("Done: %1").arg(step.title));
            outcome.applied.append({int(i), result});
            continue;
        }
        outcome.log.append(tr("Failed: %1: %2").arg(step.title, result.error));
        // Newest first, so that each rollback sees the state its step left.
        for (qsizetype j = outcome.applied.size() - 1; j >= 0; --j) {
            const AppliedStep &done = outcome.applied.at(j);
            const PlanStep &earlier = plan.steps.at(done.index);
            const CallResult undone = undo(earlier, done.result);
            outcome.log.append(undone.ok
                                   ? tr("Undone: %1").arg(earlier.title)
                                   : tr("Could not undo %1: %2").arg(earlier.title, undone.error));
        }
        outcome.applied.clear();
        outcome.rolledBack = true;
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

} // namespace oom::remedy
