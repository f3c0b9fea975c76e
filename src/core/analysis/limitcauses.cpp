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

// The caches of a slab failure burst attached to the report that belong to a memory cgroup:
// v1 kmem accounting names a cgroup's copy of a cache "<cache>(<id>:<cgroup name>)" in
// slab_out_of_memory()'s "cache:" line (3.8-5.8, before the shared per-memcg slabs of 5.9).
QStringList memcgSlabCaches(const OomEvent &e)
{
    QStringList caches;
    if (!e.slabBurst)
        return caches;
    for (const QString &cache : e.slabBurst->caches) {
        const qsizetype open = cache.indexOf(u'(');
        if (open > 0 && cache.endsWith(u')') && cache.indexOf(u':', open) > open)
            caches.append(cache);
    }
    return caches;
}

// The sentence that names those caches as evidence, before the report or after its kill.
QString slabSentence(const OomEvent &e, const QStringList &caches)
{
    return e.slabBurst->afterKill
        ? CauseText::tr("Slab caches of the cgroup kept failing to grow after the kill (%1).")
              .arg(caches.join(u", "_s))
        : CauseText::tr("Slab caches of the cgroup had failed to grow just before (%1).")
              .arg(caches.join(u", "_s));
}

// The zone lines the verdict was read from, the header and the kill.
void addZoneEvidence(Cause &cause, const OomEvent &e)
{
    for (const ZoneState &z : e.zones)
        addEvidence(cause, z.line);
    addEvidence(cause, e.trigger.headerLine);
    addKillEvidence(cause, e);
}

void memcgCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    const MemcgState &m = e.memcg;
    const QString oom = m.oomCgroup;
    const QString task = m.taskCgroup;
    const KiB limit = orZero(m.memory.limitKb);
    const KiB usage = orZero(m.memory.usageKb);
    Finding f;
    const bool kmemFull = m.kmem.usageKb
        && ((m.kmem.limitKb && *m.kmem.usageKb + facts.pageSize >= *m.kmem.limitKb)
            || (usage > KiB(0) && *m.kmem.usageKb * 10 >= usage * 9));
    if (kmemFull) {
        f = {makeCause(causeid::KmemLimit, Severity::Critical, remedyid::Limits), 92};
        f.cause.summary = CauseText::tr(
                              "Kernel memory charged to cgroup %1 (%2 of its %3 usage) filled it: "
                              "the limit was reached by kernel allocations such as page tables, "
                              "sockets or dentries, not by the processes' own memory.")
                              .arg(oom, size(*m.kmem.usageKb), size(usage));
        addEvidence(f.cause, m.kmem.line);
        if (const QStringList caches = memcgSlabCaches(e); !caches.isEmpty()) {
            f.cause.summary += u' ' + slabSentence(e, caches);
            addEvidence(f.cause, e.slabBurst->lines);
        }
    } else if (!oom.isEmpty() && !task.isEmpty() && task != oom && task.startsWith(oom + u'/')) {
        f = {makeCause(causeid::MemcgAncestorLimit, Severity::Critical, remedyid::Limits), 91};
        f.cause.summary = limit > KiB(0)
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
    } else if (oom.startsWith(u"UB "_s) && !m.memory.isPresent()) {
        // OpenVZ/Virtuozzo: the container's user beancounter is its memory limit. It is set
        // on the OpenVZ host, not through a cgroup file here, so no wizard is offered; and
        // the kill line alone says nothing about the host's own memory.
        f = {makeCause(causeid::MemcgLimit, Severity::Critical, QString()), 90};
        f.cause.summary = CauseText::tr(
                              "The OpenVZ container with beancounter %1 reached its memory "
                              "limit; the kernel killed a process inside it. The limit is set "
                              "on the OpenVZ host (vzctl or prlctl set --ram), not in a "
                              "cgroup of this system.")
                              .arg(oom.mid(3));
    } else {
        f = {makeCause(causeid::MemcgLimit, Severity::Critical, remedyid::Limits), 90};
        const QString where = oom.isEmpty() ? task : oom;
        // failcnt counts charges that failed against memory.limit_in_bytes; with a
        // memory+swap limit as low as it (no swap), those fail first and failcnt stays 0.
        const qint64 failcnt = m.memory.failcnt.value_or(0);
        if (limit > KiB(0) && failcnt > 0)
            f.cause.summary = CauseText::tr(
                                  "The cgroup %1 reached its memory limit of %2 (usage %3, "
                                  "the limit was hit %n time(s)); the kernel killed a "
                                  "process inside it.",
                                  nullptr, int(std::min<qint64>(failcnt, INT_MAX)))
                                  .arg(where, size(limit), size(usage));
        else if (limit > KiB(0))
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
    KiB allowedFree;
    for (const ZoneState &z : e.zones) {
        if (!z.node || allowed.contains(*z.node))
            allowedFree += orZero(z.fieldKb(u"free"_s));
    }
    const KiB systemFree = pagesToKiB(orZero(e.meminfo.counter(u"free"_s)), facts.pageSize);
    Finding f{makeCause(causeid::NumaNodeExhausted, Severity::Critical, remedyid::Cpuset), 89};
    f.cause.summary = systemFree > allowedFree
        ? CauseText::tr(
              "The allocation could only use NUMA node(s) %1 (%2), which had %3 free, while the "
              "system as a whole still had %4 free.")
              .arg(allowedText.isEmpty() ? CauseText::tr("of its cpuset") : allowedText,
                   e.constraint.value_or(u"cpuset"_s), size(allowedFree), size(systemFree))
        : CauseText::tr(
              "The allocation could only use NUMA node(s) %1 (%2), and they ran out of memory.")
              .arg(allowedText.isEmpty() ? CauseText::tr("of its cpuset") : allowedText,
                   e.constraint.value_or(u"cpuset"_s));
    addZoneEvidence(f.cause, e);
    out.append(f);
    return true;
}

// A global OOM (no cpuset or mempolicy constraint printed: kernels before 4.19 print
// none, and a task bound by mbind()/set_mempolicy()/numactl --membind shows up as global on
// many of them) where every zone that fails its watermark is on one node while the other
// nodes' zones pass with plenty free: the allocation could only use that node.
bool nodeBoundByPolicy(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (!facts.watermarks || facts.isNodeConstrained)
        return false;
    std::optional<int> failingNode;
    QList<int> passingNodes;
    qint64 failingFreeKb = 0;
    qint64 passingFreeKb = 0;
    for (const watermark::ZoneVerdict &v : facts.watermarks->zones) {
        if (!v.node || !v.usableByAllocation)
            continue;
        if (!v.passes) {
            if (failingNode && *failingNode != *v.node)
                return false; // more than one node ran out: the host did
            failingNode = v.node;
            failingFreeKb += v.freeKb;
        } else {
            if (!passingNodes.contains(*v.node))
                passingNodes.append(*v.node);
            passingFreeKb += v.freeKb;
        }
    }
    if (!failingNode || passingNodes.isEmpty() || passingNodes.contains(*failingNode))
        return false;
    // "Plenty": the other nodes could have served the allocation many times over, not
    // just passed their watermark by a page.
    if (passingFreeKb < 4 * std::max<qint64>(failingFreeKb, 64 * 1024))
        return false;
    Finding f{makeCause(causeid::NumaNodeExhausted, Severity::Critical, remedyid::Cpuset), 87};
    QStringList others;
    for (int n : std::as_const(passingNodes))
        others.append(QString::number(n));
    f.cause.summary =
        CauseText::tr(
            "Only NUMA node %1 ran out (%2 free, below its watermarks) while node(s) %3 "
            "still had %4 free: the task was bound to node %1 by a memory policy "
            "(mbind, set_mempolicy or numactl --membind), which this kernel does not "
            "print in its report.")
            .arg(*failingNode)
            .arg(size(failingFreeKb), others.join(u", "_s), size(passingFreeKb));
    addZoneEvidence(f.cause, e);
    out.append(f);
    return true;
}

// "gfp_mask=0x0(), order=0" from pagefault_out_of_memory() while every zone passes its
// watermarks: the fault returned VM_FAULT_OOM because a memory cgroup refused a charge
// (on cgroup v1 mostly its kmem limit), and kernels before 5.16 answered with a
// system-wide OOM kill. The host was not short of memory; the cgroup's limit was the cause.
bool pageFaultChargeFailure(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    const TriggerInfo &t = e.trigger;
    if (t.path != OomPath::PageFault || t.order.value_or(-1) != 0 || !facts.watermarks)
        return false;
    if (!t.gfpMask.isEmpty() && t.gfpMask != u"0x0"_s && t.gfpMask != u"0"_s)
        return false;
    qint64 freeKb = 0;
    bool anyUsable = false;
    for (const watermark::ZoneVerdict &v : facts.watermarks->zones) {
        if (!v.usableByAllocation)
            continue;
        if (!v.passes)
            return false;
        anyUsable = true;
        freeKb += v.freeKb;
    }
    if (!anyUsable)
        return false;
    const QString cgroup = e.victims.isEmpty() ? QString() : e.victims.first().cgroup;
    // The kernel-memory limit is named only with its evidence: slab caches of a cgroup
    // ("task_struct(1043:docker-….scope)", v1 kmem accounting) failing just before.
    const QStringList caches = memcgSlabCaches(e);
    const bool kmem = !caches.isEmpty();
    Finding f{makeCause(kmem ? causeid::KmemLimit : causeid::MemcgLimit, Severity::Critical,
                        remedyid::Limits),
              88};
    f.cause.summary = cgroup.isEmpty()
        ? CauseText::tr(
              "A page fault failed because a memory cgroup refused to charge it (on cgroup v1 "
              "usually "
              "its kernel-memory limit), not because the host ran out: every zone was above its "
              "watermarks with %1 free. This kernel then ran the system-wide OOM killer from "
              "pagefault_out_of_memory().")
              .arg(size(freeKb))
        : CauseText::tr(
              "A page fault in cgroup %1 failed because the cgroup refused to charge it (on cgroup "
              "v1 "
              "usually its kernel-memory limit), not because the host ran out: every zone was "
              "above "
              "its watermarks with %2 free. This kernel then ran the system-wide OOM killer from "
              "pagefault_out_of_memory().")
              .arg(cgroup, size(freeKb));
    if (kmem)
        f.cause.summary += u' ' + slabSentence(e, caches);
    addZoneEvidence(f.cause, e);
    if (e.slabBurst)
        addEvidence(f.cause, e.slabBurst->lines);
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
    if (pageFaultChargeFailure(facts, out))
        return;
    if (!nodeCause(facts, out))
        nodeBoundByPolicy(facts, out);
}

} // namespace oom::causes
