// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// The cgroups, tasks and notes of `oomlens.snapshot/1` (RANK-SNAPSHOT-CONTRACT.md).
#include "core/report/jsonwriter.h"
#include "core/report/notesjson.h"
#include "core/report/snapshotjson.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace oom {

namespace {

const char *runtimeId(ContainerRuntime runtime)
{
    switch (runtime) {
    case ContainerRuntime::None: return "none";
    case ContainerRuntime::Docker: return "docker";
    case ContainerRuntime::Containerd: return "containerd";
    case ContainerRuntime::Crio: return "cri-o";
    case ContainerRuntime::Podman: return "podman";
    case ContainerRuntime::Lxc: return "lxc";
    case ContainerRuntime::Nspawn: return "nspawn";
    case ContainerRuntime::Unnamed: return "unnamed";
    }
    return "none";
}

const char *layoutId(CgroupLayout layout)
{
    switch (layout) {
    case CgroupLayout::Unknown: return "unknown";
    case CgroupLayout::V1: return "v1";
    case CgroupLayout::V2: return "v2";
    case CgroupLayout::Hybrid: return "hybrid";
    }
    return "unknown";
}

// Bytes; "max" for the kernel's "no limit" (v2 "max", the v1 sentinels); null unknown.
void writeLimit(JsonWriter &w, const char *name, const std::optional<MemoryLimit> &limit)
{
    w.key(name);
    if (!limit)
        w.null();
    else if (limit->unlimited)
        w.latin1("max");
    else
        w.value(limit->bytes.value);
}

void writeV1Counter(JsonWriter &w, const char *name, const CgroupV1Counter &c)
{
    w.key(name);
    if (c.isEmpty()) {
        w.null();
        return;
    }
    w.beginObject();
    w.field("usage_bytes", c.usage);
    writeLimit(w, "limit_bytes", c.limit);
    w.field("max_usage_bytes", c.maxUsage);
    w.field("failcnt", c.failcnt);
    w.endObject();
}

void writeOwner(JsonWriter &w, const CgroupOwner &o)
{
    w.key("owner");
    if (o.isEmpty()) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("unit");
    w.stringOrNull(o.unit);
    w.key("slice");
    w.stringOrNull(o.slice);
    w.key("runtime");
    w.latin1(runtimeId(o.runtime));
    w.key("container_id");
    w.stringOrNull(o.containerId);
    w.key("pod_uid");
    w.stringOrNull(o.podUid);
    w.key("qos_class");
    w.stringOrNull(o.qosClass);
    w.endObject();
}

void writeCgroup(JsonWriter &w, const Cgroup &c)
{
    const bool v2 = c.version == CgroupVersion::V2;
    w.beginObject();
    w.field("path", c.path);
    w.key("version");
    w.latin1(v2 ? "v2" : "v1");
    w.key("hierarchy");
    w.stringOrNull(c.hierarchy);
    w.field("depth", c.depth);
    writeOwner(w, c.owner);
    // cgroup v2
    w.field("current_bytes", c.current);
    writeLimit(w, "max_bytes", c.max);
    writeLimit(w, "high_bytes", c.high);
    writeLimit(w, "low_bytes", c.low);
    writeLimit(w, "min_bytes", c.min);
    w.field("peak_bytes", c.peak);
    w.field("swap_current_bytes", c.swapCurrent);
    writeLimit(w, "swap_max_bytes", c.swapMax);
    writeLimit(w, "swap_high_bytes", c.swapHigh);
    w.key("events");
    c.events.isEmpty() ? w.null() : writeKeyed(w, c.events);
    w.key("events_local");
    c.eventsLocal.isEmpty() ? w.null() : writeKeyed(w, c.eventsLocal);
    w.key("swap_events");
    c.swapEvents.isEmpty() ? w.null() : writeKeyed(w, c.swapEvents);
    w.field("oom_group", c.oomGroup);
    w.key("pressure");
    if (c.pressure.isEmpty()) {
        w.null();
    } else {
        w.beginObject();
        w.key("some");
        writePsi(w, c.pressure.some);
        w.key("full");
        writePsi(w, c.pressure.full);
        w.endObject();
    }
    // both versions
    w.key("stat");
    c.stat.isEmpty() ? w.null() : writeKeyed(w, c.stat);
    w.field("cpuset_mems", c.cpusetMems);
    w.field("cpuset_mems_effective", c.cpusetMemsEffective);
    // cgroup v1 memory controller
    writeV1Counter(w, "memory", c.memory);
    writeV1Counter(w, "memsw", c.memsw);
    writeV1Counter(w, "kmem", c.kmem);
    writeV1Counter(w, "kmem_tcp", c.kmemTcp);
    writeLimit(w, "soft_limit_bytes", c.softLimit);
    w.field("swappiness", c.swappiness);
    w.field("use_hierarchy", c.useHierarchy);
    w.key("oom_control");
    if (!c.oomControl.oomKillDisable && !c.oomControl.underOom && !c.oomControl.oomKill) {
        w.null();
    } else {
        w.beginObject();
        w.field("oom_kill_disable", c.oomControl.oomKillDisable);
        w.field("under_oom", c.oomControl.underOom);
        w.field("oom_kill", c.oomControl.oomKill);
        w.endObject();
    }
    w.endObject();
}

// The /proc/<pid> files behind ProcessField bits, in bit order.
constexpr const char *FieldFiles[] = {"stat",   "status",  "oom_score",   "oom_score_adj",
                                      "cgroup", "cmdline", "smaps_rollup"};

void writeFieldList(JsonWriter &w, ProcessFields fields)
{
    w.beginArray();
    for (unsigned bit = 0; bit < std::size(FieldFiles); ++bit) {
        if (fields.testFlag(ProcessField(1u << bit)))
            w.latin1(FieldFiles[bit]);
    }
    w.endArray();
}

void writeTask(JsonWriter &w, const ProcessInfo &p, const RankedTask *ranked)
{
    w.beginObject();
    w.field("pid", p.pid);
    w.field("ppid", p.ppid);
    w.key("comm");
    w.stringOrNull(p.comm);
    w.key("state");
    if (p.state != 0) {
        const char state[2] = {p.state, 0};
        w.latin1(state);
    } else {
        w.null();
    }
    w.field("uid", p.uid);
    w.field("threads", p.threads);
    w.field("kernel_thread", p.kernelThread);
    w.field("start_time_ticks", p.startTimeTicks);
    w.field("vm_size_kb", p.vmSize);
    w.field("rss_kb", p.vmRss);
    w.field("rss_anon_kb", p.rssAnon);
    w.field("rss_file_kb", p.rssFile);
    w.field("rss_shmem_kb", p.rssShmem);
    w.field("swap_kb", p.vmSwap);
    w.field("pgtables_kb", p.vmPte);
    w.field("oom_score_adj", p.oomScoreAdj);
    // Predicted from the badness formula (the kernel's file is not read: one open() less
    // per process); oom_score_kernel holds the file when asked for (--with oom_score).
    w.key("points");
    ranked ? w.value(ranked->points) : w.null();
    w.key("oom_score");
    ranked ? w.value(ranked->oomScore) : w.null();
    w.field("oom_score_kernel", p.oomScore);
    w.key("rank");
    ranked && ranked->rank > 0 ? w.value(ranked->rank) : w.null();
    w.key("ineligible");
    if (ranked && !ranked->eligible)
        w.value(ineligibilityId(ranked->ineligibility));
    else
        w.null();
    w.key("memory_cgroup");
    (p.fieldsRead & ProcessField::Cgroup) ? w.value(p.memoryCgroup()) : w.null();
    w.key("cgroups");
    if (p.fieldsRead & ProcessField::Cgroup) {
        w.beginArray();
        for (const ProcessCgroup &c : p.cgroups) {
            w.beginObject();
            w.field("hierarchy_id", c.hierarchyId);
            w.field("controllers", c.controllers);
            w.field("path", c.path);
            w.endObject();
        }
        w.endArray();
    } else {
        w.null();
    }
    w.key("cmdline");
    if (p.fieldsRead & ProcessField::Cmdline) {
        w.beginArray();
        for (const QString &arg : p.cmdline)
            w.value(arg);
        w.endArray();
    } else {
        w.null();
    }
    w.field("pss_kb", p.pss);
    w.field("pss_anon_kb", p.pssAnon);
    w.field("pss_file_kb", p.pssFile);
    w.field("pss_shmem_kb", p.pssShmem);
    w.field("swap_pss_kb", p.swapPss);
    w.key("files_read");
    writeFieldList(w, p.fieldsRead);
    w.key("files_denied");
    writeFieldList(w, p.fieldsDenied);
    w.endObject();
}

} // namespace

void writeCgroups(JsonWriter &w, const Snapshot &s)
{
    w.key("cgroup_layout");
    w.latin1(layoutId(s.cgroupLayout));
    w.key("cgroups");
    w.beginArray();
    for (const Cgroup &c : s.cgroups)
        writeCgroup(w, c);
    w.endArray();
}

void writeTasks(JsonWriter &w, const Snapshot &s, const SnapshotRanking &ranking)
{
    QHash<qint64, const RankedTask *> byPid;
    byPid.reserve(ranking.ranking.tasks.size());
    for (const RankedTask &t : ranking.ranking.tasks)
        byPid.insert(t.pid, &t);
    w.key("tasks");
    w.beginArray();
    for (const ProcessInfo &p : s.processes)
        writeTask(w, p, byPid.value(p.pid));
    w.endArray();
}

void writeNotes(JsonWriter &w, const QList<SnapshotNote> &notes, const QList<ExtraNote> &extra)
{
    w.beginArray();
    for (const SnapshotNote &n : notes) {
        w.beginObject();
        w.field("kind", notesjson::noteKindId(n.kind));
        w.field("subject", n.subject);
        w.field("message", n.message);
        w.key("errno");
        n.errnum != 0 ? w.value(n.errnum) : w.null();
        w.endObject();
    }
    for (const ExtraNote &note : extra) {
        w.beginObject();
        w.key("kind");
        w.latin1(note.kind);
        w.field("subject", note.subject);
        w.field("message", note.message);
        w.key("errno");
        w.null();
        w.endObject();
    }
    w.endArray();
}

} // namespace oom
