// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/causeids.h"
#include "remedy/planners.h"
#include "remedy/validators.h"

using namespace Qt::StringLiterals;

namespace oom::remedy {

namespace {

QString dropInPath(const QString &unit, const QString &setting)
{
    return u"/etc/systemd/system/"_s + unit + u".d/50-oomlens-"_s + setting.toLower() + u".conf"_s;
}

PlanStep dropInStep(const QString &unit, const QString &setting, const QString &value)
{
    PlanStep step;
    step.action = StepAction::WriteUnitDropIn;
    step.target = unit;
    step.file = setting;
    step.value = value;
    step.persistent = true;
    step.title = Planners::tr("Set %1=%2 for %3").arg(setting, value, unit);
    step.preview = dropInPath(unit, setting) + u":\n+ # Written by OOM Lens (oomlens-helper)\n"
                                               u"+ [Service]\n+ "_s
        + setting + u'=' + value;
    step.risks.append(Planners::tr("Takes effect when %1 is restarted; systemd reloads its "
                                   "configuration at once.")
                          .arg(unit));
    step.rollback =
        Planners::tr("Restore or delete %1 and reload systemd").arg(dropInPath(unit, setting));
    return step;
}

} // namespace

OomPriorityChoices Planners::recommendOomPriority(const RemedyContext &context,
                                                  const Snapshot &snapshot)
{
    OomPriorityChoices choices;
    // The killed process is gone; its service (if any) is what lives on.
    choices.unit = context.unit;
    if (choices.unit.isEmpty())
        choices.unit = unitOfCgroup(context.victimCgroup);
    if (choices.unit.isEmpty() && context.victimPid) {
        if (const ProcessInfo *process = snapshot.process(*context.victimPid);
            process && process->comm == context.victimComm)
            choices.pid = process->pid;
    }
    // Protect it without making it unkillable: -500 halves its chance against peers at 0.
    choices.oomScoreAdj = -500;
    return choices;
}

Plan Planners::planOomPriority(const RemedyContext &context, const Snapshot &snapshot,
                               const OomPriorityChoices &choices)
{
    Plan plan;
    plan.wizard = remedyid::OomPriority;
    plan.why = whyFor(context, plan.wizard);
    if (context.victimOomScoreAdj)
        plan.why.append(tr("The killed process %1 had oom_score_adj %2.")
                            .arg(context.victimComm)
                            .arg(*context.victimOomScoreAdj));
    if (choices.oomScoreAdj) {
        if (Problem problem = Validators::checkOomScoreAdj(*choices.oomScoreAdj)) {
            plan.refusals.append(*problem);
            return plan;
        }
        plan.reasoning.append(tr("oom_score_adj adds %1 points per 1000 to the badness the "
                                 "kernel computes from memory use; -1000 exempts a process.")
                                  .arg(*choices.oomScoreAdj));
    }
    if (choices.pid > 0) {
        const ProcessInfo *process = snapshot.process(choices.pid);
        if (!process) {
            plan.refusals.append(tr("Process %1 does not run any more.").arg(choices.pid));
            return plan;
        }
        const qint64 startTime = process->startTimeTicks.value_or(-1);
        if (Problem problem = Validators::checkPid(choices.pid, startTime)) {
            plan.refusals.append(*problem);
            return plan;
        }
        if (!choices.oomScoreAdj) {
            plan.refusals.append(tr("No oom_score_adj value chosen."));
            return plan;
        }
        const QString value = QString::number(*choices.oomScoreAdj);
        const QString before =
            process->oomScoreAdj ? QString::number(*process->oomScoreAdj) : QString();
        if (before == value) {
            plan.inPlace.append(
                tr("Process %1 already has oom_score_adj %2.").arg(choices.pid).arg(value));
            return plan;
        }
        PlanStep step;
        step.action = StepAction::SetOomScoreAdj;
        step.pid = choices.pid;
        step.startTimeTicks = startTime;
        step.value = value;
        step.before = before;
        step.title =
            tr("Set oom_score_adj of %1 (%2) to %3").arg(process->comm).arg(choices.pid).arg(value);
        step.preview = u"/proc/"_s + QString::number(choices.pid) + u"/oom_score_adj: "_s
            + (before.isEmpty() ? tr("unknown") : before) + u" \u2192 "_s + value + u"  ("_s
            + tr("runtime: until the process exits") + u")"_s;
        step.risks.append(tr("Another process becomes the OOM killer's choice instead."));
        step.rollback = tr("Write %1 back, if the same process still runs").arg(before);
        step.reversible = !before.isEmpty();
        plan.steps.append(step);
        return plan;
    }
    if (choices.unit.isEmpty()) {
        plan.refusals.append(tr("Choose a running process or a service."));
        return plan;
    }
    if (choices.oomScoreAdj) {
        const QString value = QString::number(*choices.oomScoreAdj);
        if (Problem problem =
                Validators::checkDropInSetting(choices.unit, u"OOMScoreAdjust"_s, value)) {
            plan.refusals.append(*problem);
            return plan;
        }
        plan.steps.append(dropInStep(choices.unit, u"OOMScoreAdjust"_s, value));
    }
    if (!choices.oomPolicy.isEmpty()) {
        if (Problem problem =
                Validators::checkDropInSetting(choices.unit, u"OOMPolicy"_s, choices.oomPolicy)) {
            plan.refusals.append(*problem);
            plan.steps.clear();
            return plan;
        }
        plan.reasoning.append(
            tr("OOMPolicy=continue keeps the service running when the kernel "
               "kills one of its processes; stop and kill end the service."));
        plan.steps.append(dropInStep(choices.unit, u"OOMPolicy"_s, choices.oomPolicy));
    }
    if (plan.steps.isEmpty())
        plan.refusals.append(tr("Nothing chosen to change."));
    else
        plan.followUps.append(
            tr("Restart %1 when convenient: systemctl restart %1").arg(choices.unit));
    return plan;
}

} // namespace oom::remedy
