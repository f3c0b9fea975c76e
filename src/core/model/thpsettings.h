// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/keyedcounters.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace oom {

// A sysfs multiple-choice file such as transparent_hugepage/enabled:
// "always [madvise] never" — the bracketed word is the active choice.
struct ThpChoice {
    QString selected; // empty when no word is bracketed
    QStringList choices; // every word, in file order, without brackets

    bool isKnown() const { return !selected.isEmpty(); }
    bool operator==(const ThpChoice &) const = default;
};

// /sys/kernel/mm/transparent_hugepage/. THP matters to OOM analysis because khugepaged
// raises min_free_kbytes and because order-9 allocations fail on fragmented zones.
struct ThpSettings {
    std::optional<ThpChoice> enabled;
    std::optional<ThpChoice> defrag;
    std::optional<ThpChoice> shmemEnabled;
    std::optional<bool> useZeroPage;
    std::optional<qint64> hpagePmdSizeBytes;
    // khugepaged/{defrag,pages_to_scan,max_ptes_none,...}: plain integers
    KeyedCounters khugepaged;
    // hugepages-<size>kB/enabled (mTHP, 6.8+): "always inherit madvise [never]"
    QList<std::pair<QString, ThpChoice>> perSize;

    bool isEmpty() const { return !enabled && !defrag && !shmemEnabled && perSize.isEmpty(); }
};

} // namespace oom
