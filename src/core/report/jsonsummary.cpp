// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The top-level "summary" object (JSON-CONTRACT.md "summary"): the session across incidents.
#include "core/report/jsonhelpers.h"
#include "core/report/jsonparts.h"
#include "core/report/jsonreport.h"

#include "core/session/sessionsummary.h"

using namespace Qt::StringLiterals;

namespace oom::json {

QJsonObject summaryToJson(const SessionSummary &summary)
{
    QJsonArray causes;
    for (const CauseCount &cause : summary.primaryCauses)
        causes.append(QJsonObject{{u"cause"_s, str(cause.cause)}, {u"count"_s, cause.count}});
    QJsonArray victims;
    for (const RecurringVictim &victim : summary.victims) {
        QJsonArray pids;
        for (qint64 pid : victim.pids)
            pids.append(pid);
        victims.append(QJsonObject{{u"comm"_s, victim.comm},
                                   {u"count"_s, victim.count},
                                   {u"kills"_s, victim.kills},
                                   {u"pids"_s, pids}});
    }
    QJsonArray cgroups;
    for (const RecurringCgroup &cgroup : summary.cgroups)
        cgroups.append(QJsonObject{{u"cgroup"_s, cgroup.cgroup},
                                   {u"count"_s, cgroup.count},
                                   {u"limit_hits"_s, cgroup.limitHits},
                                   {u"victims"_s, cgroup.victims}});
    QJsonArray units;
    for (const RecurringUnit &unit : summary.units)
        units.append(QJsonObject{{u"unit"_s, unit.unit}, {u"count"_s, unit.count}});
    QJsonArray days;
    for (const DayCount &day : summary.days)
        days.append(
            QJsonObject{{u"date"_s, day.date.toString(Qt::ISODate)}, {u"count"_s, day.count}});
    QJsonArray boots;
    for (const BootCount &boot : summary.boots) {
        boots.append(QJsonObject{
            {u"boot"_s, boot.boot},
            {u"host"_s, str(boot.host)},
            {u"inputs"_s, strings(boot.inputs)},
            {u"count"_s, boot.count},
            {u"first_uptime_s"_s, boot.firstUptimeSeconds},
            {u"last_uptime_s"_s, boot.lastUptimeSeconds},
            {u"boot_time_estimate"_s,
             boot.bootTimeEstimate ? QJsonValue(isoTime(*boot.bootTimeEstimate)) : QJsonValue()},
        });
    }
    QJsonValue intervals;
    if (summary.intervals) {
        const IntervalStats &s = *summary.intervals;
        intervals = QJsonObject{{u"count"_s, s.count},
                                {u"min_s"_s, s.minSeconds},
                                {u"median_s"_s, s.medianSeconds},
                                {u"max_s"_s, s.maxSeconds},
                                {u"basis"_s, s.basis}};
    }
    return QJsonObject{
        {u"events"_s, summary.events},
        {u"kinds"_s,
         QJsonObject{{eventKindId(EventKind::KernelOom), summary.kernelOoms},
                     {eventKindId(EventKind::UserspaceKill), summary.userspaceKills},
                     {eventKindId(EventKind::AllocFailure), summary.allocFailures}}},
        {u"primary_causes"_s, causes},
        {u"victims"_s, victims},
        {u"cgroups"_s, cgroups},
        {u"units"_s, units},
        {u"days"_s, days},
        {u"undated"_s, summary.undated},
        {u"boots"_s, boots},
        {u"without_uptime"_s, summary.withoutUptime},
        {u"intervals"_s, intervals},
    };
}

} // namespace oom::json
