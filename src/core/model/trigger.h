// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/linespan.h"

#include <QString>
#include <QStringList>

#include "core/model/enums.h"

#include <optional>

namespace oom {

// The allocating task and its request: "<comm> invoked oom-killer: gfp_mask=..., order=..."
// plus what the cpuset line and the stack-dump header add.
struct TriggerInfo {
    QString comm;
    std::optional<qint64> pid; // from the stack dump header
    std::optional<qint64> uid; // 6.12+ stack dump header "UID:"
    QString gfpMask; // as printed, e.g. "0xcc0"; may be masked by the author ("0x62****")
    QStringList gfpFlags; // symbolic list, 4.5+ ("GFP_KERNEL", "__GFP_ZERO")
    std::optional<int> order; // -1 = SysRq-f
    std::optional<int> oomScoreAdj;
    std::optional<int> oomAdj; // <= 3.6 "oom_adj=" / <= 2.6.31 "oomkilladj="
    QString nodemask; // "(null)" or a node list; header on 4.9-4.20, summary line on 5.0+
    QString cpuset; // cgroup name of current's cpuset
    QString memsAllowed; // node list
    OomPath path = OomPath::Unknown;
    bool compactionDisabled = false; // "COMPACTION is disabled!!!" (4.9+)
    QStringList callTrace; // function names, innermost first
    LineSpan headerLine;
    LineSpan stackLines;
};

} // namespace oom
