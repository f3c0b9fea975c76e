// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/memorybreakdown.h"
#include "core/analysis/watermarkcheck.h"
#include "core/model/cause.h"
#include "core/model/oomevent.h"

#include <QList>

#include <optional>

// The facts the cause rules share, computed once per event, and the rules themselves.
namespace oom::causes {

struct Facts {
    const OomEvent &event;
    std::optional<watermark::Result> watermarks;
    std::optional<breakdown::Breakdown> ram;
    std::optional<breakdown::Breakdown> memcg;
    KiB pageSize = AssumedPageSize; // told by the report, else assumed
    bool isMemcg = false; // the limit of a memory cgroup was hit
    bool isNodeConstrained = false; // cpuset or mempolicy
    bool onlyUnitResult = false; // systemd's word only: no kernel report to judge by
    std::optional<qint64> ramKb; // for "share of RAM" thresholds

    explicit Facts(const OomEvent &e);
};

// A cause with its confidence (0-100) for ordering.
struct Finding {
    Cause cause;
    int confidence = 0;
};

// Each rule appends zero or more findings.
void killerRules(const Facts &facts, QList<Finding> &out); // sysrq, panic, userspace killers
void limitRules(const Facts &facts, QList<Finding> &out); // memcg, kmem, host, node
void pressureRules(const Facts &facts, QList<Finding> &out); // swap, fragmentation, lowmem
void consumerRules(const Facts &facts, QList<Finding> &out); // slab, shmem, hugetlb, thp, forks
void rankingRules(const Facts &facts, QList<Finding> &out); // oom_score_adj shield
// When no rule found anything: "undetermined", naming the facts that were checked, so an
// incident never ends without a cause.
void undeterminedRule(const Facts &facts, QList<Finding> &out);

} // namespace oom::causes
