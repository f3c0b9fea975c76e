// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cgroup.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace oom::cgroupparse {

// A cgroup hierarchy mount from /proc/<pid>/mountinfo.
struct CgroupMount {
    QString mountPoint; // absolute, octal escapes decoded: "/sys/fs/cgroup/memory"
    // The cgroup the mount shows as its top: "/" normally, "/docker/<id>" for a container
    // started without a cgroup namespace. Paths below the mount point are relative to it.
    QString root;
    CgroupVersion version = CgroupVersion::V2;
    QStringList controllers; // v1: from the super options ("memory", "cpu", "name=systemd")

    bool hasController(QStringView name) const { return controllers.contains(name); }
};

// The "cgroup" and "cgroup2" lines of /proc/<pid>/mountinfo (proc(5): "36 35 98:0 /root
// /mountpoint options [optional fields] - fstype source superoptions"), in file order.
QList<CgroupMount> parseCgroupMounts(QByteArrayView mountinfo);

// The hidepid= option of the procfs mounted at /proc ("2", "invisible", "1", "noaccess";
// 5.8+ spell them out), or empty when it has none. With hidepid=2/invisible a user's
// /proc lists only that user's processes, so a snapshot must say its table is partial.
QString procHidepid(QByteArrayView mountinfo);

} // namespace oom::cgroupparse
