// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Causes told by the zones and swap of a system-wide shortage: the host out of memory,
// memory free but fragmented, 32-bit low memory gone while HighMem was free, swap full
// or absent.

#include "core/analysis/causeevidence.h"
#include "core/analysis/causeids.h"
#include "core/analysis/causerules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom::causes {

namespace {

const ZoneState *zoneOf(const OomEvent &e, const watermark::ZoneVerdict &v)
{
    for (const ZoneState &z : e.zones) {
        if (z.name == v.zone && z.node == v.node)
            return &z;
    }
    return nullptr;
}

void addZoneEvidence(Cause &cause, const OomEvent &e, const watermark::ZoneVerdict &v)
{
    if (const ZoneState *z = zoneOf(e, v))
        addEvidence(cause, z->line);
    for (const BuddyFreeList &b : e.buddy) {
        if (b.zone == v.zone && b.node == v.node)
            addEvidence(cause, b.line);
    }
}

// Order > 0 and the usable zones had the memory, but not in blocks that large.
bool fragmentationCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    const int order = e.trigger.order.value_or(0);
    if (order <= 0 || facts.isMemcg || !facts.watermarks)
        return false;
    const watermark::ZoneVerdict *evidence = nullptr;
    bool inferred = false;
    for (const watermark::ZoneVerdict &v : facts.watermarks->zones) {
        if (!v.usableByAllocation)
            continue;
        const bool enoughAtOrderZero = v.freeKb > v.requiredKb;
        if (v.lacksBlockOfOrder && enoughAtOrderZero) {
            evidence = &v;
            inferred = false;
            break;
        }
        // No buddy line in the excerpt: free above the watermark and still failing at
        // order > 0 points the same way, more weakly.
        if (!v.largestFreeOrder && enoughAtOrderZero && !evidence) {
            evidence = &v;
            inferred = true;
        }
    }
    if (!evidence)
        return false;
    Finding f{makeCause(causeid::Fragmentation, Severity::Critical, remedyid::Compaction),
              inferred ? 72 : 87};
    const QString largest = evidence->largestFreeOrder
        ? CauseText::tr(" The largest free block was %1 (order %2).")
              .arg(size(blockSize(facts.pageSize, *evidence->largestFreeOrder)))
              .arg(*evidence->largestFreeOrder)
        : QString();
    const QString compaction = e.trigger.compactionDisabled
        ? CauseText::tr(" This kernel was built without compaction, so it could not defragment.")
        : QString();
    f.cause.summary = CauseText::tr(
                          "Zone %1 had %2 free, above what the allocation required (%3), but "
                          "not as a contiguous block of %4 (order %5): memory was fragmented.")
                          .arg(evidence->zone, size(evidence->freeKb), size(evidence->requiredKb),
                               size(blockSize(facts.pageSize, order)))
                          .arg(order)
        + largest + compaction;
    addZoneEvidence(f.cause, e, *evidence);
    addEvidence(f.cause, e.trigger.headerLine);
    out.append(f);
    return true;
}

// x86-32 / ARM32: a kernel allocation cannot use HighMem, however much of it is free.
bool lowmemCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (!facts.watermarks || facts.isMemcg)
        return false;
    const QString highest = facts.watermarks->traits.highestZone;
    if (highest == u"HighMem"_s || highest == u"Movable"_s)
        return false;
    const ZoneState *highmem = nullptr;
    for (const ZoneState &z : e.zones) {
        if (z.name == u"HighMem"_s)
            highmem = &z;
    }
    if (!highmem)
        return false;
    const KiB highFree = orZero(highmem->fieldKb(u"free"_s));
    const KiB highMin = orZero(highmem->fieldKb(u"min"_s));
    if (highFree <= std::max(highMin, KiB(1024)) * 4)
        return false;
    const watermark::ZoneVerdict *low = nullptr;
    for (const watermark::ZoneVerdict &v : facts.watermarks->zones) {
        if (v.usableByAllocation && !v.passes && v.zone == u"Normal"_s)
            low = &v;
    }
    if (!low)
        return false;
    Finding f{makeCause(causeid::Lowmem, Severity::Critical, QString()), 88};
    f.cause.summary = CauseText::tr(
                          "A kernel allocation needed low memory (the Normal zone of this 32-bit "
                          "kernel), which had %1 free against a minimum of %2, while HighMem "
                          "still had %3 free that the kernel cannot use for itself.")
                          .arg(size(low->freeKb), size(low->requiredKb), size(highFree));
    addZoneEvidence(f.cause, e, *low);
    addEvidence(f.cause, highmem->line);
    addEvidence(f.cause, e.trigger.headerLine);
    out.append(f);
    return true;
}

// Something in the report must say the OOM was system-wide; a header alone does not
// (a memcg OOM's "Task in" line may have been cut away).
bool looksSystemWide(const OomEvent &e)
{
    if (e.constraint == u"CONSTRAINT_NONE"_s || e.memcg.hostLimit)
        return true;
    if (e.trigger.path == OomPath::PageAllocator || e.trigger.path == OomPath::PageFault)
        return true;
    if (!e.zones.isEmpty() || e.meminfo.isPresent())
        return true;
    for (const Victim &victim : e.victims) {
        if (victim.message.startsWith(u"Out of memory"_s))
            return true;
    }
    return e.selection.message.startsWith(u"Out of memory"_s, Qt::CaseInsensitive);
}

void hostCause(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (!looksSystemWide(e))
        return;
    QList<const watermark::ZoneVerdict *> failing;
    if (facts.watermarks) {
        for (const watermark::ZoneVerdict &v : facts.watermarks->zones) {
            if (!v.usableByAllocation)
                continue;
            if (!v.passes) {
                failing.append(&v);
                continue;
            }
            // A zone passes on the numbers shown; it vetoes only if its lowmem_reserve line
            // is in the report too (an excerpt without it hides the reserve it must keep).
            const ZoneState *zone = zoneOf(e, v);
            if (zone && zone->lowmemReserveLine.isValid())
                return; // some zone could have served it: not a plain shortage
        }
    }
    // The remedy follows from the swap the kernel printed, never from a cgroup limit: a
    // system-wide OOM hit no limit, so the limits wizard (which raises the limit that was
    // hit, or else the victim's cgroup's) cannot help. Without swap, or with swap full,
    // adding swap gives the whole host room: the swap wizard, as no-swap and
    // swap-exhausted say. Swap that still had room was not what ran short; more of it would
    // not have helped, and no wizard adds RAM, so the cause offers none and says why. An
    // excerpt without the swap lines cannot tell: adding swap stays the one system-wide
    // remedy, and the wizard shows the swap the machine has now before proposing any.
    const std::optional<KiB> swapTotal = e.swap.totalKb;
    const KiB swapFree = e.swap.freeKb.value_or(swapTotal.value_or(KiB(0)));
    const bool swapHadRoom = e.swap.hadRoom();
    Finding f{makeCause(causeid::HostExhausted, Severity::Critical,
                        swapHadRoom ? QString() : remedyid::Swap),
              failing.isEmpty() ? 70 : 85};
    qint64 freeKb = 0;
    qint64 requiredKb = 0;
    for (const auto *v : failing) {
        freeKb += v->freeKb;
        requiredKb += v->requiredKb;
        addZoneEvidence(f.cause, e, *v);
    }
    f.cause.summary = failing.isEmpty()
        ? CauseText::tr(
            "The whole system ran out of memory (a system-wide OOM: no cgroup limit or NUMA "
            "binding was involved).")
        : CauseText::tr(
              "The whole system ran out of memory: the zones the allocation could use had %1 "
              "free, below the %2 they must keep.")
              .arg(size(freeKb), size(requiredKb));
    if (swapHadRoom)
        f.cause.summary += CauseText::tr(
                               " Swap still had %1 of %2 free: more swap would not "
                               "have prevented it.")
                               .arg(size(swapFree), size(*swapTotal));
    if (failing.isEmpty()) {
        for (const ZoneState &zone : e.zones)
            addEvidence(f.cause, zone.line);
    }
    addEvidence(f.cause, e.trigger.headerLine);
    addKillEvidence(f.cause, e);
    out.append(f);
}

void swapCauses(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (facts.isMemcg || !e.swap.totalKb)
        return;
    const KiB total = *e.swap.totalKb;
    if (total == KiB(0)) {
        Finding f{makeCause(causeid::NoSwap, Severity::Warning, remedyid::Swap), 40};
        f.cause.summary = CauseText::tr(
            "The system had no swap, so no anonymous memory could be moved out "
            "of RAM before a process had to be killed.");
        addEvidence(f.cause, e.swap.lines);
        out.append(f);
        return;
    }
    if (e.swap.isFull()) {
        const KiB free = e.swap.freeKb.value_or(total);
        Finding f{makeCause(causeid::SwapExhausted, Severity::Critical, remedyid::Swap), 86};
        f.cause.summary = CauseText::tr(
                              "Swap was full: %1 of %2 in use, so reclaim had nowhere left to put "
                              "anonymous memory.")
                              .arg(size(total - free), size(total));
        addEvidence(f.cause, e.swap.lines);
        out.append(f);
    }
}

} // namespace

void pressureRules(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (e.kind == EventKind::AllocFailure) {
        fragmentationCause(facts, out);
        return;
    }
    if (e.kind != EventKind::KernelOom || e.sysrq || facts.onlyUnitResult)
        return;
    if (!facts.isMemcg) {
        // A limit already explains it (a node the task was bound to, a cgroup that refused
        // a page fault's charge): the host was not exhausted.
        const bool nodeBound = std::any_of(out.cbegin(), out.cend(), [](const Finding &f) {
            return f.cause.id == causeid::NumaNodeExhausted || f.cause.id == causeid::KmemLimit
                || f.cause.id == causeid::MemcgLimit;
        });
        // Both may apply (an order-1 lowmem failure on 32-bit): evaluate each.
        const bool fragmented = fragmentationCause(facts, out);
        const bool lowmem = lowmemCause(facts, out);
        const bool specific = fragmented || lowmem;
        if (!specific && !nodeBound && !e.noKillableTask)
            hostCause(facts, out);
    }
    swapCauses(facts, out);
}

} // namespace oom::causes
