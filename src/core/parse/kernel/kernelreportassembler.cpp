// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/kernelreportassembler.h"

#include "core/parse/kernel/allocfailurelines.h"
#include "core/parse/kernel/eventbuilding.h"
#include "core/parse/kernel/headerlines.h"
#include "core/parse/kernel/killlines.h"
#include "core/parse/kernel/memcglines.h"
#include "core/parse/kernel/meminfolines.h"
#include "core/parse/kernel/slabburst.h"
#include "core/parse/kernel/tasktable.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// Provisional content (a stack dump, a Mem-Info block) joins an OOM event only if the line
// that proves the OOM follows it closely: show_mem() and stack dumps also come from SysRq-m
// and from unrelated warnings.
constexpr qint64 ProvisionalJoinLines = 8;

} // namespace

struct KernelReportAssembler::Private {
    EventQueue &queue;
    QList<EventBuilding> active; // in start order; usually one, two for interleaved reports
    qint64 sysrqRequestLine = -1;
    // The last kernel OOM whose dump was printed or suppressed by the rate limit: a kill
    // line without a dump soon after it was suppressed too.
    std::optional<double> lastReportUptime;
    std::optional<QDateTime> lastReportTime;

    explicit Private(EventQueue &q)
        : queue(q)
    {
    }

    void close(qsizetype index)
    {
        EventBuilding building = std::move(active[index]);
        active.removeAt(index);
        if (building.provisional)
            return; // a stack dump or show_mem() that never turned out to be an OOM report
        if (building.absorbed)
            return; // a slab failure burst, now evidence of the report that followed it
        if (const auto burst = building.slabBurst();
            burst && slabburst::attachToPreviousReport(queue.held(), *burst))
            return;
        if (building.event.kind == EventKind::KernelOom
            && (building.hasHeader || building.hasDump || building.withinRateLimitOfReport)) {
            lastReportUptime = building.event.uptimeSeconds;
            lastReportTime = building.event.time;
        }
        queue.push(building.finalize());
    }

    void closeIf(const std::function<bool(const EventBuilding &)> &predicate)
    {
        for (qsizetype i = active.size() - 1; i >= 0; --i) {
            if (predicate(active[i]))
                close(i);
        }
    }

    void expire(qint64 line)
    {
        closeIf([line](const EventBuilding &b) {
            return b.lastRelevant + RelevanceLines < line;
        });
    }

    EventBuilding &start(const LogRecord &record, EventKind kind, bool provisional)
    {
        // A new event ends every event that already has its kill line.
        closeIf([](const EventBuilding &b) {
            return b.killed;
        });
        active.append(EventBuilding(kind, provisional));
        EventBuilding &building = active.last();
        building.touch(record);
        return building;
    }

    EventBuilding *newestPreKill()
    {
        for (auto it = active.rbegin(); it != active.rend(); ++it) {
            if (!it->killed)
                return &*it;
        }
        return nullptr;
    }

    // The event that dump content (memcg block, Mem-Info, task table) belongs to. `specific`
    // says the line exists only in OOM reports and so confirms a provisional event.
    // Two reports printed at once (2.6.x, corpus 045) print their Mem-Info blocks one after
    // the other: a Mem-Info line belongs to the oldest waiting report whose block is not over.
    EventBuilding *memInfoTarget()
    {
        EventBuilding *newest = newestPreKill();
        for (EventBuilding &b : active) {
            if (&b == newest)
                break;
            if (!b.killed && !b.provisional && b.hasHeader && !b.memInfoEnded
                && b.event.kind == EventKind::KernelOom)
                return &b;
        }
        return newest;
    }

    EventBuilding &dumpTarget(const LogRecord &record, bool specific, bool memInfoPart = false)
    {
        EventBuilding *target = memInfoPart ? memInfoTarget() : newestPreKill();
        if (target && target->provisional
            && target->lastRelevant + ProvisionalJoinLines < record.lines.first) {
            close(target - active.data());
            target = nullptr;
        }
        if (!target || (active.last().killed && target != &active.last()))
            target = &start(record, EventKind::KernelOom, !specific);
        if (specific)
            target->provisional = false;
        target->touch(record);
        return *target;
    }

    // Kill lines go to the oldest report still waiting for its kill: with two reports
    // interleaved, the first dump finished first.
    EventBuilding *oldestWaitingForKill(const std::function<bool(const EventBuilding &)> &accept)
    {
        for (EventBuilding &b : active) {
            if (!b.killed && b.event.kind == EventKind::KernelOom && accept(b))
                return &b;
        }
        return nullptr;
    }

    EventBuilding &killTarget(const LogRecord &record,
                              const std::function<bool(const EventBuilding &)> &accept)
    {
        EventBuilding *target = oldestWaitingForKill(accept);
        if (target && target->provisional
            && target->lastRelevant + ProvisionalJoinLines < record.lines.first) {
            close(target - active.data());
            target = oldestWaitingForKill(accept);
        }
        if (!target) {
            target = &start(record, EventKind::KernelOom, false);
            target->withinRateLimitOfReport = withinRateLimit(record);
        }
        target->provisional = false;
        target->touch(record);
        return *target;
    }

    // The kernel prints at most 10 reports per 5 seconds (oom_rs, DEFAULT_RATELIMIT_*).
    bool withinRateLimit(const LogRecord &record) const
    {
        constexpr double intervalSeconds = 5;
        if (record.uptime && lastReportUptime)
            return *record.uptime >= *lastReportUptime
                && *record.uptime - *lastReportUptime <= intervalSeconds;
        if (record.time && lastReportTime) {
            const qint64 seconds = lastReportTime->secsTo(*record.time);
            return seconds >= 0 && seconds <= qint64(intervalSeconds);
        }
        return false;
    }

    bool addHeader(const LogRecord &record, const headerlines::Header &header)
    {
        EventBuilding *newest = newestPreKill();
        // Two CPUs printing reports at once: the second header arrives before the first
        // report's dump. Keep both open.
        const bool interleaved = newest && !newest->provisional && newest->hasHeader
            && !newest->hasDump && newest->event.kind == EventKind::KernelOom;
        // Slab allocations failing just before (a fork bomb in a v1 container fails the
        // memcg's own caches first): evidence for the OOM that follows (slabburst.h).
        const std::optional<SlabFailureBurst> burst =
            slabburst::takeBurstBefore(active, queue.held(), record);
        if (!interleaved)
            closeIf([](const EventBuilding &b) {
                return !b.killed || b.provisional;
            });
        EventBuilding &building = start(record, EventKind::KernelOom, false);
        building.event.slabBurst = burst;
        building.applyHeader(header, record);
        if (sysrqRequestLine > 0 && record.lines.first - sysrqRequestLine <= ProvisionalJoinLines)
            building.event.sysrq = true;
        sysrqRequestLine = -1;
        return true;
    }

    bool addAllocFailure(const LogRecord &record, const AllocFailure &failure)
    {
        // A slab failure block printed just before belongs to this failure (ppc64 4.12).
        EventBuilding *slabOnly = newestPreKill();
        if (slabOnly && slabOnly->event.kind == EventKind::AllocFailure && !slabOnly->hasHeader
            && slabOnly->lastRelevant + ProvisionalJoinLines >= record.lines.first) {
            slabOnly->touch(record);
            slabOnly->applyAllocFailure(failure, record);
            return true;
        }
        closeIf([](const EventBuilding &b) {
            return !b.killed || b.provisional;
        });
        EventBuilding &building = start(record, EventKind::AllocFailure, false);
        building.applyAllocFailure(failure, record);
        return true;
    }

    bool addSlabFailure(const LogRecord &record, const SlabAllocFailure &failure)
    {
        EventBuilding *target = newestPreKill();
        if (target && target->continuesSlabBurst(failure, record)) {
            target->touch(record);
            target->addSlabBurstMember(failure, record);
            return true;
        }
        if (!target || target->event.kind != EventKind::AllocFailure || target->event.slabFailure)
            target = &start(record, EventKind::AllocFailure, false);
        target->touch(record);
        target->applySlabFailure(failure, record);
        return true;
    }

    bool addStackLine(const LogRecord &record, QStringView text)
    {
        EventBuilding *target = newestPreKill();
        if (target && target->hasDump) {
            // A stack dump after the dump belongs to something else.
            target = nullptr;
        }
        if (!target) {
            if (active.isEmpty() || active.last().killed)
                target = &start(record, EventKind::KernelOom, true);
            else
                return false;
        }
        target->touch(record);
        target->addStackLine(text, record);
        return true;
    }

    bool addKill(const LogRecord &record, QStringView text);
    bool addDump(const LogRecord &record, QStringView text);
    bool addReaper(const LogRecord &record, const killlines::Reaped &reaped);
};

bool KernelReportAssembler::Private::addReaper(const LogRecord &record,
                                               const killlines::Reaped &reaped)
{
    Victim *victim = nullptr;
    for (EventBuilding &b : active) {
        for (Victim &v : b.event.victims) {
            if (v.pid == reaped.pid && !v.reaped && !v.reapFailed) {
                victim = &v;
                b.touch(record);
            }
        }
    }
    if (!victim) {
        if (OomEvent *event = queue.findUnreapedVictim(reaped.pid, &victim))
            event->lines.extend(record.lines);
    }
    if (!victim) {
        // The kill line was rate-limited ("callbacks suppressed") or cut: the reaper is
        // the evidence of the kill.
        EventBuilding &target = killTarget(record, [](const EventBuilding &) {
            return true;
        });
        Victim fromReaper;
        fromReaper.pid = reaped.pid;
        fromReaper.comm = reaped.comm;
        fromReaper.line = record.lines;
        target.event.victims.append(fromReaper);
        target.killed = true;
        target.event.notes.append(u"victim-from-reaper-line"_s);
        victim = &target.event.victims.last();
    }
    victim->reaped = !reaped.failed;
    victim->reapFailed = reaped.failed;
    victim->reapedAnonRssKb = reaped.anonRssKb;
    victim->reapedFileRssKb = reaped.fileRssKb;
    victim->reapedShmemRssKb = reaped.shmemRssKb;
    victim->reaperLine = record.lines;
    return true;
}

bool KernelReportAssembler::Private::addKill(const LogRecord &record, QStringView text)
{
    if (const auto summary = killlines::parseSummary(text)) {
        EventBuilding *target = newestPreKill();
        if (!target || target->hasSummary || target->event.kind != EventKind::KernelOom
            || (target->provisional
                && target->lastRelevant + ProvisionalJoinLines < record.lines.first))
            target = &start(record, EventKind::KernelOom, false);
        target->provisional = false;
        target->touch(record);
        target->applySummary(text.mid(text.indexOf(u"oom-kill:")).toString(), record);
        return true;
    }
    if (const auto selection = killlines::parseSelection(text)) {
        EventBuilding &target = killTarget(record, [](const EventBuilding &b) {
            return !b.event.selection.isPresent();
        });
        target.event.selection = *selection;
        target.event.selection.line = record.lines;
        return true;
    }
    if (auto ub = killlines::parseBeancounterKill(text)) {
        // The report (when the kernel printed one) precedes it like any kill line's.
        EventBuilding &target = killTarget(record, [](const EventBuilding &b) {
            return !b.event.selection.isPresent();
        });
        ub->victim.line = record.lines;
        target.event.selection.pid = ub->victim.pid;
        target.event.selection.comm = ub->victim.comm;
        target.event.selection.score = ub->score;
        target.event.selection.message = ub->victim.message;
        target.event.selection.line = record.lines;
        target.event.victims.append(ub->victim);
        // The beancounter limits the container as a memory cgroup does: it is the
        // limiting "cgroup", named as the kernel names it.
        target.event.memcg.oomCgroup = u"UB "_s + ub->beancounter;
        target.event.memcg.lines.extend(record.lines);
        target.event.notes.append(u"openvz-beancounter: "_s + ub->beancounter);
        target.killed = true;
        return true;
    }
    if (auto victim = killlines::parseKilled(text)) {
        victim->line = record.lines;
        EventBuilding *groupEvent = nullptr;
        if (!active.isEmpty() && active.last().killed
            && !active.last().event.oomGroupCgroup.isEmpty()
            && active.last().lastRelevant + ProvisionalJoinLines >= record.lines.first)
            groupEvent = &active.last();
        if (groupEvent) {
            victim->groupMember = true;
            groupEvent->touch(record);
            groupEvent->event.victims.append(*victim);
            return true;
        }
        // 5.1+ names the victim in the summary just before: a kill line of another pid is
        // another OOM's (the lines between them were not copied). With a selection line
        // (5.0 and the RHEL 7 backport) the summary names the selected task, and a child
        // or the thread group leader may die instead.
        const std::optional<qint64> pid = victim->pid;
        EventBuilding &target = killTarget(record, [pid](const EventBuilding &b) {
            return !pid || !b.summaryPid() || *b.summaryPid() == *pid
                || b.event.selection.isPresent();
        });
        target.event.victims.append(*victim);
        target.killed = true;
        return true;
    }
    if (auto sharing = killlines::parseSharingSameMemory(text)) {
        if (active.isEmpty() || !active.last().killed)
            return false;
        sharing->line = record.lines;
        active.last().touch(record);
        active.last().event.victims.append(*sharing);
        return true;
    }
    if (const auto group = killlines::parseOomGroup(text)) {
        if (active.isEmpty() || !active.last().killed)
            return false;
        active.last().touch(record);
        active.last().event.oomGroupCgroup = *group;
        return true;
    }
    if (const auto reaped = killlines::parseReaper(text))
        return addReaper(record, *reaped);
    if (const auto panic = killlines::parsePanic(text)) {
        const bool isOomPanic = panic->kind != killlines::PanicKind::OtherPanic;
        if (!isOomPanic && active.isEmpty())
            return false; // an unrelated panic
        EventBuilding &target = isOomPanic ? killTarget(record,
                                                        [](const EventBuilding &) {
                                                            return true;
                                                        })
                                           : active.last();
        target.touch(record);
        target.applyPanic(*panic);
        return true;
    }
    if (const auto suppressed = killlines::parseCallbacksSuppressed(text)) {
        EventBuilding *target = newestPreKill();
        if (!target)
            return false;
        target->touch(record);
        target->event.callbacksSuppressed = *suppressed;
        return true;
    }
    if (const auto exiting = killlines::parseAlreadyExiting(text)) {
        EventBuilding &target = killTarget(record, [](const EventBuilding &) {
            return true;
        });
        target.event.notes.append(u"victim-already-exiting"_s);
        target.killed = true;
        return true;
    }
    return false;
}

bool KernelReportAssembler::Private::addDump(const LogRecord &record, QStringView text)
{
    EventBuilding *newest = newestPreKill();
    // Lines whose meaning depends on the previous line of the same report.
    if (newest && !newest->killed
        && newest->lastRelevant + ProvisionalJoinLines >= record.lines.first) {
        if (newest->continueSection(text, record))
            return true;
    }
    if (const auto taskIn = memcglines::parseTaskIn(text)) {
        dumpTarget(record, true).applyTaskIn(*taskIn, record);
        return true;
    }
    if (const auto reached = memcglines::parseLimitReached(text)) {
        EventBuilding &b = dumpTarget(record, true);
        b.event.memcg.oomCgroup = *reached;
        b.event.memcg.lines.extend(record.lines);
        return true;
    }
    if (const auto counter = memcglines::parseCounter(text)) {
        dumpTarget(record, true).applyCounter(*counter, record);
        return true;
    }
    if (const auto stats = memcglines::parseStatsHeader(text)) {
        dumpTarget(record, true).beginStats(*stats, record);
        return true;
    }
    if (const auto protection = memcglines::parseProtection(text)) {
        EventBuilding &b = dumpTarget(record, true);
        b.event.protectedMinKb = protection->minKb;
        b.event.protectedLowKb = protection->lowKb;
        return true;
    }
    if (tasktable::isTasksStateLine(text)) {
        EventBuilding &b = dumpTarget(record, true);
        b.hasDump = true;
        b.event.tasksStateLine = true;
        return true;
    }
    if (const auto layout = tasktable::parseHeader(text)) {
        dumpTarget(record, true).beginTaskTable(*layout);
        return true;
    }
    // Shared with show_mem() outside OOM reports: provisional until proven.
    if (meminfolines::isMemInfoStart(text) || meminfolines::isPerCpuLine(text)) {
        dumpTarget(record, false, true).hasDump = true;
        return true;
    }
    if (auto node = meminfolines::parseNodeLine(text)) {
        node->line = record.lines;
        dumpTarget(record, false, true).addNode(*node);
        return true;
    }
    if (auto zone = meminfolines::parseZoneLine(text)) {
        zone->line = record.lines;
        dumpTarget(record, false, true).addZone(*zone);
        return true;
    }
    if (auto buddy = meminfolines::parseBuddyLine(text)) {
        buddy->line = record.lines;
        dumpTarget(record, false, true).addBuddy(*buddy);
        return true;
    }
    if (const auto reserve = meminfolines::parseLowmemReserve(text)) {
        dumpTarget(record, false, true).addLowmemReserve(*reserve, record);
        return true;
    }
    if (auto pool = meminfolines::parseHugepages(text)) {
        pool->line = record.lines.first;
        dumpTarget(record, false, true).addHugepages(*pool);
        return true;
    }
    if (const auto summary = meminfolines::parseSummaryLine(text)) {
        dumpTarget(record, false, true).applySummaryLine(*summary, record);
        return true;
    }
    if (const auto counters = meminfolines::parseGlobalCounters(text)) {
        dumpTarget(record, false, true).addGlobalCounters(*counters, record);
        return true;
    }
    if (meminfolines::isSlabDumpStart(text)) {
        dumpTarget(record, false).beginSlabDump();
        return true;
    }
    if (text.startsWith(u"Swap cache stats:") || text.startsWith(u"Swap cache:")
        || text.startsWith(u"Memory allocations (profiling") || text.startsWith(u"Free pages:")) {
        dumpTarget(record, false, true);
        return true;
    }
    return false;
}

KernelReportAssembler::KernelReportAssembler(EventQueue &queue)
    : d(std::make_unique<Private>(queue))
{
}

KernelReportAssembler::~KernelReportAssembler() = default;

void KernelReportAssembler::advanceTo(qint64 line)
{
    d->expire(line);
}

bool KernelReportAssembler::add(const LogRecord &record)
{
    d->expire(record.lines.first);
    // A report prints within seconds: minutes later, its lines are over (what follows is
    // another OOM, even when a grep removed everything between them).
    if (record.uptime || record.time)
        d->closeIf([&record](const EventBuilding &b) {
            return !b.agreesInTime(record);
        });
    const QStringView text = QStringView(record.text).trimmed();
    if (record.elision) {
        if (d->active.isEmpty())
            return false;
        d->active.last().noteElision(record);
        return true;
    }
    if (text.isEmpty())
        return false;
    if (const auto header = headerlines::parseHeader(text))
        return d->addHeader(record, *header);
    if (const auto failure = parseAllocFailure(text))
        return d->addAllocFailure(record, *failure);
    if (const auto slab = parseSlabAllocFailure(text))
        return d->addSlabFailure(record, *slab);
    // The lines of a report come from one program: another's line between them (syslog
    // interleaves them) may start or end an event, never continue one.
    EventBuilding *newest = d->newestPreKill();
    const bool foreign = newest && !newest->sharesSource(record);
    if (newest && !foreign && newest->continueSlabFailure(text, record))
        return true;
    if (killlines::isSysrqOomRequest(text)) {
        d->sysrqRequestLine = record.lines.last;
        return true;
    }
    if (killlines::isCompactionDisabled(text)) {
        if (!newest || foreign)
            return false;
        newest->touch(record);
        newest->event.trigger.compactionDisabled = true;
        return true;
    }
    if (const auto cpuset = headerlines::parseCpusetLine(text)) {
        if (newest && !foreign && newest->hasHeader && !newest->hasDump) {
            newest->touch(record);
            newest->applyCpusetLine(*cpuset);
            return true;
        }
    }
    if (d->addKill(record, text))
        return true;
    if (foreign)
        return false;
    if (d->addDump(record, text))
        return true;
    if (headerlines::isStackDumpLine(text))
        return d->addStackLine(record, text);
    return false;
}

void KernelReportAssembler::addGap()
{
    // Nothing provisional survives a gap: its continuation was not seen.
    d->closeIf([](const EventBuilding &b) {
        return b.provisional;
    });
}

void KernelReportAssembler::finish()
{
    while (!d->active.isEmpty())
        d->close(0);
}

void KernelReportAssembler::closeKilled()
{
    d->closeIf([](const EventBuilding &b) {
        return b.killed && !b.provisional;
    });
}

bool KernelReportAssembler::wantsContext(qint64 lastFedLine) const
{
    for (const EventBuilding &b : d->active) {
        if (!b.killed && b.lastRelevant + RelevanceLines >= lastFedLine)
            return true;
    }
    return false;
}

qint64 KernelReportAssembler::firstOpenLine() const
{
    qint64 first = std::numeric_limits<qint64>::max();
    for (const EventBuilding &b : d->active) {
        if (!b.provisional)
            first = qMin(first, b.event.lines.first);
    }
    return first;
}

} // namespace oom
