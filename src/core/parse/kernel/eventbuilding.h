// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"
#include "core/parse/framing/logrecord.h"
#include "core/parse/kernel/headerlines.h"
#include "core/parse/kernel/killlines.h"
#include "core/parse/kernel/memcglines.h"
#include "core/parse/kernel/meminfolines.h"

namespace oom {
struct AllocFailure;
struct SlabAllocFailure;
} // namespace oom

namespace oom {

// One kernel event while its lines are still arriving: the OomEvent plus what the
// assembler needs to know about the report's progress. Puts each parsed line into the
// event; finalize() derives what only the whole report tells (victim fallbacks, page size,
// the call path, header-suppressed).
class EventBuilding
{
public:
    EventBuilding(EventKind kind, bool isProvisional);

    OomEvent event;
    bool provisional = false; // only content that also appears outside OOM reports so far
    bool killed = false;
    bool hasHeader = false;
    bool hasDump = false; // memcg block, Mem-Info or task table seen
    bool hasSummary = false;
    bool memInfoEnded = false; // "Total swap =" seen: this report's Mem-Info block is over
    qint64 lastRelevant = 0;
    QString ident; // the syslog ident of the report's first line ("kernel", or "" unknown)
    // Started by a kill line within the kernel's rate-limit interval of a printed report:
    // a missing dump is the kernel's suppression (oom_rs: 10 reports per 5 s), not a paste
    // that starts late.
    bool withinRateLimitOfReport = false;
    // A slab failure burst whose evidence went to an OOM report: dropped on close.
    bool absorbed = false;

    // False for a line another program logged between this report's lines (syslog
    // interleaves them): it must not end the report's task table or other sections.
    bool sharesSource(const LogRecord &record) const
    {
        return ident.isEmpty() || record.ident.isEmpty() || record.ident == ident;
    }
    void touch(const LogRecord &record);
    // Whether the record's kernel timestamp (or else its wall clock) is close enough to
    // this report's lines to be part of it: a report prints within seconds, so a kill line
    // minutes after a header (a grep kept only those two) is another OOM.
    bool agreesInTime(const LogRecord &record) const;
    // The victim pid the 5.0+ "oom-kill:" summary named, which the kill line repeats.
    std::optional<qint64> summaryPid() const { return m_summary.pid; }
    void noteElision(const LogRecord &record);

    void applyHeader(const headerlines::Header &header, const LogRecord &record);
    void applyAllocFailure(const AllocFailure &failure, const LogRecord &record);
    void applySlabFailure(const SlabAllocFailure &failure, const LogRecord &record);
    // Another "SLUB: Unable to allocate memory" of the same burst (a fork bomb in a
    // container prints them by the hundred): counted into this event, not a new one.
    bool continuesSlabBurst(const SlabAllocFailure &failure, const LogRecord &record) const;
    void addSlabBurstMember(const SlabAllocFailure &failure, const LogRecord &record);
    // This event as a burst of slab failures (nothing else: no page allocation failure
    // printed with it), for the OOM report it belongs to; nullopt for any other event.
    std::optional<SlabFailureBurst> slabBurst() const;
    // A "cache:" or "node N:" line of the slab failure block
    bool continueSlabFailure(QStringView text, const LogRecord &record);
    void applyCpusetLine(const headerlines::CpusetLine &line);
    void applyStackHeader(const headerlines::StackHeader &header);
    // A line of the stack dump: its header ("CPU: ... PID: ... Comm:") or a frame.
    void addStackLine(QStringView text, const LogRecord &record);

    void applyTaskIn(const memcglines::TaskInLine &line, const LogRecord &record);
    void applyCounter(const memcglines::CounterLine &line, const LogRecord &record);
    void beginStats(const memcglines::StatsHeader &header, const LogRecord &record);
    void beginTaskTable(TaskTableLayout layout);
    void beginSlabDump();

    void addGlobalCounters(const QList<std::pair<QString, qint64>> &counters,
                           const LogRecord &record);
    void addNode(const NodeState &node);
    void addZone(const ZoneState &zone);
    void addBuddy(const BuddyFreeList &buddy);
    void addLowmemReserve(const QList<qint64> &reserve, const LogRecord &record);
    void addHugepages(const HugepagePool &pool);
    void applySummaryLine(const meminfolines::SummaryLine &line, const LogRecord &record);

    void applySummary(const QString &summaryText, const LogRecord &record);
    void applyPanic(const killlines::Panic &panic);

    // Lines whose meaning depends on what came just before in this report: memory.stat
    // bodies, task rows, slab rows, printk continuations split off by another CPU.
    bool continueSection(QStringView text, const LogRecord &record);

    OomEvent finalize();

private:
    enum class Section { None, MemcgStats, TaskTable, SlabDump };
    enum class Last { Other, Buddy, LowmemReserve, Summary, TaskIn };

    Section m_section = Section::None;
    Last m_last = Last::Other;
    TaskTableLayout m_layout = TaskTableLayout::Unknown;
    QString m_summaryText;
    killlines::Summary m_summary;
    LineSpan m_summaryLine;
    bool m_timeSet = false;
    std::optional<double> m_lastUptime;
    std::optional<QDateTime> m_lastTime;
    bool m_elisionNoted = false;
    bool m_taskRowDropped = false;
    int m_slabFailures = 0; // "Unable to allocate memory" lines in this event
    QStringList m_slabCaches; // every cache they named, in order
};

} // namespace oom
