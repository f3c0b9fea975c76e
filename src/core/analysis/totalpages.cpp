// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/totalpages.h"

#include "core/model/oomevent.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

class TotalPagesText
{
    Q_DECLARE_TR_FUNCTIONS(TotalPagesText)
};

bool isMemcgMessage(const QString &message)
{
    return message.startsWith(u"Memory cgroup"_s);
}

// Total swap: printed in Mem-Info (global OOMs; memcg OOMs only up to 3.8). Memcg
// reports since 3.9 omit it.
struct SwapTotal {
    qint64 kb = 0;
    bool known = false;
};
SwapTotal swapTotal(const OomEvent &event)
{
    if (event.swap.totalKb)
        return {event.swap.totalKb->value, true};
    return {};
}

bool tasksHaveSwap(const OomEvent &event)
{
    return std::any_of(event.tasks.cbegin(), event.tasks.cend(), [](const TaskRow &row) {
        return orZero(row.swapents) > Pages(0);
    });
}

std::optional<TotalPages> global(const OomEvent &event, qint64 pageKb, QString *missing)
{
    TotalPages t;
    t.constraint = OomConstraint::None;
    const SwapTotal swap = swapTotal(event);
    if (!swap.known) {
        t.assumptions.append(
            TotalPagesText::tr("The report does not print the total swap; 0 was assumed."));
        t.exact = false;
    }
    const MemInfoState &m = event.meminfo;
    if (m.ramPages && m.reservedPages) {
        // show_mem() sums present pages and present - managed, so RAM - reserved is
        // Σ managed = totalram_pages.
        t.pages = globalTotalPages(m.ramPages->value, m.reservedPages->value, swap.kb, pageKb);
        t.formula =
            TotalPagesText::tr("%1 pages RAM − %2 pages reserved + %3 kB swap ÷ %4 kB = %5 pages")
                .arg(m.ramPages->value)
                .arg(m.reservedPages->value)
                .arg(swap.kb)
                .arg(pageKb)
                .arg(t.pages);
        return t;
    }
    // No RAM summary: Σ managed of the zone lines (3.8+), or present before managed existed.
    KiB managedKb;
    bool usedPresent = false;
    for (const ZoneState &zone : event.zones) {
        if (const auto managed = zone.fieldKb(u"managed"_s)) {
            managedKb += *managed;
        } else if (const auto present = zone.fieldKb(u"present"_s)) {
            managedKb += *present;
            usedPresent = true;
        }
    }
    if (managedKb == KiB(0)) {
        if (missing)
            *missing = TotalPagesText::tr("The report has neither the RAM summary nor zone sizes.");
        return std::nullopt;
    }
    t.pages = managedKb.value / pageKb + swap.kb / pageKb;
    t.formula =
        TotalPagesText::tr("Σ managed of the zones %1 kB ÷ %2 kB + %3 kB swap ÷ %2 kB = %4 pages")
            .arg(managedKb.value)
            .arg(pageKb)
            .arg(swap.kb)
            .arg(t.pages);
    t.exact = false;
    t.assumptions.append(
        TotalPagesText::tr("Without the RAM summary the zones printed were summed; zones the "
                           "report filtered out are missing."));
    if (usedPresent)
        t.assumptions.append(
            TotalPagesText::tr("Zones without managed: (before 3.8) counted with present:, which "
                               "includes reserved pages."));
    return t;
}

std::optional<TotalPages> memcg(const OomEvent &event, qint64 pageKb, QString *missing)
{
    const MemcgState &m = event.memcg;
    if (!m.memory.isPresent() || (!m.memory.limitKb && !m.memory.unlimited)) {
        if (missing)
            *missing = TotalPagesText::tr(
                "The memcg report's memory: line (the limit) is not in the log.");
        return std::nullopt;
    }
    if (m.memory.unlimited) {
        if (missing)
            *missing = TotalPagesText::tr("The OOMing memcg prints no memory limit.");
        return std::nullopt;
    }
    TotalPages t;
    t.constraint = OomConstraint::Memcg;
    const qint64 limitKb = m.memory.limitKb->value; // the formula below counts plain kB
    const SwapTotal swap = swapTotal(event);
    // Whether the memcg may swap at all is memory.swappiness (v1) — not in the report;
    // the default 60 is assumed. Only the swap term depends on it. (2.6.36 added
    // total_swap_pages, in pages, to the limit in bytes — a unit slip that made swap
    // count for almost nothing there; not modelled.)
    const bool v2 = m.swap.isPresent();
    std::optional<qint64> swapLimitKb;
    if (v2 && !m.swap.unlimited)
        swapLimitKb = valueOf(m.swap.limitKb);
    else if (!v2 && m.memsw.isPresent() && !m.memsw.unlimited && m.memsw.limitKb)
        swapLimitKb = m.memsw.limitKb->value - limitKb;
    const bool swapTermZero = swapLimitKb && *swapLimitKb <= 0;
    if (!swap.known && !swapTermZero) {
        t.exact = false;
        t.assumptions.append(TotalPagesText::tr(
            "Memcg reports since 3.9 do not print the total swap; 0 was assumed."));
        if (tasksHaveSwap(event))
            t.assumptions.append(
                TotalPagesText::tr("Tasks of this memcg have swap entries, so the machine has "
                                   "swap: the real totalpages is larger."));
    }
    if (!swapTermZero && swap.known && swap.kb > 0)
        t.assumptions.append(TotalPagesText::tr(
            "memory.swappiness is not in the report; a non-zero value (the default) was assumed."));
    if (v2) {
        t.pages = memcgV2TotalPages(limitKb, swapLimitKb, swap.kb, pageKb);
        t.formula =
            TotalPagesText::tr(
                "memory.max %1 kB + min(swap.max %2, total swap %3 kB), ÷ %4 kB = %5 pages")
                .arg(limitKb)
                .arg(swapLimitKb ? u"%1 kB"_s.arg(*swapLimitKb) : TotalPagesText::tr("unlimited"))
                .arg(swap.kb)
                .arg(pageKb)
                .arg(t.pages);
    } else {
        const std::optional<qint64> memsw =
            m.memsw.isPresent() && !m.memsw.unlimited ? valueOf(m.memsw.limitKb) : std::nullopt;
        t.pages = memcgV1TotalPages(limitKb, memsw, swap.kb, pageKb);
        t.formula =
            TotalPagesText::tr(
                "memory limit %1 kB + min(memory+swap limit − memory limit %2, total swap %3 kB), "
                "÷ %4 kB = %5 pages")
                .arg(limitKb)
                .arg(swapLimitKb ? u"%1 kB"_s.arg(*swapLimitKb) : TotalPagesText::tr("unlimited"))
                .arg(swap.kb)
                .arg(pageKb)
                .arg(t.pages);
        if (!m.memsw.isPresent())
            t.assumptions.append(TotalPagesText::tr(
                "The memory+swap line is not in the log; no memory+swap limit was assumed."));
    }
    return t;
}

std::optional<TotalPages> nodes(const OomEvent &event, OomConstraint constraint, qint64 pageKb,
                                QString *missing)
{
    const QString &list =
        constraint == OomConstraint::Cpuset ? event.trigger.memsAllowed : event.trigger.nodemask;
    const auto allowed = parseNodeList(list);
    const bool numaZones =
        std::any_of(event.zones.cbegin(), event.zones.cend(), [](const ZoneState &z) {
            return z.node.has_value();
        });
    if (!allowed || !numaZones) {
        if (missing)
            *missing = constraint == OomConstraint::Cpuset
                ? TotalPagesText::tr(
                    "The cpuset's nodes (mems_allowed) or the zone sizes per node are not in the "
                    "log.")
                : TotalPagesText::tr(
                    "The allocation's nodemask or the zone sizes per node are not in the log.");
        return std::nullopt;
    }
    KiB presentKb;
    QList<int> seen;
    for (const ZoneState &zone : event.zones) {
        if (!zone.node || !allowed->contains(*zone.node))
            continue;
        if (const auto present = zone.fieldKb(u"present"_s)) {
            presentKb += *present;
            if (!seen.contains(*zone.node))
                seen.append(*zone.node);
        }
    }
    if (presentKb == KiB(0)) {
        if (missing)
            *missing =
                TotalPagesText::tr("No zone of the allowed nodes %1 is in the log.").arg(list);
        return std::nullopt;
    }
    TotalPages t;
    t.constraint = constraint;
    const SwapTotal swap = swapTotal(event);
    t.pages = presentKb.value / pageKb + swap.kb / pageKb;
    t.formula =
        TotalPagesText::tr(
            "Σ present of the zones of nodes %1: %2 kB ÷ %3 kB + %4 kB swap ÷ %3 kB = %5 pages")
            .arg(list)
            .arg(presentKb.value)
            .arg(pageKb)
            .arg(swap.kb)
            .arg(t.pages);
    // node_spanned_pages up to 5.3 (holes included), node_present_pages from 5.4-5.8.
    t.exact = false;
    t.assumptions.append(
        TotalPagesText::tr("Kernels up to 5.3 count the spanned pages of each node (holes "
                           "included); present pages were used."));
    if (seen.size() < allowed->size())
        t.assumptions.append(
            TotalPagesText::tr("Some allowed nodes print no zone line; they were not counted."));
    if (!swap.known)
        t.assumptions.append(
            TotalPagesText::tr("The report does not print the total swap; 0 was assumed."));
    return t;
}

} // namespace

QString constraintId(OomConstraint constraint)
{
    switch (constraint) {
    case OomConstraint::None: return u"CONSTRAINT_NONE"_s;
    case OomConstraint::Cpuset: return u"CONSTRAINT_CPUSET"_s;
    case OomConstraint::MemoryPolicy: return u"CONSTRAINT_MEMORY_POLICY"_s;
    case OomConstraint::Memcg: return u"CONSTRAINT_MEMCG"_s;
    }
    return {};
}

ConstraintInfo constraintOf(const OomEvent &event)
{
    ConstraintInfo info;
    if (event.constraint && !event.constraint->isEmpty()) {
        info.printed = true;
        const QString &c = *event.constraint;
        if (c == u"CONSTRAINT_MEMCG"_s)
            info.constraint = OomConstraint::Memcg;
        else if (c == u"CONSTRAINT_CPUSET"_s)
            info.constraint = OomConstraint::Cpuset;
        else if (c == u"CONSTRAINT_MEMORY_POLICY"_s)
            info.constraint = OomConstraint::MemoryPolicy;
        else if (c == u"CONSTRAINT_NONE"_s)
            info.constraint = OomConstraint::None;
        else
            // Out-of-tree BPF OOM patches add constraints with their own totalpages.
            info.reason = TotalPagesText::tr(
                              "%1 is not a mainline constraint; the global totalpages was used.")
                              .arg(c);
        return info;
    }
    // Before 5.0 (and on RHEL 7's "oom-kill:,cpuset=" backport) the constraint is not
    // printed. A memcg report (limit lines, "Memory cgroup out of memory") is a memcg OOM;
    // cpuset and mempolicy OOMs cannot be told from global ones.
    const bool memcgMessage = isMemcgMessage(event.selection.message)
        || std::any_of(event.victims.cbegin(), event.victims.cend(), [](const Victim &v) {
                                  return isMemcgMessage(v.message);
                              });
    const bool memcgReport = event.memcg.isPresent() && !event.memcg.hostLimit
        && (event.memcg.memory.isPresent() || !event.memcg.oomCgroup.isEmpty());
    if (memcgMessage || event.trigger.path == OomPath::Memcg || memcgReport) {
        info.constraint = OomConstraint::Memcg;
        info.reason = TotalPagesText::tr(
            "The constraint is not printed; the memcg report makes it a memcg OOM.");
    } else {
        info.constraint = OomConstraint::None;
        info.reason = TotalPagesText::tr(
            "The constraint is not printed (before 5.0); a global OOM was assumed (cpuset and "
            "mempolicy OOMs look the same).");
    }
    return info;
}

qint64 globalTotalPages(qint64 ramPages, qint64 reservedPages, qint64 swapTotalKb,
                        qint64 pageSizeKb)
{
    return ramPages - reservedPages + swapTotalKb / pageSizeKb;
}

qint64 memcgV1TotalPages(qint64 memoryLimitKb, std::optional<qint64> memswLimitKb,
                         qint64 swapTotalKb, qint64 pageSizeKb, bool mayswap)
{
    const qint64 max = memoryLimitKb / pageSizeKb;
    if (!mayswap)
        return std::max<qint64>(max, 1);
    const qint64 swapPages = swapTotalKb / pageSizeKb;
    qint64 swapRoom = swapPages;
    if (memswLimitKb)
        swapRoom = std::min(std::max<qint64>(*memswLimitKb / pageSizeKb - max, 0), swapPages);
    // "?: 1": a zero limit must not divide by zero.
    return std::max<qint64>(max + swapRoom, 1);
}

qint64 memcgV2TotalPages(qint64 memoryLimitKb, std::optional<qint64> swapLimitKb,
                         qint64 swapTotalKb, qint64 pageSizeKb, bool mayswap)
{
    const qint64 max = memoryLimitKb / pageSizeKb;
    if (!mayswap)
        return std::max<qint64>(max, 1);
    const qint64 swapPages = swapTotalKb / pageSizeKb;
    const qint64 swapRoom =
        swapLimitKb ? std::min(*swapLimitKb / pageSizeKb, swapPages) : swapPages;
    return std::max<qint64>(max + swapRoom, 1);
}

std::optional<QList<int>> parseNodeList(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text == u"(null)")
        return std::nullopt;
    QList<int> nodes;
    for (QStringView part : text.split(u',')) {
        bool ok = false;
        const qsizetype dash = part.indexOf(u'-');
        if (dash < 0) {
            const int node = part.toInt(&ok);
            if (!ok || node < 0)
                return std::nullopt;
            nodes.append(node);
            continue;
        }
        bool ok2 = false;
        const int first = part.left(dash).toInt(&ok);
        const int last = part.mid(dash + 1).toInt(&ok2);
        if (!ok || !ok2 || first < 0 || last < first || last - first > 4096)
            return std::nullopt;
        for (int node = first; node <= last; ++node)
            nodes.append(node);
    }
    return nodes;
}

std::optional<TotalPages> totalPagesOf(const OomEvent &event, qint64 pageSizeKb, QString *missing)
{
    const qint64 pageKb = pageSizeKb > 0 ? pageSizeKb : 4;
    const ConstraintInfo info = constraintOf(event);
    std::optional<TotalPages> result;
    switch (info.constraint) {
    case OomConstraint::Memcg: result = memcg(event, pageKb, missing); break;
    case OomConstraint::Cpuset:
    case OomConstraint::MemoryPolicy:
        result = nodes(event, info.constraint, pageKb, missing);
        break;
    case OomConstraint::None: result = global(event, pageKb, missing); break;
    }
    if (result && !info.reason.isEmpty())
        result->assumptions.prepend(info.reason);
    return result;
}

} // namespace oom
