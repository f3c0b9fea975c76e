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

void userspaceKiller(const Facts &facts, QList<Finding> &out)
{
    const OomEvent &e = facts.event;
    const UserspaceKillDetail &u = e.userspace;
    Finding f;
    switch (e.killer) {
    case Killer::SystemdOomd:
        if (u.swapBased) {
            f.cause = makeCause(causeid::OomdSwap, Severity::Critical, remedyid::SystemdPolicy);
            f.cause.summary =
                CauseText::tr(
                    "systemd-oomd killed %1 because swap use passed its limit of %2 %: "
                    "%3 of %4 swap was in use.")
                    .arg(victimCgroup(e), percent(u.limitPercent.value_or(0)),
                         size(u.swapUsedBytes.value_or(0) / 1024),
                         size(u.swapTotalBytes.value_or(0) / 1024));
        } else {
            f.cause = makeCause(causeid::OomdPressure, Severity::Critical, remedyid::SystemdPolicy);
            f.cause.summary =
                CauseText::tr(
                    "systemd-oomd killed %1 because memory pressure in %2 was %3 %, above "
                    "its limit of %4 % for more than %5.")
                    .arg(victimCgroup(e), u.monitoredCgroup, percent(u.pressurePercent.value_or(0)),
                         percent(u.limitPercent.value_or(0)), u.duration);
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
        const int order = e.trigger.order.value_or(0);
        Finding f{makeCause(causeid::AllocFailure, Severity::Warning,
                            order > 0 ? remedyid::Compaction : QString()),
                  80};
        f.cause.summary =
            CauseText::tr(
                "%1 could not allocate %2 contiguous (order %3, mode %4); the kernel gave up "
                "without killing a process and the caller saw an error.")
                .arg(e.trigger.comm.isEmpty() ? CauseText::tr("A kernel path") : e.trigger.comm,
                     size(facts.pageKb << order))
                .arg(order)
                .arg(e.trigger.gfpMask);
        addEvidence(f.cause, e.trigger.headerLine);
        out.append(f);
    }
}

} // namespace oom::causes
