// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/units.h"

namespace oom {

// A cgroup memory limit or protection as read from its file. cgroup v2 prints "max" for
// no limit; v1 prints a huge sentinel that changed across releases
// (9223372036854771712 = PAGE_COUNTER_MAX·4096 since 3.19, 9223372036854775807 on 2.6.3x,
// 18446744073709551615 on 3.1x). Both read as unlimited; a value that is unknown
// (unreadable, absent on this kernel) is a std::optional<MemoryLimit> without a value.
struct MemoryLimit {
    bool unlimited = false;
    Bytes bytes; // meaningful only when !unlimited

    static MemoryLimit none() { return {true, Bytes()}; }
    static MemoryLimit of(Bytes b) { return {false, b}; }
    bool operator==(const MemoryLimit &) const = default;
};

} // namespace oom
