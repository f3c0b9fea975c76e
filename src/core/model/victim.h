// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"
#include "core/model/units.h"

#include <QString>

#include <optional>

namespace oom {

// A process the killer killed: "Killed process", earlyoom's "sending SIGKILL to process",
// systemd-oomd's killed cgroup, merged with the "oom_reaper: reaped process" line.
struct Victim {
    std::optional<qint64> pid;
    QString comm;
    std::optional<qint64> uid;
    QString cgroup;
    std::optional<KiB> totalVmKb;
    std::optional<KiB> anonRssKb;
    std::optional<KiB> fileRssKb;
    std::optional<KiB> shmemRssKb;
    // The resident set as one figure, where the line does not split it into anon/file/shmem
    // (OpenVZ's "rss:%lukB", Android's killers' "to free %ldkB [rss]"), and the swap it held
    // (OpenVZ "swap:%lukB", lmkd "%ldkB swap").
    std::optional<KiB> rssKb;
    std::optional<KiB> swapKb;
    std::optional<KiB> pgtablesKb;
    std::optional<int> oomScoreAdj;
    QString message; // "Out of memory", "Memory cgroup out of memory", ...
    bool groupMember = false; // killed because of memory.oom.group
    bool reaped = false;
    std::optional<KiB> reapedAnonRssKb; // what the reaper left behind
    std::optional<KiB> reapedFileRssKb;
    std::optional<KiB> reapedShmemRssKb;
    bool reapFailed = false; // "oom_reaper: unable to reap pid"
    LineSpan line;
    LineSpan reaperLine;
};

// "Kill process <pid> (<comm>) score <n> or sacrifice child" (2.6.32-5.0): the task the
// kernel selected, which may differ from the one it then killed.
struct Selection {
    std::optional<qint64> pid;
    QString comm;
    std::optional<qint64> score;
    QString message;
    LineSpan line;

    bool isPresent() const { return line.isValid(); }
};

} // namespace oom
