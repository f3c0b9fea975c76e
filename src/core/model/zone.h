// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"
#include "core/model/units.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace oom {

// A zone line of Mem-Info: "Node 0 Normal free:61900kB boost:0kB min:... present:... ..."
// The field set changes with nearly every release, so fields are kept as printed (kB);
// the well-known ones have accessors.
struct ZoneState {
    std::optional<int> node; // only on CONFIG_NUMA kernels
    QString name; // DMA, DMA32, Normal, HighMem, Movable, Device
    QList<std::pair<QString, qint64>> fieldsKb;
    std::optional<bool> allUnreclaimable;
    std::optional<Pages> pagesScanned;
    QList<Pages> lowmemReserve; // one per zone index
    LineSpan line;
    LineSpan lowmemReserveLine;

    std::optional<KiB> fieldKb(const QString &key) const;
};

struct BuddyOrder {
    qint64 count = 0;
    KiB blockKb; // size of one block of this order
    QString migrateTypes; // letters as printed: "UME"
};

// A buddy free-list line: "Node 0 Normal: 6676*4kB (UME) 2120*8kB (UE) ... = 62528kB"
struct BuddyFreeList {
    std::optional<int> node;
    QString zone;
    QList<BuddyOrder> orders;
    std::optional<KiB> totalKb; // the printed total; nullopt when the line was cut
    LineSpan line;
};

} // namespace oom
