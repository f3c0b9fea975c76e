// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"

#include <QString>
#include <QStringList>

// When systemd's word about a unit belongs to a kill: the rules EventLinker applies inside a
// log and KernelLogFollower applies across the burst boundaries of a followed log. One copy.
namespace oom::linkrules {

// The cgroups an incident names: where the limit was hit, the task's, the victims'.
QStringList cgroupsOf(const OomEvent &event);

// systemd names a unit ("foo.service") or a container runtime an id; the kernel a cgroup
// whose path holds that name as a component ("/system.slice/foo.service",
// ".../foo.service/payload").
bool cgroupNames(const QString &cgroup, const QString &name);
bool anyCgroupNames(const QStringList &cgroups, const QString &name);

// A unit-only event (systemd's result, no kill line of its own) belongs to `kill` when the
// kill names its unit, or when the kill names no cgroup at all and the killer is the same.
bool unitResultBelongsTo(const OomEvent &unitOnlyEvent, const OomEvent &kill);

} // namespace oom::linkrules
