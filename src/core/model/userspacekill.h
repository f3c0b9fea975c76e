// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"
#include "core/model/units.h"

#include <QList>
#include <QString>

#include <optional>

namespace oom {

// One entry of systemd-oomd's "Considered N cgroups for killing, top candidates were:".
struct OomdCandidate {
    QString path;
    std::optional<double> pressureAvg10;
    std::optional<double> pressureAvg60;
    std::optional<double> pressureAvg300;
    QString pressureTotal;
    QString memoryUsage; // as printed ("24.8G")
    QString swapUsage;
    std::optional<qint64> pgscan;
    LineSpan lines;
};

// Why a userspace killer acted, as it said so.
struct UserspaceKillDetail {
    // systemd-oomd
    QString monitoredCgroup;
    std::optional<double> pressurePercent; // measured full avg10
    std::optional<double> limitPercent; // configured limit (pressure or swap)
    QString duration; // "20s"
    bool swapBased = false;
    std::optional<Bytes> memoryUsedBytes;
    std::optional<Bytes> memoryTotalBytes;
    std::optional<Bytes> swapUsedBytes;
    std::optional<Bytes> swapTotalBytes;
    std::optional<int> consideredCgroups;
    QList<OomdCandidate> candidates;
    bool dryRun = false;
    // earlyoom / nohang
    QString signal; // SIGTERM, SIGKILL
    std::optional<int> badness; // earlyoom "badness"/"oom_score"
    std::optional<qint64> vmRssMiB;
    QString cmdline;
    std::optional<double> memAvailablePercent;
    std::optional<double> swapFreePercent;
    // Android's and ChromeOS's low-memory killers: the reason as printed (lmkd's "; reason:",
    // the kernel driver's "cache …kB is below limit …kB …; Free memory is …").
    QString reason;
    LineSpan contextLines;
};

} // namespace oom
