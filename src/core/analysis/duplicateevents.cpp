// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/duplicateevents.h"

#include <cmath>

namespace oom {

namespace {

// Copies of one printk record carry the same kernel timestamp; dmesg -T and syslog
// rounding differ by less than a second.
constexpr double UptimeToleranceSeconds = 1.0;
// Wall clocks of two logs of the same host: syslog receives a message a moment after the
// kernel printed it.
constexpr qint64 WallClockToleranceSeconds = 120;

template<typename T>
bool agree(const std::optional<T> &a, const std::optional<T> &b)
{
    return !a || !b || *a == *b;
}

bool agreeText(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || a == b;
}

// Time-zone offsets are whole quarter hours, at most 14 hours.
constexpr qint64 ZoneStepSeconds = qint64(15) * 60;
constexpr qint64 MaxZoneOffsetSeconds = qint64(14) * 3600;

bool timesAgree(const OomEvent &a, const OomEvent &b)
{
    if (a.uptimeSeconds && b.uptimeSeconds)
        return std::abs(*a.uptimeSeconds - *b.uptimeSeconds) <= UptimeToleranceSeconds;
    if (!a.time || !b.time)
        return true;
    QDateTime bTime = *b.time;
    // An assumed year may be wrong in either log: compare within a's year.
    if (a.timeYearAssumed || b.timeYearAssumed)
        bTime = bTime.addYears(a.time->date().year() - bTime.date().year());
    const qint64 delta = std::abs(a.time->secsTo(bTime));
    if (!a.timeZoneAssumed && !b.timeZoneAssumed)
        return delta <= WallClockToleranceSeconds;
    // A log without a zone (taken as UTC) against one in another zone: the same moment
    // differs by whole quarter hours.
    const qint64 offGrid = delta % ZoneStepSeconds;
    return delta <= MaxZoneOffsetSeconds + WallClockToleranceSeconds
        && (offGrid <= WallClockToleranceSeconds
            || offGrid >= ZoneStepSeconds - WallClockToleranceSeconds);
}

// A victim named precisely enough to tell one kill from another: its pid and at least one
// exact memory figure (pids are reused; the same pid with the same total-vm is not).
bool isDistinctive(const Victim &v)
{
    return v.pid && (v.totalVmKb || v.anonRssKb);
}

bool sameVictim(const Victim &a, const Victim &b)
{
    return isDistinctive(a) && isDistinctive(b) && a.pid == b.pid && agree(a.totalVmKb, b.totalVmKb)
        && agree(a.anonRssKb, b.anonRssKb) && agree(a.fileRssKb, b.fileRssKb)
        && agreeText(a.comm, b.comm);
}

bool shareVictim(const OomEvent &a, const OomEvent &b)
{
    for (const Victim &va : a.victims) {
        for (const Victim &vb : b.victims) {
            if (sameVictim(va, vb))
                return true;
        }
    }
    return false;
}

// Without a victim (a panic, no killable task, an allocation failure): the invocation
// itself, which needs the kernel timestamp to be told from the next one by the same task.
bool sameInvocation(const OomEvent &a, const OomEvent &b)
{
    return a.uptimeSeconds && b.uptimeSeconds && a.trigger.pid && a.trigger.pid == b.trigger.pid
        && a.trigger.order == b.trigger.order && agreeText(a.trigger.comm, b.trigger.comm);
}

// A userspace killer's kill: the same victim (pid, or the cgroup systemd-oomd killed) at
// the same time; without both clocks nothing tells two kills of a restarted service apart.
bool sameUserspaceKill(const OomEvent &a, const OomEvent &b)
{
    if (!a.time || !b.time || a.victims.isEmpty() || b.victims.isEmpty())
        return false;
    const Victim &va = a.victims.first();
    const Victim &vb = b.victims.first();
    const bool samePid = va.pid && va.pid == vb.pid;
    const bool sameCgroup = !va.pid && !vb.pid && !va.cgroup.isEmpty() && va.cgroup == vb.cgroup;
    return (samePid || sameCgroup) && agreeText(va.comm, vb.comm);
}

// How much of the report a copy holds: the one to keep has the most.
qint64 fullness(const OomEvent &e)
{
    return e.tasks.size() * 4 + e.zones.size() * 8 + e.buddy.size() * 4
        + (e.meminfo.isPresent() ? 16 : 0) + (e.memcg.isPresent() ? 8 : 0)
        + e.trigger.callTrace.size() + (e.lines.last - e.lines.first + 1);
}

// What only the dropped copy knows.
void fillIn(OomEvent &kept, const OomEvent &other)
{
    const bool otherTimeBetter = other.time
        && (!kept.time || (kept.timeYearAssumed && !other.timeYearAssumed)
            || (kept.timeZoneAssumed && !other.timeZoneAssumed));
    if (otherTimeBetter) {
        kept.time = other.time;
        kept.timeYearAssumed = other.timeYearAssumed;
        kept.timeZoneAssumed = other.timeZoneAssumed;
    }
    if (!kept.uptimeSeconds)
        kept.uptimeSeconds = other.uptimeSeconds;
    if (kept.host.isEmpty())
        kept.host = other.host;
    if (kept.kernelRelease.isEmpty())
        kept.kernelRelease = other.kernelRelease;
    if (kept.units.isEmpty())
        kept.units = other.units;
    if (kept.containerEvents.isEmpty())
        kept.containerEvents = other.containerEvents;
}

void absorb(OomEvent &kept, OomEvent other)
{
    if (fullness(other) > fullness(kept))
        std::swap(kept, other);
    fillIn(kept, other);
    kept.alsoIn.append({other.sourcePath, other.lines});
    kept.alsoIn.append(other.alsoIn);
}

} // namespace

bool isSameEvent(const OomEvent &a, const OomEvent &b)
{
    if (a.kind != b.kind || a.killer != b.killer || a.sourcePath == b.sourcePath)
        return false;
    if (!timesAgree(a, b) || !agree(a.trigger.pid, b.trigger.pid)
        || !agree(a.trigger.order, b.trigger.order) || !agreeText(a.host, b.host))
        return false;
    switch (a.kind) {
    case EventKind::KernelOom:
        return shareVictim(a, b)
            || (a.victims.isEmpty() && b.victims.isEmpty() && sameInvocation(a, b));
    case EventKind::UserspaceKill: return sameUserspaceKill(a, b);
    case EventKind::AllocFailure: return sameInvocation(a, b);
    }
    return false;
}

QList<OomEvent> mergeDuplicateEvents(QList<OomEvent> events, QList<qsizetype> *firstOf)
{
    QList<OomEvent> merged;
    merged.reserve(events.size());
    if (firstOf)
        firstOf->clear();
    for (qsizetype i = 0; i < events.size(); ++i) {
        OomEvent &event = events[i];
        OomEvent *same = nullptr;
        for (OomEvent &kept : merged) {
            // A copy of this one already absorbed from the same input is another event.
            bool fromSameInput = kept.sourcePath == event.sourcePath;
            for (const EventCopy &copy : std::as_const(kept.alsoIn))
                fromSameInput = fromSameInput || copy.sourcePath == event.sourcePath;
            if (!fromSameInput && isSameEvent(kept, event)) {
                same = &kept;
                break;
            }
        }
        if (same)
            absorb(*same, std::move(event));
        else {
            merged.append(std::move(event));
            if (firstOf)
                firstOf->append(i);
        }
    }
    return merged;
}

} // namespace oom
