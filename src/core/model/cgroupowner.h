// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QString>

namespace oom {

enum class ContainerRuntime {
    None,
    Docker, // docker-<id>.scope (systemd driver), /docker/<id> (cgroupfs driver)
    Containerd, // cri-containerd-<id>.scope
    Crio, // crio-<id>.scope
    Podman, // libpod-<id>.scope, /libpod_parent/libpod-<id>
    Lxc, // /lxc/<name>, /lxc.payload.<name>
    Nspawn, // machine-<name>.scope
    Unnamed, // a container id without the runtime's name (Kubernetes cgroupfs driver)
};

// Who a cgroup belongs to, as far as its path tells. Nothing here is looked up: a
// "docker-<id>.scope" path names a Docker container whether or not Docker still runs.
struct CgroupOwner {
    QString unit; // innermost systemd unit: "nginx.service", "session-3.scope"
    QString slice; // innermost slice: "system.slice", "user-1000.slice"
    ContainerRuntime runtime = ContainerRuntime::None;
    QString containerId; // 64 hex digits for Docker/containerd/CRI-O; a name for LXC/nspawn
    QString podUid; // Kubernetes pod UID with dashes (the systemd driver writes underscores)
    QString qosClass; // Kubernetes: "guaranteed", "burstable", "besteffort"

    bool isContainer() const { return runtime != ContainerRuntime::None; }
    bool isPod() const { return !podUid.isEmpty(); }
    bool isEmpty() const { return unit.isEmpty() && slice.isEmpty() && !isContainer() && !isPod(); }
    bool operator==(const CgroupOwner &) const = default;
};

} // namespace oom
