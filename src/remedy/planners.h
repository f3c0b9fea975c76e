// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/snapshot.h"
#include "remedy/plan.h"
#include "remedy/remedycontext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// One pure planner per wizard: (incident context, live snapshot, the admin's choices) ->
// Plan. recommend*() fills the choices from the incident and the live state; the admin
// may change any of them before planning. A planner never guesses: a cgroup, process,
// node or filesystem it cannot find in the snapshot makes it refuse with the reason. A
// step whose value is already in place is left out, so a repeated apply changes nothing.
namespace oom::remedy {

// A mounted filesystem, for choosing where a swap file goes (/proc/self/mountinfo, statvfs).
struct MountFacts {
    QString mountPoint;
    QString fsType;
    std::optional<qint64> freeBytes; // unknown below a root that is not the live system
};

struct SwapChoices {
    QString mountPoint; // where <mount>/oomlens.swap goes
    qint64 sizeBytes = 0;
    int priority = -1;
    bool persistent = true; // an /etc/fstab line
    std::optional<int> swappiness;
};

enum class LimitKind { Max, High, SwapMax };

struct LimitChoices {
    QString cgroup; // the cgroup to change (the ancestor when its limit was the bottleneck)
    QString unit; // when set, through systemd's SetUnitProperties instead of the helper
    LimitKind kind = LimitKind::Max;
    qint64 bytes = 0; // 0 = no limit ("max"/"infinity")
    bool persistent = false; // systemd only: survive a restart of the unit
    bool confirmedBelowUsage = false; // the admin read the warning and insists
};

struct CpusetChoices {
    QString cgroup;
    QString unit;
    QString nodes; // "0-1"
    bool persistent = false;
};

struct CompactionChoices {
    int node = -1; // -1 = every node
    QList<std::pair<QString, QString>> tunings; // sysctl key -> value
    bool persistent = false;
};

struct OomPriorityChoices {
    qint64 pid = 0; // a running process ...
    QString unit; // ... or a service's OOMScoreAdjust= drop-in
    std::optional<int> oomScoreAdj;
    QString oomPolicy; // continue, stop, kill; empty = unchanged
};

struct PolicyChoices {
    QList<std::pair<QString, QString>> sysctls; // vm.panic_on_oom, vm.overcommit_*, ...
    bool persistent = false;
    QString unit; // systemd-oomd's handling of a unit
    QString managedOomMemoryPressure; // auto, kill; empty = unchanged
    QString managedOomSwap;
};

class Planners
{
    Q_DECLARE_TR_FUNCTIONS(Planners)

public:
    static QStringList wizardIds(); // the six remedy ids
    static QString wizardTitle(const QString &wizard);

    static SwapChoices recommendSwap(const RemedyContext &context, const Snapshot &snapshot,
                                     const QList<MountFacts> &mounts);
    static Plan planSwap(const RemedyContext &context, const Snapshot &snapshot,
                         const QList<MountFacts> &mounts, const SwapChoices &choices);

    static LimitChoices recommendLimits(const RemedyContext &context, const Snapshot &snapshot);
    static Plan planLimits(const RemedyContext &context, const Snapshot &snapshot,
                           const LimitChoices &choices);

    static CpusetChoices recommendCpuset(const RemedyContext &context, const Snapshot &snapshot);
    static Plan planCpuset(const RemedyContext &context, const Snapshot &snapshot,
                           const CpusetChoices &choices);

    static CompactionChoices recommendCompaction(const RemedyContext &context,
                                                 const Snapshot &snapshot);
    static Plan planCompaction(const RemedyContext &context, const Snapshot &snapshot,
                               const CompactionChoices &choices);

    static OomPriorityChoices recommendOomPriority(const RemedyContext &context,
                                                   const Snapshot &snapshot);
    static Plan planOomPriority(const RemedyContext &context, const Snapshot &snapshot,
                                const OomPriorityChoices &choices);

    static PolicyChoices recommendPolicy(const RemedyContext &context, const Snapshot &snapshot);
    static Plan planPolicy(const RemedyContext &context, const Snapshot &snapshot,
                           const PolicyChoices &choices);

    // Shared by the planners: the why lines for a wizard (the causes that call for it).
    static QStringList whyFor(const RemedyContext &context, const QString &wizard);
    static QString formatBytes(qint64 bytes);
    // A sysctl step (runtime, or also persistent), or nothing when the value is in place.
    static std::optional<PlanStep> sysctlStep(const Snapshot &snapshot, const QString &key,
                                              const QString &value, bool persistent,
                                              QStringList *refusals);
    static QString unitOfCgroup(const QString &cgroupPath);
};

} // namespace oom::remedy
