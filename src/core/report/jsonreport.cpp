// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/jsonreport.h"

#include "core/report/jsonhelpers.h"
#include "core/report/jsonparts.h"

#include "core/session/sessionsummary.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace oom {

using json::lineNumber;
using json::opt;
using json::putSpan;
using json::str;

namespace {

QJsonValue timeToJson(const std::optional<QDateTime> &time)
{
    if (!time || !time->isValid())
        return QJsonValue(QJsonValue::Null);
    return isoTime(*time);
}

QJsonObject triggerToJson(const TriggerInfo &trigger)
{
    QJsonObject object{
        {u"comm"_s, str(trigger.comm)},
        {u"pid"_s, opt(trigger.pid)},
        {u"uid"_s, opt(trigger.uid)},
        {u"gfp_mask"_s, str(trigger.gfpMask)},
        {u"gfp_flags"_s,
         trigger.gfpFlags.isEmpty() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(json::strings(trigger.gfpFlags))},
        {u"order"_s, opt(trigger.order)},
        {u"oom_score_adj"_s, opt(trigger.oomScoreAdj)},
        {u"oom_adj"_s, opt(trigger.oomAdj)},
        {u"nodemask"_s, str(trigger.nodemask)},
        {u"cpuset"_s, str(trigger.cpuset)},
        {u"mems_allowed"_s, str(trigger.memsAllowed)},
        {u"path"_s, str(oomPathId(trigger.path))},
        {u"compaction_disabled"_s, trigger.compactionDisabled},
        {u"call_trace"_s, json::strings(trigger.callTrace)},
    };
    putSpan(object, trigger.headerLine, u"header"_s);
    putSpan(object, trigger.stackLines, u"stack"_s);
    return object;
}

QJsonArray victimsToJson(const QList<Victim> &victims)
{
    QJsonArray array;
    for (const Victim &victim : victims) {
        QJsonObject object{
            {u"pid"_s, opt(victim.pid)},
            {u"comm"_s, str(victim.comm)},
            {u"uid"_s, opt(victim.uid)},
            {u"cgroup"_s, str(victim.cgroup)},
            {u"total_vm_kb"_s, opt(victim.totalVmKb)},
            {u"anon_rss_kb"_s, opt(victim.anonRssKb)},
            {u"file_rss_kb"_s, opt(victim.fileRssKb)},
            {u"shmem_rss_kb"_s, opt(victim.shmemRssKb)},
            {u"rss_kb"_s, opt(victim.rssKb)},
            {u"swap_kb"_s, opt(victim.swapKb)},
            {u"pgtables_kb"_s, opt(victim.pgtablesKb)},
            {u"oom_score_adj"_s, opt(victim.oomScoreAdj)},
            {u"message"_s, str(victim.message)},
            {u"group_member"_s, victim.groupMember},
            {u"reaped"_s, victim.reaped},
            {u"reaped_anon_rss_kb"_s, opt(victim.reapedAnonRssKb)},
            {u"reaped_file_rss_kb"_s, opt(victim.reapedFileRssKb)},
            {u"reaped_shmem_rss_kb"_s, opt(victim.reapedShmemRssKb)},
            {u"reap_failed"_s, victim.reapFailed},
        };
        putSpan(object, victim.line);
        putSpan(object, victim.reaperLine, u"reaper"_s);
        array.append(object);
    }
    return array;
}

QJsonValue selectionToJson(const Selection &selection)
{
    if (!selection.isPresent() && !selection.pid && selection.comm.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonObject object{
        {u"pid"_s, opt(selection.pid)},
        {u"comm"_s, str(selection.comm)},
        {u"score"_s, opt(selection.score)},
        {u"message"_s, str(selection.message)},
    };
    putSpan(object, selection.line);
    return object;
}

QJsonArray unitsToJson(const QList<UnitResult> &units)
{
    QJsonArray array;
    for (const UnitResult &unit : units) {
        QJsonObject object{
            {u"unit"_s, str(unit.unit)},
            {u"result"_s, unitResultId(unit.kind)},
            {u"processes"_s, opt(unit.processes)},
            {u"time"_s, timeToJson(unit.time)},
        };
        putSpan(object, unit.line);
        array.append(object);
    }
    return array;
}

QJsonArray containerEventsToJson(const QList<ContainerOomEvent> &events)
{
    QJsonArray array;
    for (const ContainerOomEvent &event : events) {
        QJsonObject object{
            {u"runtime"_s, str(event.runtime)},
            {u"container_id"_s, str(event.containerId)},
            {u"text"_s, str(event.text)},
            {u"time"_s, timeToJson(event.time)},
        };
        putSpan(object, event.line);
        array.append(object);
    }
    return array;
}

QJsonObject userspaceToJson(const UserspaceKillDetail &detail)
{
    QJsonArray candidates;
    for (const OomdCandidate &candidate : detail.candidates) {
        QJsonObject object{
            {u"path"_s, str(candidate.path)},
            {u"pressure_avg10"_s, opt(candidate.pressureAvg10)},
            {u"pressure_avg60"_s, opt(candidate.pressureAvg60)},
            {u"pressure_avg300"_s, opt(candidate.pressureAvg300)},
            {u"pressure_total"_s, str(candidate.pressureTotal)},
            {u"memory_usage"_s, str(candidate.memoryUsage)},
            {u"swap_usage"_s, str(candidate.swapUsage)},
            {u"pgscan"_s, opt(candidate.pgscan)},
        };
        putSpan(object, candidate.lines);
        candidates.append(object);
    }
    const QJsonValue rssKb = detail.vmRssMiB ? QJsonValue(qint64(*detail.vmRssMiB) * 1024)
                                             : QJsonValue(QJsonValue::Null);
    QJsonObject object{
        {u"monitored_cgroup"_s, str(detail.monitoredCgroup)},
        {u"pressure_percent"_s, opt(detail.pressurePercent)},
        {u"limit_percent"_s, opt(detail.limitPercent)},
        {u"duration"_s, str(detail.duration)},
        {u"swap_based"_s, detail.swapBased},
        {u"memory_used_bytes"_s, opt(detail.memoryUsedBytes)},
        {u"memory_total_bytes"_s, opt(detail.memoryTotalBytes)},
        {u"swap_used_bytes"_s, opt(detail.swapUsedBytes)},
        {u"swap_total_bytes"_s, opt(detail.swapTotalBytes)},
        {u"considered_cgroups"_s, opt(detail.consideredCgroups)},
        {u"candidates"_s, candidates},
        {u"dry_run"_s, detail.dryRun},
        {u"signal"_s, str(detail.signal)},
        {u"badness"_s, opt(detail.badness)},
        {u"vm_rss_kb"_s, rssKb},
        {u"cmdline"_s, str(detail.cmdline)},
        {u"mem_available_percent"_s, opt(detail.memAvailablePercent)},
        {u"swap_free_percent"_s, opt(detail.swapFreePercent)},
        {u"reason"_s, str(detail.reason)},
    };
    putSpan(object, detail.contextLines);
    return object;
}

QJsonValue slabFailureToJson(const std::optional<SlabFailure> &failure)
{
    if (!failure)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object{
        {u"allocator"_s, str(failure->allocator)}, {u"gfp_mask"_s, str(failure->gfpMask)},
        {u"cache"_s, str(failure->cache)},         {u"object_size"_s, opt(failure->objectSize)},
        {u"min_order"_s, opt(failure->minOrder)},
    };
    putSpan(object, failure->lines);
    return object;
}

QJsonValue slabBurstToJson(const std::optional<SlabFailureBurst> &burst)
{
    if (!burst)
        return QJsonValue(QJsonValue::Null);
    QJsonObject object{
        {u"allocator"_s, str(burst->allocator)},
        {u"count"_s, burst->count},
        {u"caches"_s, json::strings(burst->caches)},
        {u"gfp_mask"_s, str(burst->gfpMask)},
        {u"gfp_flags"_s,
         burst->gfpFlags.isEmpty() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(json::strings(burst->gfpFlags))},
        {u"gfp_varies"_s, burst->gfpVaries},
        {u"after_kill"_s, burst->afterKill},
        {u"seconds_apart"_s, opt(burst->secondsApart)},
    };
    putSpan(object, burst->lines);
    return object;
}

QJsonArray causesToJson(const QList<Cause> &causes)
{
    QJsonArray array;
    for (const Cause &cause : causes) {
        QJsonArray evidence;
        for (qint64 line : cause.evidence)
            evidence.append(line);
        array.append(QJsonObject{
            {u"id"_s, cause.id},
            {u"severity"_s, severityId(cause.severity)},
            {u"summary"_s, str(cause.summary)},
            {u"evidence"_s, evidence},
            {u"remedy"_s, str(cause.remedy)},
        });
    }
    return array;
}

// Where an event (or another copy of it) is: the input and its lines.
QJsonObject sourceToJson(const QString &path, const LineSpan &lines)
{
    return {
        {u"path"_s, str(path)},
        {u"first_line"_s, lineNumber(lines.isValid() ? lines.first : 0)},
        {u"last_line"_s, lineNumber(lines.isValid() ? lines.last : 0)},
    };
}

// The document without its events: schema, generator, inputs, errors, an empty "events"
// array and the summary across all events.
QJsonObject reportFrame(const Session &session, const ReportContext &context)
{
    QJsonArray inputs;
    for (const ReportInput &input : context.inputs) {
        inputs.append(QJsonObject{
            {u"path"_s, input.path},
            {u"format"_s, str(input.format)},
            {u"encoding"_s, str(input.encoding)},
            {u"bytes"_s, opt(input.bytes)},
            {u"lines"_s, opt(input.lines)},
            {u"events"_s, input.events},
        });
    }
    QJsonArray errors;
    for (const ReportError &error : context.errors)
        errors.append(QJsonObject{
            {u"path"_s, error.path},
            {u"message"_s, error.message},
            {u"severity"_s, error.warning ? u"warning"_s : u"error"_s},
        });
    return QJsonObject{
        {u"schema"_s, QString::fromLatin1(ReportSchema)},
        {u"generator"_s, str(context.generator)},
        {u"inputs"_s, inputs},
        {u"errors"_s, errors},
        {u"events"_s, QJsonArray()},
        {u"summary"_s, json::summaryToJson(session.summary)},
    };
}

} // namespace

QJsonObject incidentToJson(const Incident &incident)
{
    const OomEvent &event = incident.event;
    QJsonArray alsoIn;
    for (const EventCopy &copy : event.alsoIn)
        alsoIn.append(sourceToJson(copy.sourcePath, copy.lines));
    const bool hasTime = event.time && event.time->isValid();

    QJsonObject object{
        {u"kind"_s, eventKindId(event.kind)},
        {u"killer"_s, killerId(event.killer)},
        {u"source"_s, sourceToJson(event.sourcePath, event.lines)},
        {u"also_in"_s, alsoIn},
        {u"time"_s, timeToJson(event.time)},
        {u"time_zone_assumed"_s, hasTime ? QJsonValue(event.timeZoneAssumed) : QJsonValue()},
        {u"time_year_assumed"_s, hasTime ? QJsonValue(event.timeYearAssumed) : QJsonValue()},
        {u"uptime_s"_s, opt(event.uptimeSeconds)},
        {u"host"_s, str(event.host)},
        {u"kernel"_s, str(event.kernelRelease)},
        {u"page_size_kb"_s, opt(event.pageSizeKb)},
        {u"trigger"_s, triggerToJson(event.trigger)},
        // An empty string is a value here: the kernel printed "constraint=" with nothing after.
        {u"constraint"_s,
         event.constraint ? QJsonValue(*event.constraint) : QJsonValue(QJsonValue::Null)},
        {u"memcg"_s, json::memcgToJson(event.memcg)},
        {u"selection"_s, selectionToJson(event.selection)},
        {u"victims"_s, victimsToJson(event.victims)},
        {u"oom_group_cgroup"_s, str(event.oomGroupCgroup)},
        {u"panic"_s, event.panic},
        {u"panic_message"_s, str(event.panicMessage)},
        {u"no_killable_task"_s, event.noKillableTask},
        {u"sysrq"_s, event.sysrq},
        {u"header_suppressed"_s, event.headerSuppressed},
        {u"callbacks_suppressed"_s, opt(event.callbacksSuppressed)},
        {u"units"_s, unitsToJson(event.units)},
        {u"task_table_layout"_s, str(taskLayoutId(event.taskLayout))},
        {u"tasks"_s, json::tasksToJson(event.tasks)},
        {u"zones"_s, json::zonesToJson(event.zones)},
        {u"buddy"_s, json::buddyToJson(event.buddy)},
        {u"meminfo"_s, json::meminfoToJson(event.meminfo)},
        {u"swap"_s, json::swapToJson(event.swap)},
        {u"hugepages"_s, json::hugepagesToJson(event.hugepages)},
        {u"unreclaimable_slab"_s, json::slabToJson(event.unreclaimableSlab)},
        {u"protected_min_kb"_s, opt(event.protectedMinKb)},
        {u"protected_low_kb"_s, opt(event.protectedLowKb)},
        {u"slab_failure"_s, slabFailureToJson(event.slabFailure)},
        {u"slab_burst"_s, slabBurstToJson(event.slabBurst)},
        {u"userspace"_s,
         event.kind == EventKind::UserspaceKill ? QJsonValue(userspaceToJson(event.userspace))
                                                : QJsonValue(QJsonValue::Null)},
        {u"container_events"_s, containerEventsToJson(event.containerEvents)},
        {u"notes"_s, json::strings(event.notes)},
        {u"causes"_s, causesToJson(incident.causes)},
        {u"analysis"_s, json::analysisToJson(event, incident.analysis)},
    };
    return object;
}

QJsonObject reportToJsonObject(const Session &session, const ReportContext &context)
{
    QJsonObject report = reportFrame(session, context);
    QJsonArray events;
    for (const IncidentPtr &incident : session.incidents)
        events.append(incidentToJson(*incident));
    report.insert(u"events"_s, events);
    return report;
}

QByteArray reportToJson(const Session &session, const ReportContext &context)
{
    // toJson(Indented) already ends with a newline; it writes UTF-8.
    return QJsonDocument(reportToJsonObject(session, context)).toJson(QJsonDocument::Indented);
}

void writeReportJson(const Session &session, const ReportContext &context,
                     const std::function<void(const QByteArray &)> &write)
{
    // The frame with an empty "events" array, cut where the events go. QJsonObject orders
    // keys, so "events" is where toJson() puts it too; its elements are two levels deep.
    const QByteArray frame =
        QJsonDocument(reportFrame(session, context)).toJson(QJsonDocument::Indented);
    // (The newline in front makes it the top level's key, indented by exactly 4.)
    const QByteArray eventsOpen = "\n    \"events\": [\n";
    const qsizetype cut = frame.indexOf(QByteArray(eventsOpen + "    ]"));
    Q_ASSERT(cut >= 0);
    const qsizetype open = cut + eventsOpen.size();
    write(frame.first(open));
    const qsizetype count = session.incidents.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray event =
            QJsonDocument(incidentToJson(*session.incidents.at(i))).toJson(QJsonDocument::Indented);
        QByteArray indented;
        indented.reserve(event.size() + event.count('\n') * 8 + 2);
        for (qsizetype from = 0; from < event.size();) {
            qsizetype end = event.indexOf('\n', from);
            if (end < 0)
                end = event.size();
            indented.append("        ").append(event.constData() + from, end - from);
            from = end + 1;
            indented.append(from < event.size() ? "\n" : "");
        }
        indented.append(i + 1 < count ? ",\n" : "\n");
        write(indented);
    }
    write(frame.sliced(open));
}

} // namespace oom
