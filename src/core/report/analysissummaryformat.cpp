// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The session summary part of AnalysisFormat: what recurs across incidents.
#include "core/report/analysisformat.h"

#include "core/report/reportformat.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

QString times(const QString &name, int count)
{
    return AnalysisFormat::tr("%1 ×%2").arg(name).arg(count);
}

QString kinds(const SessionSummary &s)
{
    QStringList parts;
    if (s.kernelOoms > 0)
        parts.append(AnalysisFormat::tr("kernel OOM killer %1").arg(s.kernelOoms));
    if (s.userspaceKills > 0)
        parts.append(AnalysisFormat::tr("userspace killer %1").arg(s.userspaceKills));
    if (s.allocFailures > 0)
        parts.append(AnalysisFormat::tr("allocation failure %1").arg(s.allocFailures));
    return parts.join(u", "_s);
}

QString causes(const SessionSummary &s)
{
    QStringList parts;
    for (const CauseCount &cause : s.primaryCauses)
        parts.append(
            times(cause.cause.isEmpty() ? AnalysisFormat::tr("no cause found") : cause.cause,
                  cause.count));
    return parts.join(u", "_s);
}

QString victims(const SessionSummary &s)
{
    QStringList parts;
    for (const RecurringVictim &victim : s.victims) {
        if (victim.count < 2)
            continue;
        QStringList pids;
        for (qint64 pid : victim.pids)
            pids.append(QString::number(pid));
        parts.append(pids.isEmpty()
                         ? times(victim.comm, victim.count)
                         : AnalysisFormat::tr("%1 (pids %2)")
                               .arg(times(victim.comm, victim.count), pids.join(u", "_s)));
    }
    return parts.isEmpty() ? AnalysisFormat::tr("none (no process name was killed twice)")
                           : parts.join(u"; "_s);
}

QString cgroups(const SessionSummary &s)
{
    QStringList parts;
    for (const RecurringCgroup &cgroup : s.cgroups) {
        if (cgroup.count < 2)
            continue;
        parts.append(cgroup.limitHits > 0 ? AnalysisFormat::tr("%1 (its limit hit %2 times)")
                                                .arg(times(cgroup.cgroup, cgroup.count))
                                                .arg(cgroup.limitHits)
                                          : times(cgroup.cgroup, cgroup.count));
    }
    return parts.join(u"; "_s);
}

QString units(const SessionSummary &s)
{
    QStringList parts;
    for (const RecurringUnit &unit : s.units) {
        if (unit.count >= 2)
            parts.append(times(unit.unit, unit.count));
    }
    return parts.join(u", "_s);
}

QString days(const SessionSummary &s)
{
    QStringList parts;
    for (const DayCount &day : s.days)
        parts.append(
            AnalysisFormat::tr("%1: %2").arg(day.date.toString(Qt::ISODate)).arg(day.count));
    if (s.undated > 0)
        parts.append(AnalysisFormat::tr("%1 without a date").arg(s.undated));
    return parts.join(u", "_s);
}

QString boots(const SessionSummary &s)
{
    QStringList parts;
    for (const BootCount &boot : s.boots) {
        const QString name = boot.host.isEmpty()
            ? AnalysisFormat::tr("boot %1").arg(boot.boot)
            : AnalysisFormat::tr("boot %1 of %2").arg(boot.boot).arg(boot.host);
        parts.append(AnalysisFormat::tr("%1: %2").arg(name).arg(boot.count));
    }
    if (s.withoutUptime > 0)
        parts.append(AnalysisFormat::tr("%1 without a kernel timestamp").arg(s.withoutUptime));
    return parts.join(u", "_s);
}

QString intervals(const SessionSummary &s)
{
    if (!s.intervals)
        return {};
    const IntervalStats &i = *s.intervals;
    const QString basis = i.basis == IntervalBasis::WallClock ? AnalysisFormat::tr("wall clock")
        : i.basis == IntervalBasis::Uptime ? AnalysisFormat::tr("kernel timestamps")
                                           : AnalysisFormat::tr("wall clock and kernel timestamps");
    return AnalysisFormat::tr("min %1, median %2, max %3 (%4)")
        .arg(AnalysisFormat::duration(i.minSeconds), AnalysisFormat::duration(i.medianSeconds),
             AnalysisFormat::duration(i.maxSeconds), basis);
}

} // namespace

QString AnalysisFormat::summaryHeading(const SessionSummary &summary)
{
    return tr("Across the %1 incidents").arg(summary.events);
}

QList<std::pair<QString, QString>> AnalysisFormat::summaryItems(const SessionSummary &summary)
{
    QList<std::pair<QString, QString>> items{
        {tr("Kinds"), kinds(summary)},
        {tr("Primary causes"), causes(summary)},
        {tr("Recurring victims"), victims(summary)},
        {tr("Recurring cgroups"), cgroups(summary)},
        {tr("Recurring units"), units(summary)},
        {tr("Per day"), days(summary)},
        {tr("Per boot"), boots(summary)},
        {tr("Intervals"), intervals(summary)},
    };
    items.removeIf([](const auto &item) {
        return item.second.isEmpty();
    });
    return items;
}

} // namespace oom
