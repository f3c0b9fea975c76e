// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/kernel/eventbuilding.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

const TaskRow *taskWithPid(const OomEvent &event, qint64 pid)
{
    for (const TaskRow &row : event.tasks) {
        if (row.pid == pid)
            return &row;
    }
    return nullptr;
}

// The page size in kB, told by the text: the order-0 block of a buddy line ("N*4kB"), or
// else the victim's RSS in kB against its task row's RSS in pages.
std::optional<KiB> detectPageSizeKb(const OomEvent &event)
{
    for (const BuddyFreeList &list : event.buddy) {
        if (!list.orders.isEmpty() && list.orders.first().blockKb > KiB(0))
            return list.orders.first().blockKb;
    }
    for (const Victim &victim : event.victims) {
        if (!victim.pid || !victim.anonRssKb || !victim.fileRssKb)
            continue;
        const TaskRow *row = taskWithPid(event, *victim.pid);
        if (!row || !row->rssPages || *row->rssPages < Pages(256))
            continue; // too small to tell 4 kB from 16 kB reliably
        const KiB rss = *victim.anonRssKb + *victim.fileRssKb + orZero(victim.shmemRssKb);
        const double ratio = kibPerPage(rss, *row->rssPages);
        for (const qint64 candidate : {4, 8, 16, 64}) {
            if (ratio > candidate * 0.9 && ratio < candidate * 1.1)
                return KiB(candidate);
        }
    }
    return std::nullopt;
}

} // namespace

OomEvent EventBuilding::finalize()
{
    OomEvent &e = event;
    TriggerInfo &t = e.trigger;
    if (e.kind == EventKind::KernelOom) {
        t.path = headerlines::pathFromFrames(t.callTrace);
        if (t.order == -1) {
            // order=-1 is SysRq-f's marker (is_sysrq_oom()), whatever the call trace shows.
            t.path = OomPath::SysRq;
        }
        if (t.path == OomPath::SysRq)
            e.sysrq = true;
        if (t.path == OomPath::Unknown && e.memcg.isPresent() && !e.memcg.hostLimit
            && !e.memcg.oomCgroup.isEmpty())
            t.path = OomPath::Memcg;
    }

    // 5.1+ prints the summary about the actual victim; when the kill line is missing
    // (cut, or an excerpt that ends at the summary) the summary still names it.
    if (e.victims.isEmpty() && m_summary.pid && e.kind == EventKind::KernelOom) {
        Victim victim;
        victim.pid = m_summary.pid;
        victim.comm = m_summary.task;
        victim.uid = m_summary.uid;
        victim.line = m_summaryLine;
        e.victims.append(victim);
        e.notes.append(u"victim-from-summary-line"_s);
    }
    for (Victim &victim : e.victims) {
        const bool isSummaryTask = victim.pid && victim.pid == m_summary.pid;
        if (victim.cgroup.isEmpty() && !victim.groupMember) {
            if (isSummaryTask && !m_summary.taskMemcg.isEmpty())
                victim.cgroup = m_summary.taskMemcg;
            else if (e.victims.size() == 1 && !e.memcg.taskCgroup.isEmpty())
                victim.cgroup = e.memcg.taskCgroup;
        }
        if (!victim.uid && isSummaryTask)
            victim.uid = m_summary.uid;
        // Kill lines before 5.4 print neither uid nor oom_score_adj; the task dump of the
        // same report does.
        if (victim.pid) {
            if (const TaskRow *row = taskWithPid(e, *victim.pid)) {
                if (!victim.uid)
                    victim.uid = row->uid;
                if (!victim.oomScoreAdj)
                    victim.oomScoreAdj = row->oomScoreAdj;
            }
        }
    }

    if (e.kind == EventKind::KernelOom) {
        // The kernel suppressed the dump only when it leaves a trace: "callbacks
        // suppressed", or a report printed just before (the rate limit's burst used up).
        // Otherwise the excerpt simply starts at the kill line.
        const bool dumpMissing = !hasHeader && !hasDump;
        e.headerSuppressed = dumpMissing && (e.callbacksSuppressed || withinRateLimitOfReport);
        if (dumpMissing)
            e.notes.append(u"dump-not-in-log"_s);
        else if (!hasHeader)
            e.notes.append(u"report-starts-mid-way"_s);
        if (e.victims.isEmpty() && !e.noKillableTask && !e.panic
            && !e.notes.contains(u"victim-already-exiting"_s))
            e.notes.append(u"no-kill-line"_s);
    }
    if (const auto burst = slabBurst())
        e.slabBurst = burst;
    if (m_slabFailures > 1) {
        e.notes.append(u"slab-failure-burst: %1"_s.arg(m_slabFailures));
        e.notes.append(u"slab-failure-caches: %1"_s.arg(m_slabCaches.join(u", "_s)));
    }
    if (m_taskRowDropped && e.tasks.isEmpty())
        e.taskLayout = m_layout;
    e.pageSizeKb = detectPageSizeKb(e);
    return std::move(e);
}

} // namespace oom
