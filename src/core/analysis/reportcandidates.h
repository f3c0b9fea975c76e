// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/badness.h"

#include <QList>
#include <QSet>
#include <QString>

// The bridge from a report's task table to the badness formula: the page size the
// table's page counts are in, and one RankCandidate per row (docs/kernel-formats.md §2.8 step 3).
namespace oom {

struct OomEvent;

enum class PageSizeSource {
    Report, // the buddy lists or hugepages lines (the parser's detection)
    KillLine, // the victim's anon+file+shmem kB over its rss pages in the table
    MemcgUsage, // the memcg's usage kB over the table's summed rss pages
    Assumed, // nothing tells: 4 kB (x86) assumed
};

struct PageSize {
    qint64 kb = 4;
    PageSizeSource source = PageSizeSource::Assumed;
    QString how; // for the UI
};

// arm64/ppc64/loongarch kernels run 16 and 64 kB pages and sparc64 8 kB; pgtables_bytes /
// PAGE_SIZE and every memcg limit in pages depend on it.
PageSize pageSizeOf(const OomEvent &event);

// One candidate per task-table row, in table order (= the kernel's walk order). Rows whose
// pid is in `alreadyReaped` are marked as such (an earlier kill took them).
QList<RankCandidate> candidatesFromReport(const OomEvent &event, qint64 pageSizeKb,
                                          const QSet<qint64> &alreadyReaped = {});

} // namespace oom
