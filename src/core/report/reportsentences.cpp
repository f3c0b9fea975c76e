// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The sentences of ReportFormat that describe one event: its title, "what happened",
// the trigger and the victims.
#include "core/report/reportformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

bool isSysrq(const OomEvent &event)
{
    return event.sysrq || event.trigger.path == OomPath::SysRq
        || (event.trigger.order && *event.trigger.order == -1);
}

QString percent(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QString ReportFormat::victimName(const Victim &victim)
{
    if (!victim.comm.isEmpty())
        return victim.comm;
    if (!victim.cgroup.isEmpty())
        return victim.cgroup;
    return victim.pid ? tr("pid %1").arg(*victim.pid) : tr("an unknown process");
}

QString ReportFormat::title(const OomEvent &event)
{
    switch (event.kind) {
    case EventKind::AllocFailure: return tr("Page allocation failure");
    case EventKind::UserspaceKill:
        switch (event.killer) {
        case Killer::SystemdOomd: return tr("systemd-oomd kill");
        case Killer::Earlyoom: return tr("earlyoom kill");
        case Killer::Nohang: return tr("nohang kill");
        case Killer::AndroidLmkd: return tr("Android lmkd kill");
        case Killer::AndroidLowMemoryKiller: return tr("Android low memory killer kill");
        case Killer::ChromeOs: return tr("ChromeOS low-memory kill");
        case Killer::Kernel: break;
        }
        return tr("Userspace OOM kill");
    case EventKind::KernelOom: break;
    }
    if (isSysrq(event))
        return tr("Manual OOM kill (SysRq-f)");
    if (isMemcgOom(event))
        return tr("Memory cgroup OOM");
    if (event.constraint.value_or(QString()) == u"CONSTRAINT_CPUSET"_s)
        return tr("Cpuset OOM");
    if (event.constraint.value_or(QString()) == u"CONSTRAINT_MEMORY_POLICY"_s)
        return tr("Memory policy OOM");
    if (event.headerSuppressed && !event.constraint)
        return tr("OOM kill (report suppressed)");
    return tr("System-wide OOM");
}

QString ReportFormat::victim(const Victim &victim)
{
    QStringList parts;
    if (victim.pid)
        parts.append(tr("pid %1").arg(*victim.pid));
    if (victim.uid)
        parts.append(tr("uid %1").arg(*victim.uid));
    if (victim.anonRssKb)
        parts.append(tr("anon %1").arg(size(*victim.anonRssKb)));
    if (victim.fileRssKb)
        parts.append(tr("file %1").arg(size(*victim.fileRssKb)));
    if (victim.shmemRssKb)
        parts.append(tr("shmem %1").arg(size(*victim.shmemRssKb)));
    if (victim.rssKb)
        parts.append(tr("rss %1").arg(size(*victim.rssKb)));
    if (victim.swapKb)
        parts.append(tr("swap %1").arg(size(*victim.swapKb)));
    if (victim.totalVmKb)
        parts.append(tr("total-vm %1").arg(size(*victim.totalVmKb)));
    if (victim.pgtablesKb)
        parts.append(tr("page tables %1").arg(size(*victim.pgtablesKb)));
    if (victim.oomScoreAdj)
        parts.append(tr("oom_score_adj %1").arg(*victim.oomScoreAdj));
    QString text = parts.isEmpty() ? victimName(victim)
                                   : tr("%1 (%2)").arg(victimName(victim), parts.join(u", "_s));
    if (!victim.cgroup.isEmpty() && victim.cgroup != victimName(victim))
        text += tr(" in %1").arg(victim.cgroup);
    if (victim.groupMember)
        text += tr(", killed with its memory.oom.group");
    if (victim.reaped)
        text += tr(", memory reaped");
    if (victim.reapFailed)
        text += tr(", the reaper could not free its memory");
    return text;
}

QString ReportFormat::trigger(const OomEvent &event)
{
    const TriggerInfo &t = event.trigger;
    if (t.comm.isEmpty() && !t.pid && t.gfpMask.isEmpty() && !t.order)
        return {};
    QStringList parts;
    QString who = t.comm.isEmpty() ? unknown() : t.comm;
    if (t.pid)
        who = tr("%1 (pid %2)").arg(who, QString::number(*t.pid));
    if (t.order) {
        if (*t.order < 0)
            parts.append(tr("order -1 (manual SysRq request)"));
        else if (event.pageSizeKb)
            parts.append(tr("order %1 (%2)")
                             .arg(*t.order)
                             .arg(size(blockSize(*event.pageSizeKb, *t.order))));
        else
            parts.append(tr("order %1").arg(*t.order));
    }
    if (!t.gfpMask.isEmpty()) {
        parts.append(t.gfpFlags.isEmpty()
                         ? tr("gfp_mask %1").arg(t.gfpMask)
                         : tr("gfp_mask %1 (%2)").arg(t.gfpMask, t.gfpFlags.join(u'|')));
    }
    if (t.oomScoreAdj)
        parts.append(tr("oom_score_adj %1").arg(*t.oomScoreAdj));
    switch (t.path) {
    case OomPath::PageAllocator: parts.append(tr("via the page allocator")); break;
    case OomPath::Memcg: parts.append(tr("via the memory cgroup charge")); break;
    case OomPath::PageFault: parts.append(tr("via a page fault")); break;
    case OomPath::SysRq: parts.append(tr("via SysRq-f")); break;
    case OomPath::Unknown: break;
    }
    if (!t.cpuset.isEmpty())
        parts.append(tr("cpuset %1").arg(t.cpuset));
    if (!t.memsAllowed.isEmpty())
        parts.append(tr("mems_allowed %1").arg(t.memsAllowed));
    if (t.compactionDisabled)
        parts.append(tr("compaction disabled"));
    return parts.isEmpty() ? who : tr("%1 requested %2").arg(who, parts.join(u", "_s));
}

QString ReportFormat::slabBurst(const SlabFailureBurst &burst)
{
    const QString caches = burst.caches.isEmpty()
        //: The slab caches that failed are not printed in the log.
        ? tr("caches the log does not name")
        : burst.caches.join(u", "_s);
    QString gfp = burst.gfpMask.isEmpty()
        ? unknown()
        : (burst.gfpFlags.isEmpty() ? burst.gfpMask
                                    : tr("%1 (%2)").arg(burst.gfpMask, burst.gfpFlags.join(u'|')));
    if (burst.gfpVaries)
        //: gfp_mask of the first failure; the later ones printed other masks.
        gfp = tr("%1 first, others later").arg(gfp);
    const QString seconds = burst.secondsApart
        ? QLocale().toString(*burst.secondsApart, 'f', *burst.secondsApart < 10 ? 1 : 0)
        : QString();
    const QString when = burst.afterKill
        ? (seconds.isEmpty() ? tr("after the kill")
                             : tr("%1 s after the report began").arg(seconds))
        : (seconds.isEmpty() ? tr("just before the report")
                             : tr("%1 s before the report").arg(seconds));
    //: %n count, %1 allocator (SLUB, SLAB), %2 when, %3 slab caches, %4 gfp_mask.
    return tr("%n %1 allocation failure(s) %2, in %3, gfp_mask %4", nullptr, burst.count)
        .arg(burst.allocator.isEmpty() ? unknown() : burst.allocator, when, caches, gfp);
}

QString ReportFormat::whatHappened(const OomEvent &event)
{
    const UserspaceKillDetail &u = event.userspace;
    const QString first = event.victims.isEmpty() ? QString() : victimName(event.victims.first());

    if (event.kind == EventKind::AllocFailure) {
        const QString who = event.trigger.comm.isEmpty() ? unknown() : event.trigger.comm;
        if (event.slabFailure && !event.trigger.order) {
            // "SLUB: Unable to allocate memory": no order is printed, a cache is.
            const QString cache =
                event.slabFailure->cache.isEmpty() ? unknown() : event.slabFailure->cache;
            return tr("The %1 allocator could not grow the slab cache %2 (%3); the kernel did not "
                      "kill "
                      "anything for it")
                .arg(event.slabFailure->allocator, cache,
                     event.trigger.gfpMask.isEmpty() ? unknown() : event.trigger.gfpMask);
        }
        const QString order =
            event.trigger.order ? QString::number(*event.trigger.order) : unknown();
        return tr("%1 could not allocate an order-%2 block (%3); the kernel did not kill "
                  "anything for it")
            .arg(who, order, event.trigger.gfpMask.isEmpty() ? unknown() : event.trigger.gfpMask);
    }

    if (event.kind == EventKind::UserspaceKill) {
        QString killer;
        switch (event.killer) {
        case Killer::SystemdOomd: killer = u"systemd-oomd"_s; break;
        case Killer::Earlyoom: killer = u"earlyoom"_s; break;
        case Killer::Nohang: killer = u"nohang"_s; break;
        case Killer::AndroidLmkd: killer = u"lmkd"_s; break;
        case Killer::AndroidLowMemoryKiller: killer = tr("The kernel's lowmemorykiller"); break;
        case Killer::ChromeOs: killer = tr("Chrome's tab manager"); break;
        case Killer::Kernel: killer = tr("A userspace OOM killer"); break;
        }
        QString text = first.isEmpty() ? tr("%1 killed a process").arg(killer)
                                       : tr("%1 killed %2").arg(killer, first);
        if (event.killer == Killer::SystemdOomd) {
            if (u.swapBased && u.limitPercent)
                text += tr(" — swap use exceeded %1%").arg(percent(*u.limitPercent));
            else if (u.swapBased)
                text += tr(" — swap use passed its limit");
            else if (u.pressurePercent && u.limitPercent)
                text += tr(" — memory pressure %1% above the limit %2%")
                            .arg(percent(*u.pressurePercent), percent(*u.limitPercent));
            if (!u.duration.isEmpty())
                text += tr(" for %1").arg(u.duration);
            if (!u.monitoredCgroup.isEmpty())
                text += tr(" in %1").arg(u.monitoredCgroup);
        } else {
            QStringList why;
            if (u.memAvailablePercent)
                why.append(tr("MemAvailable %1%").arg(percent(*u.memAvailablePercent)));
            if (u.swapFreePercent)
                why.append(tr("SwapFree %1%").arg(percent(*u.swapFreePercent)));
            if (!u.signal.isEmpty())
                text += tr(" with %1").arg(u.signal);
            if (u.vmRssMiB)
                text += tr(" (rss %1)").arg(size(*u.vmRssMiB * 1024));
            if (!event.victims.isEmpty() && event.victims.first().rssKb)
                text += event.killer == Killer::ChromeOs
                    ? tr(" (an estimated %1 freed)").arg(size(*event.victims.first().rssKb))
                    : tr(" (rss %1)").arg(size(*event.victims.first().rssKb));
            if (!u.reason.isEmpty())
                why.append(u.reason);
            if (!why.isEmpty())
                text += u" — "_s + why.join(u", "_s);
        }
        return text;
    }

    // Kernel OOM: where, whom, and the limit that was hit.
    QString where = title(event);
    if (isMemcgOom(event)) {
        const QString cg =
            !event.memcg.oomCgroup.isEmpty() ? event.memcg.oomCgroup : event.memcg.taskCgroup;
        if (!cg.isEmpty())
            where = tr("Memory cgroup OOM in %1").arg(cg);
    } else if (event.constraint.value_or(QString()) == u"CONSTRAINT_CPUSET"_s
               && !event.trigger.cpuset.isEmpty()) {
        where = tr("Cpuset OOM in %1").arg(event.trigger.cpuset);
    }

    QString action;
    if (!event.victims.isEmpty()) {
        const Victim &v = event.victims.first();
        QStringList facts;
        if (v.pid)
            facts.append(tr("pid %1").arg(*v.pid));
        if (v.anonRssKb)
            facts.append(tr("anon %1").arg(size(*v.anonRssKb)));
        else if (v.rssKb)
            facts.append(tr("rss %1").arg(size(*v.rssKb)));
        action = facts.isEmpty() ? tr("killed %1").arg(first)
                                 : tr("killed %1 (%2)").arg(first, facts.join(u", "_s));
        if (event.victims.size() > 1)
            action += event.victims.size() == 2
                ? tr(" and 1 more process")
                : tr(" and %1 more processes").arg(event.victims.size() - 1);
    } else if (event.noKillableTask) {
        action = tr("no killable process was found");
    } else if (event.panic) {
        action = tr("the kernel panicked instead of killing");
    } else {
        action = tr("no kill is recorded in the log");
    }

    QString detail;
    const MemcgCounter &memory = event.memcg.memory;
    if (isMemcgOom(event) && memory.isPresent() && memory.limitKb) {
        detail = memory.usageKb && *memory.usageKb >= *memory.limitKb
            ? tr("limit %1 reached, failcnt %2").arg(size(*memory.limitKb), number(memory.failcnt))
            : tr("usage %1 of limit %2, failcnt %3")
                  .arg(size(memory.usageKb), size(*memory.limitKb), number(memory.failcnt));
    } else if (!isMemcgOom(event) && (event.swap.freeKb || event.swap.totalKb)) {
        detail = tr("swap: %1").arg(swap(event.swap));
    }
    if (event.panic && !event.panicMessage.isEmpty())
        detail = detail.isEmpty() ? tr("panic: %1").arg(event.panicMessage)
                                  : tr("%1; panic: %2").arg(detail, event.panicMessage);

    QString text = tr("%1: %2").arg(where, action);
    if (!detail.isEmpty())
        text += u" — "_s + detail;
    return text;
}

} // namespace oom
