// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/session/sessionsummary.h"

#include "core/parse/proc/cgroupowner.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

// Boot time estimates of one boot differ by the latency between printk and the syslog
// daemon (well under a second) and by the one-second resolution of syslog times; a
// suspended machine's uptime stops, so its estimates drift and its boots stay apart.
constexpr qint64 kSameBootToleranceMs = 60 * 1000;

template<typename T>
void sortByCount(QList<T> &list, QString T::*name)
{
    std::stable_sort(list.begin(), list.end(), [name](const T &a, const T &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.*name < b.*name;
    });
}

void countVictims(const OomEvent &event, QMap<QString, RecurringVictim> &victims)
{
    QMap<QString, int> killsHere;
    for (const Victim &victim : event.victims) {
        if (victim.comm.isEmpty())
            continue; // systemd-oomd kills cgroups: counted there
        RecurringVictim &entry = victims[victim.comm];
        entry.comm = victim.comm;
        ++entry.kills;
        if (victim.pid && !entry.pids.contains(*victim.pid))
            entry.pids.append(*victim.pid);
        ++killsHere[victim.comm];
    }
    for (auto it = killsHere.cbegin(); it != killsHere.cend(); ++it)
        ++victims[it.key()].count;
}

void countCgroupsAndUnits(const OomEvent &event, QMap<QString, RecurringCgroup> &cgroups,
                          QMap<QString, RecurringUnit> &units)
{
    QMap<QString, std::pair<bool, bool>> here; // cgroup → (limit hit, victim in it)
    auto add = [&here](const QString &cgroup, bool limit) {
        if (cgroup.isEmpty() || cgroup == u"/"_s)
            return;
        auto &flags = here[cgroup];
        (limit ? flags.first : flags.second) = true;
    };
    if (!event.memcg.hostLimit)
        add(event.memcg.oomCgroup, true);
    add(event.memcg.taskCgroup, false);
    for (const Victim &victim : event.victims)
        add(victim.cgroup, false);

    QStringList unitsHere;
    for (const UnitResult &unit : event.units)
        unitsHere.append(unit.unit);
    for (auto it = here.cbegin(); it != here.cend(); ++it) {
        RecurringCgroup &entry = cgroups[it.key()];
        entry.cgroup = it.key();
        ++entry.count;
        entry.limitHits += it.value().first ? 1 : 0;
        entry.victims += it.value().second ? 1 : 0;
        unitsHere.append(cgroupparse::ownerFromPath(it.key()).unit);
    }
    unitsHere.removeAll(QString());
    unitsHere.removeDuplicates();
    for (const QString &unit : std::as_const(unitsHere)) {
        RecurringUnit &entry = units[unit];
        entry.unit = unit;
        ++entry.count;
    }
}

std::optional<QDateTime> bootEstimate(const OomEvent &event)
{
    if (!event.time || !event.time->isValid() || !event.uptimeSeconds)
        return std::nullopt;
    return event.time->addMSecs(-qint64(std::llround(*event.uptimeSeconds * 1000.0)));
}

// Assigns every event with a kernel timestamp to a boot; -1 for the others.
QList<int> assignBoots(const QList<IncidentPtr> &incidents, QList<BootCount> &boots)
{
    QList<int> bootOf(incidents.size(), -1);
    QHash<QString, int> current; // input → its boot
    QHash<QString, double> lastUptime; // input → the previous kernel timestamp
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        const OomEvent &event = incidents.at(i)->event;
        if (!event.uptimeSeconds)
            continue;
        const double uptime = *event.uptimeSeconds;
        const QString &input = event.sourcePath;
        const std::optional<QDateTime> estimate = bootEstimate(event);
        if (!current.contains(input) || uptime < lastUptime.value(input)) {
            int found = -1;
            for (qsizetype b = 0; b < boots.size() && estimate && found < 0; ++b) {
                const BootCount &boot = boots.at(b);
                if (boot.host == event.host && boot.bootTimeEstimate
                    && std::abs(boot.bootTimeEstimate->msecsTo(*estimate)) <= kSameBootToleranceMs)
                    found = int(b);
            }
            if (found < 0) {
                BootCount boot;
                boot.boot = int(boots.size()) + 1;
                boot.host = event.host;
                boot.firstUptimeSeconds = uptime;
                boot.lastUptimeSeconds = uptime;
                boots.append(boot);
                found = int(boots.size()) - 1;
            }
            current.insert(input, found);
        }
        lastUptime.insert(input, uptime);
        BootCount &boot = boots[current.value(input)];
        ++boot.count;
        if (!boot.inputs.contains(input))
            boot.inputs.append(input);
        boot.firstUptimeSeconds = std::min(boot.firstUptimeSeconds, uptime);
        boot.lastUptimeSeconds = std::max(boot.lastUptimeSeconds, uptime);
        if (!boot.bootTimeEstimate)
            boot.bootTimeEstimate = estimate;
        bootOf[i] = current.value(input);
    }
    return bootOf;
}

void addGaps(QList<double> points, QList<double> &gaps)
{
    std::sort(points.begin(), points.end());
    for (qsizetype i = 1; i < points.size(); ++i)
        gaps.append(points.at(i) - points.at(i - 1));
}

// Wall clock where known (the event's own time, or its boot's estimate plus its uptime),
// else the kernel timestamps of one boot: never an interval across two unknown clocks.
std::optional<IntervalStats> intervalsOf(const QList<IncidentPtr> &incidents,
                                         const QList<int> &bootOf, const QList<BootCount> &boots)
{
    QList<double> wall; // ms since the epoch
    QHash<int, QList<double>> perBoot; // boot → uptimes, seconds
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        const OomEvent &event = incidents.at(i)->event;
        const int boot = bootOf.at(i);
        if (event.time && event.time->isValid())
            wall.append(double(event.time->toMSecsSinceEpoch()));
        else if (boot >= 0 && boots.at(boot).bootTimeEstimate)
            wall.append(double(boots.at(boot).bootTimeEstimate->toMSecsSinceEpoch())
                        + *event.uptimeSeconds * 1000.0);
        else if (boot >= 0)
            perBoot[boot].append(*event.uptimeSeconds);
    }
    QList<double> gaps;
    addGaps(wall, gaps);
    for (double &gap : gaps)
        gap /= 1000.0;
    const qsizetype fromWall = gaps.size();
    for (auto it = perBoot.cbegin(); it != perBoot.cend(); ++it)
        addGaps(it.value(), gaps);
    if (gaps.isEmpty())
        return std::nullopt;
    IntervalStats stats;
    stats.count = int(gaps.size());
    stats.basis = fromWall == gaps.size() ? IntervalBasis::WallClock
        : fromWall == 0                   ? IntervalBasis::Uptime
                                          : IntervalBasis::Mixed;
    std::sort(gaps.begin(), gaps.end());
    stats.minSeconds = gaps.first();
    stats.maxSeconds = gaps.last();
    const qsizetype mid = gaps.size() / 2;
    stats.medianSeconds = gaps.size() % 2 ? gaps.at(mid) : (gaps.at(mid - 1) + gaps.at(mid)) / 2.0;
    return stats;
}

} // namespace

SessionSummary summarizeSession(const QList<IncidentPtr> &incidents)
{
    SessionSummary summary;
    summary.events = int(incidents.size());
    QMap<QString, int> causes;
    QMap<QString, RecurringVictim> victims;
    QMap<QString, RecurringCgroup> cgroups;
    QMap<QString, RecurringUnit> units;
    QMap<QDate, int> days;
    for (const IncidentPtr &incident : incidents) {
        const OomEvent &event = incident->event;
        switch (event.kind) {
        case EventKind::KernelOom: ++summary.kernelOoms; break;
        case EventKind::UserspaceKill: ++summary.userspaceKills; break;
        case EventKind::AllocFailure: ++summary.allocFailures; break;
        }
        ++causes[incident->causes.isEmpty() ? QString() : incident->causes.first().id];
        countVictims(event, victims);
        countCgroupsAndUnits(event, cgroups, units);
        if (event.time && event.time->isValid())
            ++days[event.time->date()];
        else
            ++summary.undated;
        if (!event.uptimeSeconds)
            ++summary.withoutUptime;
    }
    for (auto it = causes.cbegin(); it != causes.cend(); ++it)
        summary.primaryCauses.append({it.key(), it.value()});
    sortByCount(summary.primaryCauses, &CauseCount::cause);
    summary.victims = victims.values();
    sortByCount(summary.victims, &RecurringVictim::comm);
    summary.cgroups = cgroups.values();
    sortByCount(summary.cgroups, &RecurringCgroup::cgroup);
    summary.units = units.values();
    sortByCount(summary.units, &RecurringUnit::unit);
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        summary.days.append({it.key(), it.value()});

    const QList<int> bootOf = assignBoots(incidents, summary.boots);
    summary.intervals = intervalsOf(incidents, bootOf, summary.boots);
    return summary;
}

} // namespace oom
