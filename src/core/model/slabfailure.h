// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"
#include "core/model/units.h"

#include <QString>

#include <optional>

namespace oom {

// "SLUB: Unable to allocate memory on node -1, gfp=0xa20(GFP_ATOMIC)" and its cache line:
// the slab allocator could not get pages for a cache. Kept with the allocation failure
// it belongs to.
struct SlabFailure {
    QString allocator; // "SLUB", "SLAB"
    QString gfpMask;
    QString cache;
    std::optional<Bytes> objectSize;
    std::optional<int> minOrder;
    LineSpan lines;
};

} // namespace oom
