// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/cgroup.h"
#include "core/model/keyedcounters.h"
#include "core/model/memorylimit.h"

#include <QByteArrayView>

#include <optional>

// cgroup memory controller files, v2 and v1 (docs/kernel-formats.md §3.7–3.9).
namespace oom::cgroupparse {

// A limit or protection file: v2 "max" or a byte count (memory.max, .high, .low, .min,
// .swap.max); v1 a byte count where the "unlimited" sentinels (anything at or above
// 2^62, e.g. 9223372036854771712) read as unlimited. nullopt when malformed.
std::optional<MemoryLimit> parseLimit(QByteArrayView text);

// A usage file (memory.current, memory.usage_in_bytes, ...): one byte count.
std::optional<Bytes> parseBytes(QByteArrayView text);

// One count (memory.failcnt, memory.swappiness).
std::optional<qint64> parseCount(QByteArrayView text);

// "0" / "1" (memory.oom.group, memory.use_hierarchy).
std::optional<bool> parseFlag(QByteArrayView text);

// Flat keyed files, "key value" per line: memory.events(.local), memory.swap.events,
// memory.stat in both layouts (v2: anon, file, ..., pgfault; v1: cache, rss, ...,
// hierarchical_memory_limit, total_*). Values as printed (bytes or counts).
KeyedCounters parseFlatKeyed(QByteArrayView text);

// memory.oom_control (v1): "oom_kill_disable 0", "under_oom 0", "oom_kill 0" (4.13+).
CgroupV1OomControl parseOomControl(QByteArrayView text);

// cpuset.mems and friends: the list as printed, without the newline; nullopt when it is
// not a node list.
std::optional<QString> parseNodeListText(QByteArrayView text);

} // namespace oom::cgroupparse
