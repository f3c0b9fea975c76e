// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "remedy/remedycontext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace oom::remedy {

namespace {

std::optional<qint64> jsonInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

// The known parts added up; unknown when none is known.
std::optional<KiB> sumKb(std::initializer_list<std::optional<KiB>> parts)
{
    std::optional<KiB> sum;
    for (const std::optional<KiB> &part : parts)
        if (part)
            sum = orZero(sum) + *part;
    return sum;
}

} // namespace

bool RemedyContext::hasCause(const QString &id) const
{
    return std::any_of(causes.cbegin(), causes.cend(), [&id](const CauseFinding &cause) {
        return cause.id == id;
    });
}

RemedyContext RemedyContextReader::fromIncident(const Incident &incident)
{
    const OomEvent &event = incident.event;
    RemedyContext context;
    context.incidentId = incident.id;
    for (const Cause &cause : incident.causes)
        context.causes.append({cause.id, cause.summary, cause.remedy});
    context.userspaceKiller = event.kind == EventKind::UserspaceKill;
    context.oomCgroup = event.memcg.oomCgroup;
    context.taskCgroup = event.memcg.taskCgroup;
    context.memcgLimitKb = valueOf(event.memcg.memory.limitKb);
    context.memcgUsageKb = valueOf(event.memcg.memory.usageKb);
    if (!event.victims.isEmpty()) {
        const Victim &victim = event.victims.constFirst();
        context.victimPid = victim.pid;
        context.victimComm = victim.comm;
        context.victimCgroup = victim.cgroup;
        context.victimRssKb =
            valueOf(sumKb({victim.anonRssKb, victim.fileRssKb, victim.shmemRssKb}));
        context.victimOomScoreAdj = victim.oomScoreAdj;
    }
    context.order = event.trigger.order;
    context.memsAllowed = event.trigger.memsAllowed;
    if (!event.units.isEmpty())
        context.unit = event.units.constFirst().unit;
    context.swapTotalKb = valueOf(event.swap.totalKb);
    context.swapFreeKb = valueOf(event.swap.freeKb);
    if (event.pageSizeKb)
        context.ramKb = valueOf(pagesToKiB(event.meminfo.ramPages, *event.pageSizeKb));
    return context;
}

QString RemedyContextReader::reportEventId(const QJsonObject &event)
{
    const QJsonObject source = event.value(u"source"_s).toObject();
    return source.value(u"path"_s).toString() + u':'
        + QString::number(qint64(source.value(u"first_line"_s).toDouble()));
}

RemedyContext RemedyContextReader::fromReportEvent(const QJsonObject &event)
{
    RemedyContext context;
    context.incidentId = reportEventId(event);
    for (const QJsonValue &value : event.value(u"causes"_s).toArray()) {
        const QJsonObject cause = value.toObject();
        context.causes.append({cause.value(u"id"_s).toString(),
                               cause.value(u"summary"_s).toString(),
                               cause.value(u"remedy"_s).toString()});
    }
    context.userspaceKiller = event.value(u"kind"_s).toString() == u"userspace-kill";
    const QJsonObject memcg = event.value(u"memcg"_s).toObject();
    context.oomCgroup = memcg.value(u"oom"_s).toString();
    context.taskCgroup = memcg.value(u"task"_s).toString();
    context.memcgLimitKb = jsonInt(memcg.value(u"limit_kb"_s));
    context.memcgUsageKb = jsonInt(memcg.value(u"usage_kb"_s));
    const QJsonArray victims = event.value(u"victims"_s).toArray();
    if (!victims.isEmpty()) {
        const QJsonObject victim = victims.first().toObject();
        context.victimPid = jsonInt(victim.value(u"pid"_s));
        context.victimComm = victim.value(u"comm"_s).toString();
        context.victimCgroup = victim.value(u"cgroup"_s).toString();
        context.victimRssKb =
            valueOf(sumKb({quantity<KiB>(jsonInt(victim.value(u"anon_rss_kb"_s))),
                           quantity<KiB>(jsonInt(victim.value(u"file_rss_kb"_s))),
                           quantity<KiB>(jsonInt(victim.value(u"shmem_rss_kb"_s)))}));
        if (const std::optional<qint64> adj = jsonInt(victim.value(u"oom_score_adj"_s)))
            context.victimOomScoreAdj = int(*adj);
    }
    const QJsonObject trigger = event.value(u"trigger"_s).toObject();
    if (const std::optional<qint64> order = jsonInt(trigger.value(u"order"_s)))
        context.order = int(*order);
    context.memsAllowed = trigger.value(u"mems_allowed"_s).toString();
    const QJsonArray units = event.value(u"units"_s).toArray();
    if (!units.isEmpty())
        context.unit = units.first().toObject().value(u"unit"_s).toString();
    const QJsonObject swap = event.value(u"swap"_s).toObject();
    context.swapTotalKb = jsonInt(swap.value(u"total_kb"_s));
    context.swapFreeKb = jsonInt(swap.value(u"free_kb"_s));
    const QJsonObject meminfo = event.value(u"meminfo"_s).toObject();
    const std::optional<qint64> ramPages = jsonInt(meminfo.value(u"ram_pages"_s));
    const std::optional<qint64> pageKb = jsonInt(event.value(u"page_size_kb"_s));
    if (ramPages && pageKb)
        context.ramKb = *ramPages * *pageKb;
    return context;
}

std::optional<RemedyContext> RemedyContextReader::fromReport(const QJsonObject &report,
                                                             const QString &incidentId,
                                                             QString *error)
{
    if (report.value(u"schema"_s).toString() != u"oomlens.report/1") {
        *error = tr("not an oomlens.report/1 document");
        return std::nullopt;
    }
    QStringList known;
    for (const QJsonValue &value : report.value(u"events"_s).toArray()) {
        const QJsonObject event = value.toObject();
        const QString id = reportEventId(event);
        if (id == incidentId)
            return fromReportEvent(event);
        known.append(id);
    }
    *error = known.isEmpty()
        ? tr("the report holds no incident, so %1 is not in it").arg(incidentId)
        : tr("no incident %1 in the report; its incidents are: %2")
              .arg(incidentId, known.mid(0, 5).join(u", "_s));
    return std::nullopt;
}

} // namespace oom::remedy
