// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cgroupowner.h"

#include <QStringView>

namespace oom::cgroupparse {

// Who a cgroup belongs to, read from its path alone:
//  - systemd units: the innermost "*.service", "*.scope", "*.socket", "*.mount",
//    "*.swap" component, and the innermost "*.slice";
//  - containers: "docker-<id>.scope" and "/docker/<id>", "cri-containerd-<id>.scope",
//    "crio-<id>.scope", "libpod-<id>.scope" and "/libpod_parent/libpod-<id>",
//    "/lxc/<name>" and "lxc.payload.<name>", "machine-<name>.scope" (systemd-nspawn);
//    the "-conmon-" monitor scopes of CRI-O and Podman are no container;
//  - Kubernetes: "kubepods[-<qos>]-pod<uid>.slice" (systemd driver, uid with '_') and
//    "/kubepods[/<qos>]/pod<uid>/<container id>" (cgroupfs driver).
CgroupOwner ownerFromPath(QStringView path);

} // namespace oom::cgroupparse
