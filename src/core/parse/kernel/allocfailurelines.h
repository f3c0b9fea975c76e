// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Allocation failures that warn instead of invoking the OOM killer (§1.11): the page
// allocator's warn_alloc() and the slab allocators' out-of-memory report. Functions take
// the message text of one record.
namespace oom {

// "<comm>: page allocation failure: order:%u, mode:%#x(%pGg), nodemask=%*pbl,cpuset=%s,
// mems_allowed=%*pbl" as it grew: 2.6.x "page allocation failure. order:1, mode:0x20"
// (a full stop), 2.6.3x-4.4 ": order:%d, mode:0x%x", 4.5 the symbolic flags in
// parentheses, 4.12 ", nodemask=", later ",cpuset=...,mems_allowed=..." from
// cpuset_print_current_mems_allowed(). warn_alloc()'s vmalloc callers share the tail:
// "vmalloc: allocation failure: %lu bytes" (4.x) and "vmalloc error: size %lu, ..." (5.13+).
struct AllocFailure {
    QString comm; // may contain spaces and colons ("C1 CompilerThre", "kworker/u8:2")
    QString what; // "page allocation failure", or the vmalloc wording as printed
    bool vmalloc = false;
    std::optional<int> order; // vmalloc errors print "page order N" when they know it
    std::optional<qint64> vmallocBytes;
    QString gfpMask; // "0x16040c0"
    QStringList gfpFlags; // "GFP_KERNEL", "__GFP_COMP" (4.5+)
    QString nodemask; // "(null)" or a node list (4.12+)
    QString cpuset;
    QString memsAllowed;
};
std::optional<AllocFailure> parseAllocFailure(QStringView text);

// One node line of a slab failure: "node 0: slabs: 209, objs: 209, free: 8" (SLUB) or
// "node 0: slabs: 3/10, objs: 40/160, free: 0" (SLAB: active/total).
struct SlabNodeUsage {
    int node = 0;
    std::optional<qint64> slabs;
    std::optional<qint64> totalSlabs; // SLAB only
    std::optional<qint64> objects;
    std::optional<qint64> totalObjects; // SLAB only
    std::optional<qint64> free;
};

// "SLUB: Unable to allocate memory on node -1, gfp=0xa20(GFP_ATOMIC)" (4.5+; "(gfp=0x20)"
// before), the SLAB allocator's "SLAB: Unable to allocate memory on node %d, gfp=...",
// then "cache: ext4_io_end, object size: 64, buffer size: 64, default order: 0, min order:
// 0" (SLAB: "cache: %s, object size: %d, order: %d"), an optional "<cache> debugging
// increased min order, use slub_debug=O to disable." and one node line per node.
struct SlabAllocFailure {
    QString allocator; // "SLUB" or "SLAB"
    std::optional<int> node; // -1 = any node
    QString gfpMask;
    QStringList gfpFlags;
    QString cache;
    std::optional<qint64> objectSize;
    std::optional<qint64> bufferSize;
    std::optional<int> defaultOrder; // SLAB: its only order
    std::optional<int> minOrder;
    bool debugIncreasedMinOrder = false;
    QList<SlabNodeUsage> nodes;
};
std::optional<SlabAllocFailure> parseSlabAllocFailure(QStringView text);
// Adds a "cache:", debug or "node N:" line to `failure`; false for any other line.
bool applySlabAllocFailureLine(QStringView text, SlabAllocFailure &failure);

} // namespace oom
