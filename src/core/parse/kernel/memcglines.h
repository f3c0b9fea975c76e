// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/memcgstate.h"
#include "core/model/units.h"

#include <QString>
#include <QStringView>

#include <optional>

// The memory-cgroup part of a kernel OOM report (docs/kernel-formats.md §1.4).
namespace oom::memcglines {

struct TaskInLine {
    QString taskCgroup;
    QString oomCgroup; // "host" on vendor kernels for a global OOM
};
// "Task in <task memcg> killed as a result of limit of <oom memcg>" (2.6.30-4.20)
std::optional<TaskInLine> parseTaskIn(QStringView text);
// "Memory limit reached of cgroup <path>" (4.1-4.20, no victim)
std::optional<QString> parseLimitReached(QStringView text);

enum class CounterKind { Memory, MemorySwap, Kmem, Swap };
struct CounterLine {
    CounterKind kind = CounterKind::Memory;
    MemcgCounter counter; // without the line span
};
// "memory: usage 51200kB, limit 51200kB, failcnt 412" and the memory+swap/kmem/swap forms
std::optional<CounterLine> parseCounter(QStringView text);

struct StatsHeader {
    QString cgroup;
    QStringView inlineBody; // 3.9-5.2 " cache:0KB rss:44KB ..." on the same line
};
// "Memory cgroup stats for <path>:" with or without the inline body
std::optional<StatsHeader> parseStatsHeader(QStringView text);
// The inline " key:NKB" pairs of 3.9-5.2
QList<std::pair<QString, qint64>> parseInlineStats(QStringView body);
// One "key value" line of a memory.stat dump (5.3+), e.g. "anon 314535936"
std::optional<std::pair<QString, qint64>> parseStatBodyLine(QStringView text);

struct ProtectionLine {
    KiB minKb;
    KiB lowKb;
};
// 6.19: "Memory cgroup min protection 0kB -- low protection 0kB"
std::optional<ProtectionLine> parseProtection(QStringView text);

// The kernel's "unlimited" sentinels (9007199254740988kB, 18014398509481983kB, ...):
// anything >= 2^52 kB is no limit at all.
bool isUnlimitedKb(qint64 kb);

} // namespace oom::memcglines
