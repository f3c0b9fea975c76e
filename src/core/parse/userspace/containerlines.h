// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/unitresult.h"
#include "core/parse/framing/logrecord.h"

#include <optional>

// Container runtimes and Kubernetes saying that a container saw an OOM kill (§4.4). The
// kernel report tells who was killed; these lines tie the kill to a container id.
namespace oom {

// Recognised, with the source of each wording:
// - containerd CRI plugin: "TaskOOM event &TaskOOM{ContainerID:<id>,XXX_unrecognized:[],}"
//   (gogo protobuf, containerd <= 1.6; corpus 051) and "TaskOOM event
//   container_id:\"<id>\"" (containerd 1.7+/2.x), both from
//   `log.Infof("TaskOOM event %+v", e)` in the CRI event monitor; containerd's debug
//   "event published" ... topic=/tasks/oom (no container id).
// - dockerd: "msg=event module=libcontainerd namespace=moby topic=/tasks/oom" (18.09+,
//   debug), 1.10-1.12 "libcontainerd: received containerd event: &types.Event{Type:\"oom\",
//   Id:\"<id>\", ...}", and `docker events` output "container oom <id> (image=..., ...)" /
//   JSON {"status":"oom","id":"<id>"}.
// - conmon (CRI-O and Podman): "conmon <cid> <ninfo>: OOM received" and "OOM event
//   received" (containers/conmon src/cgroup.c write_oom_files()/oom_cb_cgroup_v1());
//   runtime "conmon", since the line does not say which of the two ran it.
// - kubelet: "System OOM encountered, victim process: %s, pid: %d" (the SystemOOM node
//   event of the OOM watcher, also in `kubectl get events` output), "Got sys oom event"
//   (the watcher's own log), and any container status with reason OOMKilled.
// Returns nullopt for everything else, including settings such as "OOMScoreAdj".
std::optional<ContainerOomEvent> parseContainerOomEvent(const LogRecord &record);

} // namespace oom
