// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Causes told by who acted: a person (SysRq-f), the kernel's panic policy, a userspace
// killer, or an allocation that failed without any kill.

#include "core/analysis/causeevidence.h"
#include "core/analysis/causeids.h"
#include "core/analysis/causerules.h"

using namespace Qt::StringLiterals;

namespace oom::causes {

namespace {

QString victimCgroup(const OomEvent &event)
{
    return event.victims.isEmpty() ? QString() : event.victims.first().cgroup;
}

// Android's lmkd or kernel driver, Chrome on ChromeOS: they kill on thresholds of their
// own before the kernel would run out; the verdict is theirs, in their words.
Finding lowMemoryKiller(const OomEvent &e)
{
    const Victim victim = e.victims.value(0);
    QString who = victim.comm.isEmpty() ? ReportFormat::unknown() : victim.comm;
    if (victim.pid)
        who = CauseText::tr("%1 (pid %2)").arg(who).arg(*victim.pid);
    const QString adj =
        victim.oomScoreAdj ? QString::number(*victim.oomScoreAdj) : ReportFormat::unknown();
    const QString freed = victim.rssKb ? size(*victim.rssKb) : ReportFormat::unknown();
    const QString reason = e.userspace.reason;
    Finding f;
    if (e.killer == Killer::ChromeOs) {
        f.cause = makeCause(causeid::ChromeOsLowMemory, Severity::Critical, QString());
        f.cause.summary =
            CauseText::tr(
                "Chrome on ChromeOS closed %1 to free an estimated %2 when the system ran low "
                "on memory, before the kernel ran out.")
                .arg(who, freed);
        return f;
    }
    f.cause = makeCause(causeid::AndroidLowMemoryKiller, Severity::Critical, QString());
    const bool daemon = e.killer == Killer::AndroidLmkd;
    if (reason.isEmpty() && !victim.oomScoreAdj && !victim.rssKb && !daemon)
        f.cause.summary = CauseText::tr(
                              "The kernel's Android lowmemorykiller driver killed %1 "
                              "before the kernel ran out of memory; the log shows "
                              "neither its reason nor the memory it freed.")
                              .arg(who);
    else if (reason.isEmpty())
        f.cause.summary =
            (daemon ? CauseText::tr("Android's low memory killer daemon (lmkd) killed %1, "
                                    "oom_score_adj %2, to free %3 before the kernel ran out of "
                                    "memory. The log does not show its reason.")
                    : CauseText::tr("The kernel's Android lowmemorykiller driver killed %1, "
                                    "oom_score_adj %2, to free %3 before the kernel ran out of "
                                    "memory. The log does not show its reason."))
                .arg(who, adj, freed);
    else
        f.cause.summary =
            (daemon ? CauseText::tr("Android's low memory killer daemon (lmkd) killed %1, "
                                    "oom_score_adj %2, to free %3 before the kernel ran out of "
                                    "memory; its reason: %4.")
                    : CauseText::tr("The kernel's Android lowmemorykiller driver killed %1, "
                                    "oom_score_adj %2, to free %3 before the kernel ran out of "
                                    "memory; its reason: %4."))
                .arg(who, adj, freed, reason);
    return f;
}

void userspaceKiller(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    const UserspaceKillDetail &u = e.userspace;
    Finding f;
    switch (e.killer) {
    case Killer::SystemdOomd:
        // Every figure in a sentence must be in the log: a kill line that was cut, or
        // "Marked <cg> for killing" without its reason, gets the sentence without them.
        if (u.swapBased) {
            f.cause = makeCause(causeid::OomdSwap, Severity::Critical, remedyid::SystemdPolicy);
            if (u.limitPercent && u.swapUsedBytes && u.swapTotalBytes)
                f.cause.summary =
                    CauseText::tr(
                        "systemd-oomd killed %1 because swap use passed its limit of %2 %: "
                        "%3 of %4 swap was in use.")
                        .arg(victimCgroup(e), percent(*u.limitPercent),
                             size(bytesToKiB(*u.swapUsedBytes)),
                             size(bytesToKiB(*u.swapTotalBytes)));
            else
                f.cause.summary =
                    CauseText::tr(
                        "systemd-oomd killed %1 because swap use passed its limit "
                        "(SwapUsedLimit=); it chose the cgroup using the most swap. The "
                        "log does not show the figures.")
                        .arg(victimCgroup(e));
        } else {
            f.cause = makeCause(causeid::OomdPressure, Severity::Critical, remedyid::SystemdPolicy);
            if (!u.monitoredCgroup.isEmpty() && u.pressurePercent && u.limitPercent
                && !u.duration.isEmpty())
                f.cause.summary =
                    CauseText::tr(
                        "systemd-oomd killed %1 because memory pressure in %2 was %3 %, above "
                        "its limit of %4 % for more than %5.")
                        .arg(victimCgroup(e), u.monitoredCgroup, percent(*u.pressurePercent),
                             percent(*u.limitPercent), u.duration);
            else if (!u.monitoredCgroup.isEmpty() && u.pressurePercent && u.limitPercent)
                f.cause.summary =
                    CauseText::tr(
                        "systemd-oomd killed %1 because memory pressure in %2 was %3 %, above "
                        "its limit of %4 %.")
                        .arg(victimCgroup(e), u.monitoredCgroup, percent(*u.pressurePercent),
                             percent(*u.limitPercent));
            else
                f.cause.summary =
                    CauseText::tr(
                        "systemd-oomd killed %1; the log does not show its reason (memory "
                        "pressure or swap use) or its figures.")
                        .arg(victimCgroup(e));
        }
        break;
    case Killer::Earlyoom:
    case Killer::Nohang: {
        const bool earlyoom = e.killer == Killer::Earlyoom;
        f.cause = makeCause(earlyoom ? causeid::Earlyoom : causeid::Nohang, Severity::Critical,
                            QString());
        const Victim victim = e.victims.value(0);
        const QString who = u"%1 (%2)"_s.arg(victim.comm).arg(victim.pid.value_or(0));
        QString why;
        if (u.memAvailablePercent)
            why = CauseText::tr(" Available memory was %1 % and free swap %2 %.")
                      .arg(percent(*u.memAvailablePercent), percent(u.swapFreePercent.value_or(0)));
        f.cause.summary =
            (earlyoom ? CauseText::tr("earlyoom sent %1 to %2 before the kernel ran out of memory.")
                      : CauseText::tr("nohang sent %1 to %2 before the kernel ran out of memory."))
                .arg(u.signal.isEmpty() ? u"a signal"_s : u.signal, who)
            + why;
        break;
    }
    case Killer::AndroidLmkd:
    case Killer::AndroidLowMemoryKiller:
    case Killer::ChromeOs: f = lowMemoryKiller(e); break;
    case Killer::Kernel: return;
    }
    f.confidence = 95;
    addKillEvidence(f.cause, e);
    addEvidence(f.cause, u.contextLines);
    out.append(f);
}

} // namespace

void killerRules(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    if (e.kind == EventKind::UserspaceKill) {
        userspaceKiller(facts, out);
        return;
    }
    if (e.sysrq) {
        Finding f{makeCause(causeid::SysrqManual, Severity::Info, QString()), 100};
        f.cause.summary = CauseText::tr(
            "Someone started the OOM killer by hand (SysRq-f or /proc/sysrq-trigger); "
            "the memory state did not require a kill.");
        addEvidence(f.cause, e.trigger.headerLine);
        addKillEvidence(f.cause, e);
        out.append(f);
    }
    if (e.panic && e.panicMessage.contains(u"panic_on_oom"_s)) {
        Finding f{makeCause(causeid::PanicOnOom, Severity::Critical, QString()), 97};
        f.cause.summary = CauseText::tr(
            "vm.panic_on_oom is set, so the kernel panicked (and rebooted or hung) "
            "instead of killing a process.");
        addEvidence(f.cause, e.lines.isValid() ? LineSpan{e.lines.last, e.lines.last} : LineSpan{});
        out.append(f);
    }
    if (e.noKillableTask) {
        Finding f{makeCause(causeid::NoKillableTask, Severity::Critical, QString()), 96};
        f.cause.summary = e.panic
            ? CauseText::tr(
                "No process could be killed (all were protected, exiting or kernel threads), so "
                "the "
                "kernel panicked.")
            : CauseText::tr(
                "No process could be killed: every candidate was protected (oom_score_adj −1000), "
                "already exiting, or a kernel thread.");
        addEvidence(f.cause, e.trigger.headerLine);
        addEvidence(f.cause, e.lines.isValid() ? LineSpan{e.lines.last, e.lines.last} : LineSpan{});
        out.append(f);
    }
    if (e.kind == EventKind::AllocFailure) {
        const std::optional<int> order = e.trigger.order;
        Finding f{makeCause(causeid::AllocFailure, Severity::Warning,
                            order.value_or(0) > 0 ? remedyid::Compaction : QString()),
                  80};
        const QString who =
            e.trigger.comm.isEmpty() ? CauseText::tr("A kernel path") : e.trigger.comm;
        const QString mode =
            e.trigger.gfpMask.isEmpty() ? CauseText::tr("an unknown gfp mask") : e.trigger.gfpMask;
        if (e.slabFailure && !order) {
            // "SLUB: Unable to allocate memory": a slab cache could not grow.
            const QString cache = e.slabFailure->cache.isEmpty() ? CauseText::tr("a slab cache")
                                                                 : e.slabFailure->cache;
            f.cause.summary =
                CauseText::tr(
                    "The %1 allocator could not grow %2 (mode %3); the kernel gave up without "
                    "killing a process and the caller saw an error.")
                    .arg(e.slabFailure->allocator, cache, mode);
            addEvidence(f.cause, LineSpan{e.slabFailure->lines.first, e.slabFailure->lines.first});
        } else if (order) {
            f.cause.summary =
                CauseText::tr(
                    "%1 could not allocate %2 contiguous (order %3, mode %4); the kernel gave up "
                    "without killing a process and the caller saw an error.")
                    .arg(who, size(blockSize(facts.pageSize, *order)))
                    .arg(*order)
                    .arg(mode);
        } else {
            f.cause.summary =
                CauseText::tr(
                    "%1 could not allocate memory (mode %2; the log does not show the size); "
                    "the kernel gave up without killing a process and the caller saw an error.")
                    .arg(who, mode);
        }
        addEvidence(f.cause, e.trigger.headerLine);
        out.append(f);
    }
}

} // namespace oom::causes
