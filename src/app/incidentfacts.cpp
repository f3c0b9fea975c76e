// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/incidentfacts.h"

#include "core/report/jsonreport.h"
#include "core/report/reportformat.h"

QList<FactModel::Fact> IncidentFacts::of(const oom::OomEvent &event)
{
    using oom::ReportFormat;
    QList<FactModel::Fact> facts;
    const QString what = tr("What happened");
    const QString trigger = ReportFormat::trigger(event);
    if (!trigger.isEmpty())
        facts.append({what, tr("Trigger"), trigger, event.trigger.headerLine.first});
    if (event.constraint && !event.constraint->isEmpty())
        facts.append({what, tr("Constraint"), *event.constraint, event.trigger.headerLine.first});
    if (!event.trigger.gfpFlags.isEmpty())
        facts.append({what,
                      QStringLiteral("gfp_mask"),
                          event.trigger.gfpMask
                              + QStringLiteral(" (") + event.trigger.gfpFlags.join(QLatin1Char('|'))
                                               + QLatin1Char(')'),
                                               event.trigger.headerLine.first});
    if (event.swap.freeKb || event.swap.totalKb)
        facts.append({what, tr("Swap"), ReportFormat::swap(event.swap), event.swap.lines.first});
    if (event.panic)
        facts.append({what, tr("Panic"), event.panicMessage, 0});

    const QString victims = tr("Victims");
    for (const oom::Victim &victim : event.victims)
        facts.append({victims, ReportFormat::victimName(victim), ReportFormat::victim(victim),
                      victim.line.first});
    if (event.selection.isPresent() && event.victims.isEmpty())
        facts.append(
            {victims, event.selection.comm, event.selection.message, event.selection.line.first});

    const QString memcg = tr("Memory cgroup");
    if (!event.memcg.oomCgroup.isEmpty())
        facts.append({memcg, tr("Limit hit in"), event.memcg.oomCgroup, event.memcg.lines.first});
    if (!event.memcg.taskCgroup.isEmpty())
        facts.append(
            {memcg, tr("Victim's cgroup"), event.memcg.taskCgroup, event.memcg.lines.first});
    const std::pair<QString, const oom::MemcgCounter *> counters[] = {
        {QStringLiteral("memory"), &event.memcg.memory},
         {QStringLiteral("memory+swap"), &event.memcg.memsw},
          {QStringLiteral("kmem"), &event.memcg.kmem},
           {QStringLiteral("swap"), &event.memcg.swap},
          };
    for (const auto &[name, counter] : counters) {
        if (counter->isPresent())
            facts.append({memcg, name, ReportFormat::memcgCounter(*counter), counter->line.first});
    }

    const QString units = tr("Units");
    for (const oom::UnitResult &unit : event.units)
        facts.append({units, unit.unit, ReportFormat::unitResult(unit), unit.line.first});

    const QString where = tr("Where");
    if (!event.host.isEmpty())
        facts.append({where, tr("Host"), event.host, 0});
    if (!event.kernelRelease.isEmpty())
        facts.append({where, tr("Kernel"), event.kernelRelease, 0});
    facts.append({where, tr("Input"), event.sourcePath, event.lines.first});
    return facts;
}
