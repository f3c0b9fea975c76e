// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/processfields.h"
#include "core/model/units.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace oom {

// One line of /proc/<pid>/cgroup: "hierarchy-ID:controller-list:path". The v2 line is
// "0::/path"; on v1 and hybrid systems one line per hierarchy.
struct ProcessCgroup {
    int hierarchyId = 0;
    QString controllers; // "memory", "cpu,cpuacct", "name=systemd"; empty for v2
    QString path;

    bool isUnified() const { return hierarchyId == 0 && controllers.isEmpty(); }
    bool operator==(const ProcessCgroup &) const = default;
};

// A process as /proc/<pid> shows it at one moment. Only the files of `fieldsRead` were
// read; a value those files did not give stays unknown, and `fieldsDenied` says which
// files the kernel refused (EACCES), so a view can say "unknown: permission denied".
// For kernel threads only stat and status are read (the OOM killer never considers them).
struct ProcessInfo {
    qint64 pid = 0;
    std::optional<qint64> ppid;
    QString comm; // task->comm (15 bytes max), from stat or else status "Name:"
    char state = 0; // R, S, D, Z, T, t, X, I; 0 when unknown
    std::optional<qint64> uid; // real uid, as the kernel's OOM task dump prints it
    std::optional<qint64> threads;
    bool kernelThread = false; // PF_KTHREAD in stat flags (or "Kthread: 1", 6.x status)

    // /proc/<pid>/status; kernel threads have no mm and print none of these
    std::optional<KiB> vmSize;
    std::optional<KiB> vmRss;
    std::optional<KiB> rssAnon; // 4.5+
    std::optional<KiB> rssFile;
    std::optional<KiB> rssShmem;
    std::optional<KiB> vmSwap;
    std::optional<KiB> vmPte;
    // /proc/<pid>/stat: rss in pages (field 24), used when status was not read
    std::optional<Pages> rssPages;

    std::optional<int> oomScore; // 0..2000 on 5.9+ (signed badness + 1000 scale), 0..1000 before
    std::optional<int> oomScoreAdj; // -1000..1000

    QList<ProcessCgroup> cgroups; // the unified line and the v1 memory and cpuset lines
    QStringList cmdline; // arguments; empty for kernel threads and zombies
    bool cmdlineTruncated = false; // longer than the read limit
    std::optional<qint64> startTimeTicks; // stat field 22: clock ticks after boot

    // smaps_rollup (4.14+), read only when asked for
    std::optional<KiB> pss;
    std::optional<KiB> pssAnon; // 5.7+
    std::optional<KiB> pssFile;
    std::optional<KiB> pssShmem;
    std::optional<KiB> swapPss;

    ProcessFields fieldsRead;
    ProcessFields fieldsDenied;

    // The path in the hierarchy that holds the memory controller: the v1 "memory" line,
    // else the unified line; empty when /proc/<pid>/cgroup was not read.
    QString memoryCgroup() const;
    QString unifiedCgroup() const;
    QString cpusetCgroup() const;
};

} // namespace oom
