// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/eventbuilding.h"

#include "core/parse/framing/framingnotes.h"
#include "core/parse/framing/textscan.h"
#include "core/parse/kernel/allocfailurelines.h"
#include "core/parse/kernel/tasktable.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// lowmem_reserve[] prints pages.
QList<Pages> asPages(const QList<qint64> &numbers)
{
    QList<Pages> pages;
    pages.reserve(numbers.size());
    for (const qint64 n : numbers)
        pages.append(Pages(n));
    return pages;
}

} // namespace

EventBuilding::EventBuilding(EventKind kind, bool isProvisional)
    : provisional(isProvisional)
{
    event.kind = kind;
    event.killer = Killer::Kernel;
}

void EventBuilding::touch(const LogRecord &record)
{
    event.lines.extend(record.lines);
    lastRelevant = qMax(lastRelevant, record.lines.last);
    m_last = Last::Other;
    if (record.quoted || record.dateCut || record.rejoined)
        noteFraming(event.notes, record);
    if (record.uptime)
        m_lastUptime = record.uptime;
    if (record.time)
        m_lastTime = record.time;
    if (!m_timeSet) {
        m_timeSet = true;
        ident = record.ident;
        event.time = record.time;
        event.timeYearAssumed = record.timeYearAssumed;
        event.timeZoneAssumed = record.timeZoneAssumed;
        event.uptimeSeconds = record.uptime;
        event.host = record.host;
    }
}

bool EventBuilding::agreesInTime(const LogRecord &record) const
{
    // A slow serial console takes seconds for a long task dump; minutes are another OOM.
    constexpr double maxSeconds = 60;
    if (record.uptime && m_lastUptime)
        return std::abs(*record.uptime - *m_lastUptime) <= maxSeconds;
    if (record.time && m_lastTime)
        return std::abs(m_lastTime->secsTo(*record.time)) <= qint64(maxSeconds);
    return true;
}

void EventBuilding::noteElision(const LogRecord &record)
{
    event.lines.extend(record.lines);
    if (!m_elisionNoted) {
        m_elisionNoted = true;
        event.notes.append(u"lines-elided-by-author"_s);
    }
}

void EventBuilding::applyHeader(const headerlines::Header &header, const LogRecord &record)
{
    hasHeader = true;
    TriggerInfo &t = event.trigger;
    t.comm = header.comm;
    t.gfpMask = header.gfpMask;
    t.gfpFlags = header.gfpFlags;
    t.nodemask = header.nodemask;
    t.order = header.order;
    t.oomScoreAdj = header.oomScoreAdj;
    t.oomAdj = header.oomAdj;
    t.headerLine = record.lines;
    if (header.gluedToPreviousLine)
        event.notes.append(u"header-glued-to-previous-line"_s);
}

void EventBuilding::applyAllocFailure(const AllocFailure &failure, const LogRecord &record)
{
    hasHeader = true;
    TriggerInfo &t = event.trigger;
    t.comm = failure.comm;
    t.gfpMask = failure.gfpMask;
    t.gfpFlags = failure.gfpFlags;
    t.order = failure.order;
    t.nodemask = failure.nodemask;
    t.cpuset = failure.cpuset;
    t.memsAllowed = failure.memsAllowed;
    t.headerLine = record.lines;
}

void EventBuilding::applySlabFailure(const SlabAllocFailure &failure, const LogRecord &record)
{
    SlabFailure slab;
    slab.allocator = failure.allocator;
    slab.gfpMask = failure.gfpMask;
    slab.lines = record.lines;
    event.slabFailure = slab;
    m_slabFailures = 1;
    if (!hasHeader && event.trigger.gfpMask.isEmpty()) {
        // No page allocation failure printed with it: the slab line's gfp is the trigger's.
        event.trigger.gfpMask = failure.gfpMask;
        event.trigger.gfpFlags = failure.gfpFlags;
    }
}

std::optional<SlabFailureBurst> EventBuilding::slabBurst() const
{
    if (event.kind != EventKind::AllocFailure || !event.slabFailure || hasHeader)
        return std::nullopt;
    SlabFailureBurst burst;
    burst.allocator = event.slabFailure->allocator;
    burst.count = m_slabFailures;
    burst.caches = m_slabCaches;
    burst.gfpMask = event.slabFailure->gfpMask;
    burst.gfpFlags = event.trigger.gfpFlags;
    burst.gfpVaries = event.notes.contains(u"slab-failure-gfp-varies"_s);
    burst.lines = event.slabFailure->lines;
    burst.firstUptime = event.uptimeSeconds;
    burst.firstTime = event.time;
    burst.lastUptime = m_lastUptime;
    burst.lastTime = m_lastTime;
    return burst;
}

bool EventBuilding::continuesSlabBurst(const SlabAllocFailure &failure,
                                       const LogRecord &record) const
{
    // Close enough that nothing else happened in between: a few lines of its own block
    // (cache, debug and node lines) after the previous one.
    constexpr qint64 burstGapLines = 16;
    return event.kind == EventKind::AllocFailure && event.slabFailure && !hasHeader
        && event.slabFailure->allocator == failure.allocator
        && lastRelevant + burstGapLines >= record.lines.first && agreesInTime(record);
}

void EventBuilding::addSlabBurstMember(const SlabAllocFailure &failure, const LogRecord &record)
{
    ++m_slabFailures;
    SlabFailure &slab = *event.slabFailure;
    slab.lines.extend(record.lines);
    if (slab.gfpMask != failure.gfpMask && !event.notes.contains(u"slab-failure-gfp-varies"_s))
        event.notes.append(u"slab-failure-gfp-varies"_s);
}

bool EventBuilding::continueSlabFailure(QStringView text, const LogRecord &record)
{
    if (!event.slabFailure || event.slabFailure->lines.last + 4 < record.lines.first)
        return false;
    SlabAllocFailure parsed;
    if (!applySlabAllocFailureLine(text, parsed))
        return false;
    SlabFailure &slab = *event.slabFailure;
    if (!parsed.cache.isEmpty()) {
        if (slab.cache.isEmpty())
            slab.cache = parsed.cache; // the first failure's cache; the burst's are noted
        if (!m_slabCaches.contains(parsed.cache))
            m_slabCaches.append(parsed.cache);
    }
    if (parsed.objectSize)
        slab.objectSize = Bytes(*parsed.objectSize);
    if (parsed.minOrder)
        slab.minOrder = parsed.minOrder;
    slab.lines.extend(record.lines);
    touch(record);
    return true;
}

void EventBuilding::applyCpusetLine(const headerlines::CpusetLine &line)
{
    event.trigger.cpuset = line.cpuset;
    event.trigger.memsAllowed = line.memsAllowed;
    if (event.trigger.comm.isEmpty())
        event.trigger.comm = line.comm;
}

void EventBuilding::applyStackHeader(const headerlines::StackHeader &header)
{
    TriggerInfo &t = event.trigger;
    if (!t.pid)
        t.pid = header.pid;
    if (!t.uid)
        t.uid = header.uid;
    if (t.comm.isEmpty())
        t.comm = header.comm;
    if (event.kernelRelease.isEmpty())
        event.kernelRelease = header.kernelRelease;
}

void EventBuilding::addStackLine(QStringView text, const LogRecord &record)
{
    if (hasDump)
        return;
    event.trigger.stackLines.extend(record.lines);
    if (const auto header = headerlines::parseStackHeader(text)) {
        applyStackHeader(*header);
        return;
    }
    // "? name+0x.." frames are stale return addresses the unwinder could not vouch for.
    if (text.startsWith(u"? ") || text.contains(u"] ? "))
        return;
    const QString function = headerlines::frameFunction(text);
    if (!function.isEmpty() && event.trigger.callTrace.size() < 64)
        event.trigger.callTrace.append(function);
}

void EventBuilding::applyTaskIn(const memcglines::TaskInLine &line, const LogRecord &record)
{
    hasDump = true;
    MemcgState &m = event.memcg;
    m.taskCgroup = line.taskCgroup;
    // Vendor kernels print "limit of host" for a global OOM: no memcg limit was involved.
    if (line.oomCgroup == u"host"_s)
        m.hostLimit = true;
    else
        m.oomCgroup = line.oomCgroup;
    m.lines.extend(record.lines);
    m_last = line.oomCgroup.isEmpty() ? Last::TaskIn : Last::Other;
}

void EventBuilding::applyCounter(const memcglines::CounterLine &line, const LogRecord &record)
{
    hasDump = true;
    MemcgCounter counter = line.counter;
    counter.line = record.lines;
    switch (line.kind) {
    case memcglines::CounterKind::Memory: event.memcg.memory = counter; break;
    case memcglines::CounterKind::MemorySwap: event.memcg.memsw = counter; break;
    case memcglines::CounterKind::Kmem: event.memcg.kmem = counter; break;
    case memcglines::CounterKind::Swap: event.memcg.swap = counter; break;
    }
    event.memcg.lines.extend(record.lines);
}

void EventBuilding::beginStats(const memcglines::StatsHeader &header, const LogRecord &record)
{
    hasDump = true;
    MemcgStatBlock block;
    block.cgroup = header.cgroup;
    block.lines = record.lines;
    if (!header.inlineBody.isEmpty()) {
        block.values = memcglines::parseInlineStats(header.inlineBody);
        block.valuesInBytes = false;
    } else {
        block.valuesInBytes = true; // 5.3+: memory.stat follows, one "key value" per line
        m_section = Section::MemcgStats;
    }
    event.memcg.stats.append(block);
    event.memcg.lines.extend(record.lines);
}

void EventBuilding::beginTaskTable(TaskTableLayout layout)
{
    hasDump = true;
    m_layout = layout;
    event.taskLayout = layout;
    m_section = Section::TaskTable;
}

void EventBuilding::beginSlabDump()
{
    hasDump = true;
    m_section = Section::SlabDump;
}

void EventBuilding::addGlobalCounters(const QList<std::pair<QString, qint64>> &counters,
                                      const LogRecord &record)
{
    hasDump = true;
    event.meminfo.countersPages.append(counters);
    event.meminfo.lines.extend(record.lines);
}

void EventBuilding::addNode(const NodeState &node)
{
    hasDump = true;
    event.meminfo.nodes.append(node);
    event.meminfo.lines.extend(node.line);
}

void EventBuilding::addZone(const ZoneState &zone)
{
    hasDump = true;
    event.zones.append(zone);
}

void EventBuilding::addBuddy(const BuddyFreeList &buddy)
{
    hasDump = true;
    event.buddy.append(buddy);
    m_last = Last::Buddy;
}

void EventBuilding::addLowmemReserve(const QList<qint64> &reserve, const LogRecord &record)
{
    hasDump = true;
    // The reserve line follows its zone line: attach to the last zone without one.
    for (auto it = event.zones.rbegin(); it != event.zones.rend(); ++it) {
        if (!it->lowmemReserveLine.isValid()) {
            it->lowmemReserve = asPages(reserve);
            it->lowmemReserveLine = record.lines;
            break;
        }
    }
    m_last = Last::LowmemReserve;
}

void EventBuilding::addHugepages(const HugepagePool &pool)
{
    hasDump = true;
    event.hugepages.append(pool);
}

void EventBuilding::applySummaryLine(const meminfolines::SummaryLine &line, const LogRecord &record)
{
    using F = meminfolines::SummaryField;
    hasDump = true;
    MemInfoState &m = event.meminfo;
    switch (line.field) {
    case F::PagecachePages: m.pagecachePages = Pages(line.value); break;
    case F::SwapCachePages: m.swapCachePages = Pages(line.value); break;
    case F::RamPages: m.ramPages = Pages(line.value); break;
    case F::HighmemPages: m.highmemPages = Pages(line.value); break;
    case F::ReservedPages: m.reservedPages = Pages(line.value); break;
    case F::CmaReservedPages: m.cmaReservedPages = Pages(line.value); break;
    case F::SharedPages: m.sharedPages = Pages(line.value); break;
    case F::NonSharedPages: m.nonSharedPages = Pages(line.value); break;
    case F::HwpoisonedPages: m.hwpoisonedPages = Pages(line.value); break;
    case F::FreeSwapKb:
        // 2.6.2x prints "Free swap  = " and "Free swap: " with the same value; keep the first.
        if (!event.swap.freeKb)
            event.swap.freeKb = KiB(line.value);
        event.swap.lines.extend(record.lines);
        return;
    case F::TotalSwapKb:
        event.swap.totalKb = KiB(line.value);
        memInfoEnded = true;
        event.swap.lines.extend(record.lines);
        return;
    case F::Other: break;
    }
    m.lines.extend(record.lines);
}

void EventBuilding::applySummary(const QString &summaryText, const LogRecord &record)
{
    hasSummary = true;
    m_summaryText = summaryText;
    const auto summary = killlines::parseSummary(summaryText);
    if (!summary)
        return;
    m_summary = *summary;
    m_summaryLine.extend(record.lines);
    event.constraint = summary->constraint;
    TriggerInfo &t = event.trigger;
    if (!summary->nodemask.isEmpty())
        t.nodemask = summary->nodemask;
    if (!summary->cpuset.isEmpty())
        t.cpuset = summary->cpuset;
    if (!summary->memsAllowed.isEmpty())
        t.memsAllowed = summary->memsAllowed;
    if (!summary->oomMemcg.isEmpty())
        event.memcg.oomCgroup = summary->oomMemcg;
    if (!summary->taskMemcg.isEmpty())
        event.memcg.taskCgroup = summary->taskMemcg;
    if (!summary->oomMemcg.isEmpty() || !summary->taskMemcg.isEmpty())
        event.memcg.lines.extend(record.lines);
    m_last = Last::Summary;
}

void EventBuilding::applyPanic(const killlines::Panic &panic)
{
    switch (panic.kind) {
    case killlines::PanicKind::NoKillableProcess:
        event.noKillableTask = true;
        // <= 4.18 panics with this very message; 4.19+ only warns, then panics separately.
        if (panic.message.startsWith(u"Kernel panic"_s)) {
            event.panic = true;
            event.panicMessage = panic.message;
        }
        break;
    case killlines::PanicKind::PanicOnOom:
    case killlines::PanicKind::DeadlockedOnMemory:
    case killlines::PanicKind::OtherPanic:
        event.panic = true;
        if (event.panicMessage.isEmpty())
            event.panicMessage = panic.message;
        break;
    case killlines::PanicKind::None: break;
    }
}

bool EventBuilding::continueSection(QStringView text, const LogRecord &record)
{
    switch (m_last) {
    case Last::Buddy:
        if (auto tail = meminfolines::parseBuddyContinuation(text)) {
            BuddyFreeList &list = event.buddy.last();
            list.orders.append(tail->orders);
            if (tail->totalKb)
                list.totalKb = tail->totalKb;
            list.line.extend(record.lines);
            touch(record);
            m_last = Last::Buddy;
            return true;
        }
        break;
    case Last::LowmemReserve:
        if (const auto numbers = meminfolines::parseNumbersOnly(text)) {
            for (auto it = event.zones.rbegin(); it != event.zones.rend(); ++it) {
                if (it->lowmemReserveLine.isValid()) {
                    it->lowmemReserve.append(asPages(*numbers));
                    it->lowmemReserveLine.extend(record.lines);
                    break;
                }
            }
            touch(record);
            m_last = Last::LowmemReserve;
            return true;
        }
        break;
    case Last::Summary:
        // pr_cont() pieces of the summary split off by another CPU's printk.
        if (text.startsWith(u',') && text.contains(u'=')) {
            const QString joined = m_summaryText + text.toString();
            touch(record);
            applySummary(joined, record);
            return true;
        }
        break;
    case Last::TaskIn:
        if (text.startsWith(u"killed as a result of limit of ")) {
            touch(record);
            const QString oom = text.mid(31).trimmed().toString();
            if (oom == u"host"_s)
                event.memcg.hostLimit = true;
            else
                event.memcg.oomCgroup = oom;
            event.memcg.lines.extend(record.lines);
            return true;
        }
        break;
    case Last::Other: break;
    }
    switch (m_section) {
    case Section::MemcgStats:
        if (const auto kv = memcglines::parseStatBodyLine(text)) {
            touch(record);
            MemcgStatBlock &block = event.memcg.stats.last();
            block.values.append(*kv);
            block.lines.extend(record.lines);
            event.memcg.lines.extend(record.lines);
            return true;
        }
        m_section = Section::None;
        break;
    case Section::TaskTable:
        if (tasktable::looksLikeRow(text)) {
            touch(record);
            if (auto row = tasktable::parseRow(text, m_layout)) {
                row->line = record.lines.first;
                event.tasks.append(*row);
            } else if (!m_taskRowDropped) {
                m_taskRowDropped = true;
                event.notes.append(u"task-row-cut"_s);
            }
            return true;
        }
        m_section = Section::None;
        break;
    case Section::SlabDump:
        if (meminfolines::isSlabHeader(text)) {
            touch(record);
            return true;
        }
        if (auto row = meminfolines::parseSlabRow(text)) {
            touch(record);
            row->line = record.lines.first;
            event.unreclaimableSlab.append(*row);
            return true;
        }
        m_section = Section::None;
        break;
    case Section::None: break;
    }
    return false;
}

} // namespace oom
