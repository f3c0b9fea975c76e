// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cgroup.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace oom {

class Root;

// One cgroup hierarchy to walk, located below a Root.
struct CgroupHierarchy {
    QString directory; // relative to the Root: "sys/fs/cgroup/memory"
    QString cgroupRoot = QStringLiteral("/"); // cgroup path of that directory (mountinfo root)
    CgroupVersion version = CgroupVersion::V2;
    QStringList controllers; // v1 from the mount; v2 from cgroup.controllers of the top
    bool controllersKnown = true; // false: a v2 bundle without cgroup.controllers
    bool hasController(QStringView name) const { return controllers.contains(name); }
};

struct CgroupLayoutInfo {
    CgroupLayout layout = CgroupLayout::Unknown;
    // The hierarchies worth walking, memory first: v2; v1 memory; v1 cpuset (when it is
    // a separate hierarchy); in hybrid mode also the v2 one (for memory.pressure).
    QList<CgroupHierarchy> hierarchies;
};

// Finds the cgroup mounts: from proc/self/mountinfo where it lists mount points that
// exist below the root (the live system, a bundle that kept it), else by looking at the
// usual places — sys/fs/cgroup (v2, or v1 controller directories, with unified/ for the
// hybrid layout) and cgroup/ (RHEL 6 mounted v1 at /cgroup).
CgroupLayoutInfo detectCgroupLayout(const Root &root);

} // namespace oom
