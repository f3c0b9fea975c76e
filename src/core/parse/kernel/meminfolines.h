// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/meminfo.h"
#include "core/model/zone.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The Mem-Info block of show_mem()/show_free_areas() (docs/kernel-formats.md §1.5). It also
// follows "page allocation failure" warnings and SysRq-m, so these parsers know nothing
// about OOM.
namespace oom::meminfolines {

bool isMemInfoStart(QStringView text); // "Mem-Info:" ("Mem-info:" on 2.6.2x)
// Per-CPU pageset lines (<= 3.19): "Node 0 DMA per-cpu:", "CPU    0: hi: ...", "cpu 0 hot: ..."
bool isPerCpuLine(QStringView text);

// The global counter lines in pages: "active_anon:240853 inactive_anon:80389 ...",
// " free:3428 slab_reclaimable:2213 ...", 2.6.2x "Active:375022 inactive:201127 ...".
std::optional<QList<std::pair<QString, qint64>>> parseGlobalCounters(QStringView text);

// "Node 0 active_anon:5400496kB ... all_unreclaimable? no" (4.8+)
std::optional<NodeState> parseNodeLine(QStringView text);

bool isZoneName(QStringView name);
// "Node 0 Normal free:61900kB boost:0kB min:... all_unreclaimable? no" (no line span set)
std::optional<ZoneState> parseZoneLine(QStringView text);
// "lowmem_reserve[]: 0 3191 15659 15659" (pages)
std::optional<QList<qint64>> parseLowmemReserve(QStringView text);
// Numbers only: the tail of a lowmem_reserve line split off by another CPU's printk.
std::optional<QList<qint64>> parseNumbersOnly(QStringView text);

// "Node 0 Normal: 6676*4kB (UME) 2120*8kB (UE) ... = 62528kB"
std::optional<BuddyFreeList> parseBuddyLine(QStringView text);
// "3*4096kB (M) = 15360kB" or "0*2048kB 0*4096kB = 47560kB": the tail of a buddy line
// that another CPU's printk split off; its orders continue the previous line.
std::optional<BuddyFreeList> parseBuddyContinuation(QStringView text);

// "Node 0 hugepages_total=360 hugepages_free=360 hugepages_surp=0 hugepages_size=1048576kB"
std::optional<HugepagePool> parseHugepages(QStringView text);

// The lines between the buddy lists and the task dump: page cache, swap cache, swap,
// RAM summary ("N pages RAM", 2.6.2x "N pages of RAM", "N reserved pages", ...).
enum class SummaryField {
    PagecachePages,
    SwapCachePages,
    FreeSwapKb,
    TotalSwapKb,
    RamPages,
    HighmemPages,
    ReservedPages,
    CmaReservedPages,
    SharedPages,
    NonSharedPages,
    HwpoisonedPages,
    Other,
};
struct SummaryLine {
    SummaryField field = SummaryField::Other;
    qint64 value = 0;
};
std::optional<SummaryLine> parseSummaryLine(QStringView text);

bool isSlabDumpStart(QStringView text); // "Unreclaimable slab info:"
// "kmalloc-4096           215632KB     215680KB" (the "Name Used Total" header is no row)
std::optional<SlabCache> parseSlabRow(QStringView text);
bool isSlabHeader(QStringView text);

} // namespace oom::meminfolines
