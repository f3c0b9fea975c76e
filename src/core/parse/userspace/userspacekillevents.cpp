// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/parse/userspace/userspacekillevents.h"

#include "core/parse/framing/framingnotes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

constexpr qint64 mebibyte = 1024 * 1024;

QString percentText(double value)
{
    return QString::number(value, 'f', 2) + u'%';
}

} // namespace

OomEvent startUserspaceEvent(const LogRecord &record, Killer killer)
{
    OomEvent event;
    event.kind = EventKind::UserspaceKill;
    event.killer = killer;
    event.lines = record.lines;
    event.time = record.time;
    event.timeYearAssumed = record.timeYearAssumed;
    event.timeZoneAssumed = record.timeZoneAssumed;
    event.uptimeSeconds = record.uptime;
    event.host = record.host;
    noteFraming(event.notes, record);
    return event;
}

void addContextLines(OomEvent &event, const LineSpan &lines)
{
    event.lines.extend(lines);
    event.userspace.contextLines.extend(lines);
}

void applyOomdReason(OomEvent &event, const OomdKill &kill)
{
    UserspaceKillDetail &detail = event.userspace;
    detail.monitoredCgroup = kill.monitoredCgroup;
    detail.pressurePercent = kill.pressurePercent;
    detail.limitPercent = kill.limitPercent;
    detail.duration = kill.duration;
    detail.swapBased = kill.swapBased;
    detail.memoryUsedBytes = quantity<Bytes>(kill.memoryUsedBytes);
    detail.memoryTotalBytes = quantity<Bytes>(kill.memoryTotalBytes);
    detail.swapUsedBytes = quantity<Bytes>(kill.swapUsedBytes);
    detail.swapTotalBytes = quantity<Bytes>(kill.swapTotalBytes);
}

OomEvent startOomdEvent(const LogRecord &killRecord, const OomdKill &kill)
{
    OomEvent event = startUserspaceEvent(killRecord, Killer::SystemdOomd);
    Victim victim;
    victim.cgroup = kill.cgroup;
    victim.line = killRecord.lines;
    event.victims.append(victim);
    event.userspace.signal = u"SIGKILL"_s; // oomd kills every process of the cgroup with SIGKILL
    applyOomdReason(event, kill);
    if (kill.marked)
        event.notes.append(
            u"oomd-marked-for-killing"_s); // newest systemd (2025+): the kill follows right after
    return event;
}

OomEvent startOomdDryRunEvent(const LogRecord &record, const OomdDryRun &dryRun)
{
    OomEvent event = startUserspaceEvent(record, Killer::SystemdOomd);
    Victim victim;
    victim.cgroup = dryRun.cgroup;
    victim.line = record.lines;
    event.victims.append(victim);
    event.userspace.dryRun = true;
    event.notes.append(u"oomd-dry-run"_s);
    return event;
}

void attachOomdCandidates(OomEvent &event, std::optional<int> considered,
                          const QList<OomdCandidate> &candidates, const LineSpan &lines)
{
    event.userspace.consideredCgroups = considered;
    event.userspace.candidates = candidates;
    addContextLines(event, lines);
    // A kill line without its reason (cut, or "Marked <cg> for killing" alone): the dump
    // still tells the kind, because oomd prints a swap-based choice's candidates with
    // "Swap Usage" only (oomd_dump_swap_cgroup_context) and a pressure-based choice's
    // with their pressure figures.
    UserspaceKillDetail &detail = event.userspace;
    const bool reasonMissing = !detail.swapBased && !detail.pressurePercent && !detail.limitPercent
        && detail.monitoredCgroup.isEmpty();
    if (reasonMissing && !candidates.isEmpty()
        && std::all_of(candidates.cbegin(), candidates.cend(), [](const OomdCandidate &c) {
               return !c.swapUsage.isEmpty() && !c.pressureAvg10 && c.memoryUsage.isEmpty();
           })) {
        detail.swapBased = true;
        event.notes.append(u"oomd-swap-kill-told-by-candidates"_s);
    }
    for (const OomdCandidate &candidate : candidates) {
        if (candidate.path.startsWith(u"...") || candidate.path.startsWith(u'…')) {
            event.notes.append(u"oomd-candidate-path-abridged: %1"_s.arg(candidate.path));
        } else if (candidate.path.isEmpty()) {
            event.notes.append(u"oomd-candidate-without-path"_s);
        }
    }
}

void attachUnitResult(OomEvent &event, const UnitResult &unit, bool truncated)
{
    event.units.append(unit);
    event.lines.extend(unit.line);
    if (truncated)
        event.notes.append(u"unit-line-cut-by-pager: %1"_s.arg(unit.unit));
}

OomEvent unitOnlyOomdEvent(const UnitResult &unit)
{
    OomEvent event;
    event.kind = EventKind::UserspaceKill;
    event.killer = Killer::SystemdOomd;
    event.lines = unit.line;
    event.time = unit.time;
    event.timeYearAssumed = unit.timeYearAssumed;
    event.timeZoneAssumed = unit.timeZoneAssumed;
    event.units.append(unit);
    event.userspace.signal = u"SIGKILL"_s;
    // The same note EventLinker gives a unit line without its kernel report.
    event.notes.append(u"only-unit-result-in-log"_s);
    return event;
}

OomEvent startEarlyoomEvent(const LogRecord &killRecord, const EarlyoomKill &kill)
{
    OomEvent event = startUserspaceEvent(killRecord, Killer::Earlyoom);
    Victim victim;
    victim.pid = kill.pid;
    victim.comm = kill.comm;
    victim.uid = kill.uid;
    victim.oomScoreAdj = kill.oomScoreAdj;
    victim.line = killRecord.lines;
    event.victims.append(victim);
    UserspaceKillDetail &detail = event.userspace;
    detail.signal = kill.signal;
    // 1.8 replaced its own "badness" with the kernel's oom_score; both rank the victim.
    detail.badness = kill.oomScore ? kill.oomScore : kill.badness;
    detail.vmRssMiB = kill.vmRssMiB;
    detail.cmdline = kill.cmdline;
    event.notes.append(u"earlyoom-wording: %1"_s.arg(kill.format));
    if (kill.signalImplied)
        event.notes.append(u"earlyoom-signal-implied"_s); // before 1.2 always SIGKILL, unnamed
    if (kill.badnessKib)
        event.notes.append(
            u"earlyoom-badness-kib: %1 (ordering %2)"_s.arg(*kill.badnessKib).arg(kill.ordering));
    return event;
}

void applyEarlyoomMemReport(OomEvent &event, const EarlyoomMemReport &report, const LineSpan &lines)
{
    UserspaceKillDetail &detail = event.userspace;
    detail.memAvailablePercent = report.memAvailPercent;
    detail.swapFreePercent = report.swapFreePercent;
    if (report.memTotalMiB && report.memAvailMiB) {
        detail.memoryTotalBytes = Bytes(*report.memTotalMiB * mebibyte);
        detail.memoryUsedBytes = Bytes((*report.memTotalMiB - *report.memAvailMiB) * mebibyte);
    }
    if (report.swapTotalMiB && report.swapFreeMiB) {
        detail.swapTotalBytes = Bytes(*report.swapTotalMiB * mebibyte);
        detail.swapUsedBytes = Bytes((*report.swapTotalMiB - *report.swapFreeMiB) * mebibyte);
    }
    addContextLines(event, lines);
}

void applyEarlyoomLowMemory(OomEvent &event, const EarlyoomLowMemory &low, const LineSpan &lines)
{
    if (low.availMiB && low.minMiB) {
        event.notes.append(
            u"earlyoom-below-minimum: %1 MiB < %2 MiB"_s.arg(*low.availMiB).arg(*low.minMiB));
    } else if (low.memLimitPercent || low.swapLimitPercent) {
        // limitPercent holds the memory limit; the swap limit has no field of its own.
        event.userspace.limitPercent = low.memLimitPercent;
        event.notes.append(u"earlyoom-limits: %1 mem %2 swap %3"_s.arg(
            low.signal.isEmpty() ? u"kill"_s : low.signal,
            low.memLimitPercent ? percentText(*low.memLimitPercent) : u"?"_s,
            low.swapLimitPercent ? percentText(*low.swapLimitPercent) : u"?"_s));
    }
    addContextLines(event, lines);
}

void applyEarlyoomFollowUp(OomEvent &event, const EarlyoomFollowUp &followUp, const LineSpan &lines)
{
    using Kind = EarlyoomFollowUp::Kind;
    const QString seconds = followUp.seconds ? QString::number(*followUp.seconds, 'f', 3) : u"?"_s;
    switch (followUp.kind) {
    case Kind::Exited: event.notes.append(u"earlyoom-victim-exited: %1 s"_s.arg(seconds)); break;
    case Kind::Escalated:
        event.notes.append(u"earlyoom-escalated-to-sigkill: %1 s"_s.arg(seconds));
        break;
    case Kind::DidNotExit: event.notes.append(u"earlyoom-victim-did-not-exit"_s); break;
    case Kind::KillFailed:
        event.notes.append(u"earlyoom-kill-failed: %1"_s.arg(followUp.text));
        break;
    case Kind::Cmdline: event.userspace.cmdline = followUp.text; break;
    case Kind::DryRun:
        event.userspace.dryRun = true;
        event.notes.append(u"earlyoom-dry-run"_s);
        break;
    case Kind::ProcessGroup: event.notes.append(u"earlyoom-process-group"_s); break;
    case Kind::Mrelease:
        event.notes.append(u"earlyoom-process-mrelease: %1"_s.arg(followUp.text));
        break;
    }
    addContextLines(event, lines);
}

void applyNohangVictim(OomEvent &event, const NohangVictim &v)
{
    if (event.victims.isEmpty())
        event.victims.append(Victim{});
    Victim &victim = event.victims.first();
    if (v.pid)
        victim.pid = v.pid;
    if (!v.name.isEmpty())
        victim.comm = v.name;
    if (v.euid)
        victim.uid = v.euid;
    if (!v.cgroupV2.isEmpty())
        victim.cgroup = v.cgroupV2;
    else if (!v.cgroupV1.isEmpty())
        victim.cgroup = v.cgroupV1;
    if (v.oomScoreAdj)
        victim.oomScoreAdj = v.oomScoreAdj;
    if (v.anonMiB || v.fileMiB || v.shmemMiB) {
        // nohang prints the RSS split in MiB, rounded; kept in kB at that precision.
        const auto toKb = [](std::optional<qint64> mib) {
            return mib ? std::optional<KiB>(KiB(*mib * 1024)) : std::nullopt;
        };
        victim.anonRssKb = toKb(v.anonMiB);
        victim.fileRssKb = toKb(v.fileMiB);
        victim.shmemRssKb = toKb(v.shmemMiB);
        event.notes.append(u"nohang-rss-split-rounded-to-mib"_s);
    }
    UserspaceKillDetail &detail = event.userspace;
    if (v.badness)
        detail.badness = v.badness;
    else if (v.oomScore && !detail.badness)
        detail.badness = v.oomScore;
    if (v.vmRssMiB)
        detail.vmRssMiB = v.vmRssMiB;
    if (!v.cmdline.isEmpty())
        detail.cmdline = v.cmdline;
}

OomEvent startNohangEvent(const LogRecord &actionRecord, const NohangLine &action,
                          const NohangContext &context)
{
    OomEvent event = startUserspaceEvent(actionRecord, Killer::Nohang);
    Victim victim;
    victim.line = actionRecord.lines;
    event.victims.append(victim);
    applyNohangVictim(event, context.victim);
    if (action.kind == NohangLine::Kind::PreventingOom && !action.victim.name.isEmpty())
        event.victims.first().comm = action.victim.name;
    UserspaceKillDetail &detail = event.userspace;
    detail.memAvailablePercent = context.memAvailablePercent;
    detail.swapFreePercent = context.swapFreePercent;
    if (action.kind == NohangLine::Kind::RunCommand) {
        event.notes.append(u"nohang-ran-command: %1"_s.arg(action.command));
    } else {
        detail.signal = action.signal.isEmpty() ? context.signalHint : action.signal;
    }
    if (action.responseMs)
        event.notes.append(u"nohang-response-time: %1 ms"_s.arg(*action.responseMs));
    addContextLines(event, context.lines);
    return event;
}

} // namespace oom
