// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/keyedcounters.h"
#include "core/model/zoneinfo.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// The buddy allocator's free lists: /proc/buddyinfo and /proc/pagetypeinfo
// (docs/kernel-formats.md §3.1, §3.2), and how they join the zones of /proc/zoneinfo.
namespace oom::procparse {

struct BuddyInfoRow {
    int node = 0;
    QString zone;
    QList<qint64> freeBlocks; // per order; as many columns as the build has orders
};

// "Node 0, zone   Normal  12406   5473 ..." — the column count is not assumed (11 on
// x86, 14 on arm64 with 64 KiB pages).
QList<BuddyInfoRow> parseBuddyInfo(QByteArrayView text);

struct PageTypeFreeRow {
    int node = 0;
    QString zone;
    MigrateTypeFree free;
};

struct PageTypeBlocksRow {
    int node = 0;
    QString zone;
    KeyedCounters blocks; // migrate type -> pageblocks
};

struct PageTypeInfo {
    std::optional<int> pageblockOrder;
    std::optional<qint64> pagesPerBlock;
    QList<PageTypeFreeRow> free;
    QList<PageTypeBlocksRow> blocks; // "Number of blocks type"
    QList<PageTypeBlocksRow> mixedBlocks; // "Number of mixed blocks" (CONFIG_PAGE_OWNER)
};

// /proc/pagetypeinfo: the migrate-type columns come from the file's own header lines
// (the set and order changed in 4.4), and 5.4+ print ">100000" for capped counts.
PageTypeInfo parsePageTypeInfo(QByteArrayView text);

// Joins the free lists to the zones (by node and zone name). A zone the lists name but
// zoneinfo did not (zoneinfo unreadable) is appended with only its free lists.
void applyBuddyInfo(QList<ZoneInfo> &zones, const QList<BuddyInfoRow> &rows);
void applyPageTypeInfo(QList<ZoneInfo> &zones, const PageTypeInfo &info);

} // namespace oom::procparse
