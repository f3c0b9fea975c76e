// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace oom {

// What systemd reported about a unit after an OOM kill.
enum class UnitResultKind {
    KilledByKernelOom, // "A process of this unit has been killed by the OOM killer."
    FailedOomKill, // "Failed with result 'oom-kill'."
    KilledByOomd, // "systemd-oomd killed N process(es) in this unit."
};

struct UnitResult {
    QString unit;
    UnitResultKind kind = UnitResultKind::KilledByKernelOom;
    std::optional<qint64> processes; // systemd-oomd's count when printed
    std::optional<QDateTime> time;
    bool timeYearAssumed = false;
    bool timeZoneAssumed = false;
    LineSpan line;
};

// A container runtime's report of an OOM (containerd TaskOOM, dockerd "oom", CRI-O).
// Context only: it says a container saw an OOM kill, not who killed what.
struct ContainerOomEvent {
    QString runtime; // "containerd", "dockerd", "crio", "kubelet"
    QString containerId;
    QString text;
    std::optional<QDateTime> time;
    LineSpan line;
};

} // namespace oom
