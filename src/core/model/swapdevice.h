// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/units.h"

#include <QString>

namespace oom {

// One row of /proc/swaps (mm/swapfile.c swap_show). Size and Used are printed in kB.
struct SwapDevice {
    QString filename; // octal escapes ("\040" for a space) already decoded
    QString type; // "partition", "file"
    KiB size;
    KiB used;
    int priority = 0;

    bool operator==(const SwapDevice &) const = default;
};

} // namespace oom
