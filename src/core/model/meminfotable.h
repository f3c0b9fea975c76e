// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/keyedcounters.h"
#include "core/model/units.h"

#include <QStringView>

#include <optional>

namespace oom {

// /proc/meminfo or /sys/devices/system/node/nodeN/meminfo. Most lines are "Key: N kB";
// the HugePages_Total/Free/Rsvd/Surp lines (and the per-node HugePages_* lines) are page
// counts without a unit, so the two kinds are kept apart and never mixed.
struct MemInfoTable {
    KeyedCounters kb; // lines that end in "kB", in file order
    KeyedCounters counts; // lines without a unit (HugePages_*)

    std::optional<KiB> kib(QStringView key) const
    {
        if (const auto v = kb.value(key))
            return KiB(*v);
        return std::nullopt;
    }
    std::optional<qint64> count(QStringView key) const { return counts.value(key); }
    bool isEmpty() const { return kb.isEmpty() && counts.isEmpty(); }

    bool operator==(const MemInfoTable &) const = default;
};

} // namespace oom
