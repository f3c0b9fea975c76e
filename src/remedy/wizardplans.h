// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "remedy/planners.h"

#include <QVariantMap>

// The one entry point both front ends plan through: a wizard id, the incident, the live
// snapshot and the admin's choices as a QVariantMap (what QML and command-line options
// both produce). The GUI's preview and `oomlens-cli fix --dry-run` therefore print the same
// plan for the same choices. Keys per wizard:
//   swap:           mountPoint, sizeBytes, priority, persistent, swappiness
//   limits:         cgroup, unit, kind (max|high|swap-max), bytes, persistent, confirmBelowUsage
//   cpuset:         cgroup, unit, nodes, persistent
//   compaction:     node, tunings {key: value}, persistent
//   oom-priority:   pid, unit, oomScoreAdj, oomPolicy
//   systemd-policy: sysctls {key: value}, persistent, unit, managedOomMemoryPressure,
//                   managedOomSwap
namespace oom::remedy {

// The recommended choices for `wizard` (empty map for an unknown id).
QVariantMap recommendedChoices(const QString &wizard, const RemedyContext &context,
                               const Snapshot &snapshot, const QList<MountFacts> &mounts);
// Plans with the recommended choices overridden by `choices`.
Plan planWizard(const QString &wizard, const RemedyContext &context, const Snapshot &snapshot,
                const QList<MountFacts> &mounts, const QVariantMap &choices);

// "2G", "512M", "1073741824": a size as an admin types it, in binary units (as systemd and
// the kernel read them); nullopt when it is not one.
std::optional<qint64> parseSizeText(const QString &text);

} // namespace oom::remedy
