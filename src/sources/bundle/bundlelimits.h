// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QtGlobal>

namespace oom {

// The bounds of an `oomlens-cli collect` bundle, used both when it is written and when it
// is opened as a Root (archiveroot.h), so a bundle that was collected always loads whole.
// src/cli/COLLECT.md explains each value; the MANIFEST records the ones used.
struct BundleLimits {
    // Everything in the archive, counted before compression as content plus 512 bytes of
    // tar header per member: the archive can never be larger than this.
    qint64 maxTotalBytes = qint64(64) * 1024 * 1024;
    // One /proc, /sys or cgroup file. zoneinfo of a 512-CPU machine is about 2 MiB.
    qint64 maxFileBytes = qint64(4) * 1024 * 1024;
    // One /proc/<pid> file: cmdline may be up to ARG_MAX (2 MiB); the rest is tiny.
    qint64 maxProcessFileBytes = qint64(64) * 1024;
    qint64 maxKernelLogBytes = qint64(24) * 1024 * 1024;
    qint64 maxJournalBytes = qint64(8) * 1024 * 1024;
    int maxProcesses = 100000;
    int maxCgroups = 10000;
    int maxCgroupDepth = 32;
    // Wall-clock time for the whole collection; what is not read by then is recorded as
    // left out. A read the kernel blocks (a /proc/<pid>/cmdline behind a process holding
    // its mmap lock during an OOM) is abandoned after the deadline plus this grace.
    int maxSeconds = 30;
    int stuckReadGraceSeconds = 5;
};

} // namespace oom
