// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Causes told by the limit that was hit: a memory cgroup's (its own, an ancestor's, its
// kernel-memory part), the NUMA nodes an allocation was confined to, or the whole host.

#include "core/analysis/causeevidence.h"
#include "core/analysis/causeids.h"
#include "core/analysis/causerules.h"

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace oom::causes {

namespace {

QList<int> nodeList(const QString &text)
{
    QList<int> nodes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.split(u'-');
        bool ok1 = false;
        bool ok2 = true;
        const int first = range.first().toInt(&ok1);
        const int last = range.size() > 1 ? range.at(1).toInt(&ok2) : first;
        if (!ok1 || !ok2 || last < first || last - first > 1024)
            return {};
        for (int n = first; n <= last; ++n)
            nodes.append(n);
    }
    return nodes;
}

QList<int> nodesSeen(const OomEvent &e)
{
    QList<int> nodes;
    auto add = [&nodes](int n) {
        if (!nodes.contains(n))
            nodes.append(n);
    };
    for (const ZoneState &z : e.zones)
        if (z.node)
            add(*z.node);
    for (const HugepagePool &p : e.hugepages)
        add(p.node);
    for (const NodeState &n : e.meminfo.nodes)
        add(n.node);
    return nodes;
}

void memcgCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    const MemcgState &m = e.memcg;
    const QString oom = m.oomCgroup;
    const QString task = m.taskCgroup;
    const qint64 limit = m.memory.limitKb.value_or(0);
    const qint64 usage = m.memory.usageKb.value_or(0);
    Finding f;
    const bool kmemFull = m.kmem.usageKb
        && ((m.kmem.limitKb && *m.kmem.usageKb + facts.pageKb >= *m.kmem.limitKb)
            || (usage > 0 && *m.kmem.usageKb * 10 >= usage * 9));
    if (kmemFull) {
        f = {makeCause(causeid::KmemLimit, Severity::Critical, remedyid::Limits), 92};
        f.cause.summary = CauseText::tr(
                              "Kernel memory charged to cgroup %1 (%2 of its %3 usage) filled it: "
                              "the limit was reached by kernel allocations such as page tables, "
                              "sockets or dentries, not by the processes' own memory.")
                              .arg(oom, size(*m.kmem.usageKb), size(usage));
        addEvidence(f.cause, m.kmem.line);
    } else if (!oom.isEmpty() && !task.isEmpty() && task != oom && task.startsWith(oom + u'/')) {
        f = {makeCause(causeid::MemcgAncestorLimit, Severity::Critical, remedyid::Limits), 91};
        f.cause.summary = limit > 0
            ? CauseText::tr(
                  "The cgroup %1 reached its limit of %2; the process was in its child cgroup "
                  "%3, so the parent's limit (shared by everything below it) decided, not a "
                  "limit of the child's own.")
                  .arg(oom, size(limit), task)
            : CauseText::tr(
                  "The cgroup %1 reached its limit; the process was in its child cgroup %2, so "
                  "the parent's limit (shared by everything below it) decided, not a limit of "
                  "the child's own.")
                  .arg(oom, task);
    } else {
        f = {makeCause(causeid::MemcgLimit, Severity::Critical, remedyid::Limits), 90};
        const QString where = oom.isEmpty() ? task : oom;
        // failcnt counts charges that failed against memory.limit_in_bytes; with a
        // memory+swap limit as low as it (no swap), those fail first and failcnt stays 0.
        const qint64 failcnt = m.memory.failcnt.value_or(0);
        if (limit > 0 && failcnt > 0)
            f.cause.summary = CauseText::tr(
                                  "The cgroup %1 reached its memory limit of %2 (usage %3, "
                                  "the limit was hit %n time(s)); the kernel killed a "
                                  "process inside it.",
                                  nullptr, int(std::min<qint64>(failcnt, INT_MAX)))
                                  .arg(where, size(limit), size(usage));
        else if (limit > 0)
            f.cause.summary = CauseText::tr(
                                  "The cgroup %1 reached its memory limit of %2 (usage %3); "
                                  "the kernel killed a process inside it.")
                                  .arg(where, size(limit), size(usage));
        else
            f.cause.summary =
                CauseText::tr(
                    "The cgroup %1 reached its memory limit; the kernel killed a process "
                    "inside it.")
                    .arg(where);
    }
    addEvidence(f.cause, m.memory.line);
    addEvidence(f.cause, LineSpan{m.lines.first, m.lines.first});
    addEvidence(f.cause, m.memsw.line);
    addEvidence(f.cause, m.swap.line);
    addEvidence(f.cause, e.trigger.headerLine);
    addKillEvidence(f.cause, e);
    out.append(f);
}

// The allocation was confined to some NUMA nodes (cpuset, mempolicy) that ran out while
// the machine as a whole had memory.
bool nodeCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    const QString allowedText = facts.event.constraint == u"CONSTRAINT_MEMORY_POLICY"_s
        ? e.trigger.nodemask
        : e.trigger.memsAllowed;
    const QList<int> allowed = nodeList(allowedText);
    const QList<int> seen = nodesSeen(e);
    // Without the constraint printed (<= 4.20), a report that shows more nodes than the
    // task was allowed on tells the same.
    bool otherNodesSeen = false;
    for (int n : seen)
        otherNodesSeen = otherNodesSeen || (!allowed.isEmpty() && !allowed.contains(n));
    if (!facts.isNodeConstrained && !otherNodesSeen)
        return false;
    qint64 allowedFreeKb = 0;
    for (const ZoneState &z : e.zones) {
        if (!z.node || allowed.contains(*z.node))
            allowedFreeKb += z.fieldKb(u"free"_s).value_or(0);
    }
    const qint64 systemFreeKb = e.meminfo.counter(u"free"_s).value_or(0) * facts.pageKb;
    Finding f{makeCause(causeid::NumaNodeExhausted, Severity::Critical, remedyid::Cpuset), 89};
    f.cause.summary = systemFreeKb > allowedFreeKb
        ? CauseText::tr(
              "The allocation could only use NUMA node(s) %1 (%2), which had %3 free, while the "
              "system as a whole still had %4 free.")
              .arg(allowedText.isEmpty() ? CauseText::tr("of its cpuset") : allowedText,
                   e.constraint.value_or(u"cpuset"_s), size(allowedFreeKb), size(systemFreeKb))
        : CauseText::tr(
              "The allocation could only use NUMA node(s) %1 (%2), and they ran out of memory.")
              .arg(allowedText.isEmpty() ? CauseText::tr("of its cpuset") : allowedText,
                   e.constraint.value_or(u"cpuset"_s));
    for (const ZoneState &z : e.zones)
        addEvidence(f.cause, z.line);
    addEvidence(f.cause, e.trigger.headerLine);
    addKillEvidence(f.cause, e);
    out.append(f);
    return true;
}

} // namespace

void limitRules(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (e.kind != EventKind::KernelOom || e.sysrq || facts.onlyUnitResult)
        return;
    if (facts.isMemcg) {
        memcgCause(facts, out);
        return;
    }
    nodeCause(facts, out);
}

} // namespace oom::causes
