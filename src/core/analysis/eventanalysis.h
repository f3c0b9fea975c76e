// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/memorybreakdown.h"
#include "core/analysis/victimranking.h"
#include "core/analysis/watermarkcheck.h"
#include "core/model/linespan.h"

#include <QList>
#include <QString>

#include <optional>

// Everything the analysis layer says about one incident beyond its causes: the kernel's
// victim ranking (and a what-if variation of it), the zones against their watermarks for
// the allocation that failed, the fragmentation of each zone at that order, and where the
// memory went. Computed once per event, here, and shown by every report writer.
namespace oom {

struct OomEvent;

// One zone's free lists at the order of the failed allocation (docs/kernel-formats.md §3.11).
struct ZoneFragmentation {
    std::optional<int> node;
    QString zone;
    std::optional<int> order; // the failed allocation's; nullopt when the report has none
    qint64 freePages = 0;
    std::optional<int> largestFreeOrder; // nullopt when nothing is free
    // The kernel's indices in thousandths (mm/vmstat.c); nullopt without an order.
    std::optional<int> unusableIndex;
    std::optional<int> fragmentationIndex;
    LineSpan line; // the buddy line
};

struct EventAnalysis {
    std::optional<RankingResult> ranking; // kernel OOM reports only
    // The ranking with AnalysisOptions::whatIf applied: kernel OOM reports with a task table.
    std::optional<RankingResult> whatIf;
    QList<WhatIfChange> whatIfChanges; // the changes the what-if applied
    std::optional<watermark::Result> watermarks;
    QList<ZoneFragmentation> fragmentation; // one per buddy line
    std::optional<breakdown::Breakdown> ram;
    std::optional<breakdown::Breakdown> memcg;
};

struct AnalysisOptions {
    QList<WhatIfChange> whatIf; // empty: no what-if ranking
};

// One event alone. `context` carries what earlier reports tell (already reaped victims);
// analyzeEvents() fills it from the session.
EventAnalysis analyzeEvent(const OomEvent &event, const RankOptions &context = {},
                           const AnalysisOptions &options = {});
// Every event of a session, in order, each with the context of the ones before it
// (rankReports()). The result has one element per event.
QList<EventAnalysis> analyzeEvents(const QList<OomEvent> &events,
                                   const AnalysisOptions &options = {});

QList<ZoneFragmentation> fragmentationOf(const OomEvent &event);

// What the watermark check of zone `index` of `result` rests on: free and min from its zone
// line, the reserve from its lowmem_reserve line (excerpts often drop it). A zone's reserve
// against its own index is 0 in every kernel, so the zone the gfp mask names needs no such
// line.
struct ZoneCheckInputs {
    bool free = false;
    bool min = false;
    bool reserve = false;
    bool complete() const { return free && min && reserve; }
};
ZoneCheckInputs zoneCheckInputs(const OomEvent &event, const watermark::Result &result,
                                qsizetype index);
// The verdict where the report makes it certain: a zone that fails without its unknown
// reserve fails with it too, one that passes might not. nullopt when uncertain.
std::optional<bool> zonePasses(const OomEvent &event, const watermark::Result &result,
                               qsizetype index);
// Whether a zone the allocation may use passes: nullopt when none surely does and some
// might.
std::optional<bool> anyZonePasses(const OomEvent &event, const watermark::Result &result);

} // namespace oom
