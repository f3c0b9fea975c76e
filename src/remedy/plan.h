// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What a wizard proposes: typed steps, each with everything the admin must see before it
// is made (the value written or the file diff, runtime or persistent, what could go wrong)
// and how it is undone. A planner only computes; nothing here touches the system. The GUI's
// preview page and `oomlens-cli fix --dry-run` print the same Plan through PlanFormatter.
namespace oom::remedy {

// One verb of oomlens-helper, or systemd's own SetUnitProperties.
enum class StepAction {
    SetSysctl, // target = key, value; persistent = also /etc/sysctl.d/90-oomlens.conf
    CompactMemory, // node (-1 = all)
    SetCgroupLimit, // target = cgroup path, file = memory.max/..., value
    SetCpusetMems, // target = cgroup path, value = node list
    SetOomScoreAdj, // pid + startTimeTicks, value
    WriteUnitDropIn, // target = unit, file = setting (OOMScoreAdjust, OOMPolicy), value
    SetUnitProperty, // target = unit, file = property, value; through systemd, not the helper
    CreateSwapFile, // target = mount point, sizeBytes, priority, persistent = fstab line
};

struct PlanStep {
    StepAction action = StepAction::SetSysctl;
    QString target;
    QString file;
    QString value;
    QString before; // the current value as read; empty when unknown
    qint64 pid = 0;
    qint64 startTimeTicks = -1;
    int node = -1;
    qint64 sizeBytes = 0;
    int priority = -1;
    bool persistent = false;

    QString title; // one line: what this step does
    QString preview; // the value written or the file diff, exactly
    QStringList risks;
    QString rollback; // what Undo does
    bool reversible = true;
};

struct Plan {
    QString wizard; // remedy id: swap, limits, cpuset, compaction, oom-priority, systemd-policy
    QStringList why; // the findings that call for this wizard, with their numbers
    QStringList reasoning; // how the recommended values were computed
    QList<PlanStep> steps;
    QStringList refusals; // why no plan can be made; then steps is empty
    QStringList inPlace; // what is already as asked (a repeated apply): no step for it
    // A step that acts at once on a running workload (a maximum below current usage):
    // the admin must confirm this sentence explicitly, beyond the usual confirmation.
    QString explicitConfirmation;
    QStringList followUps; // what the admin must still do by hand (restart a service)

    bool isApplicable() const { return refusals.isEmpty() && !steps.isEmpty(); }
};

} // namespace oom::remedy
