// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"
#include "core/model/units.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace oom {

// One "memory:", "memory+swap:", "kmem:" or "swap:" counter line of a memcg report.
struct MemcgCounter {
    std::optional<KiB> usageKb;
    std::optional<KiB> limitKb; // nullopt together with unlimited = true for the sentinels
    bool unlimited = false; // limit >= 2^52 kB: the kernel prints a sentinel, not "max"
    std::optional<qint64> failcnt;
    LineSpan line;

    bool isPresent() const { return line.isValid(); }
};

// "Memory cgroup stats for <path>:" with its key/value body. 3.9-5.2 print one inline line
// per memcg of the subtree (values in KB), 5.3+ one multi-line memory.stat dump (bytes).
struct MemcgStatBlock {
    QString cgroup;
    QList<std::pair<QString, qint64>> values; // as printed, in order
    bool valuesInBytes = false; // memory.stat body (5.3+) vs " key:NKB" (3.9-5.2)
    LineSpan lines;

    std::optional<KiB> valueKb(const QString &key) const; // converted from bytes if need be
};

struct MemcgState {
    QString oomCgroup; // the memcg whose limit was hit ("limit of", "oom_memcg=")
    QString taskCgroup; // the victim's memcg ("Task in", "task_memcg=")
    bool hostLimit = false; // vendor kernels print "... limit of host" for a global OOM
    MemcgCounter memory;
    MemcgCounter memsw; // memory+swap (v1)
    MemcgCounter kmem; // v1
    MemcgCounter swap; // v2, 5.3+
    QList<MemcgStatBlock> stats;
    LineSpan lines;

    bool isPresent() const { return lines.isValid(); }
};

} // namespace oom
