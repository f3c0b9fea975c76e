// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/report/snapshotjson.h"

#include "core/report/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace oom {

namespace {

void writeMeminfo(JsonWriter &w, const MemInfoTable &table)
{
    if (table.isEmpty()) {
        w.null();
        return;
    }
    // kB lines and the unit-less HugePages_* counts are kept apart, as the model does.
    w.beginObject();
    w.key("kb");
    writeKeyed(w, table.kb);
    w.key("counts");
    writeKeyed(w, table.counts);
    w.endObject();
}

void writeIntList(JsonWriter &w, const QList<qint64> &values)
{
    w.beginArray();
    for (const qint64 v : values)
        w.value(v);
    w.endArray();
}

void writeZones(JsonWriter &w, const Snapshot &s)
{
    w.beginArray();
    for (const ZoneInfo &z : s.zones) {
        w.beginObject();
        w.field("node", z.node);
        w.field("zone", z.name);
        w.field("free_pages", z.free);
        w.field("boost_pages", z.boost);
        w.field("min_pages", z.min);
        w.field("low_pages", z.low);
        w.field("high_pages", z.high);
        w.field("promo_pages", z.promo);
        w.field("spanned_pages", z.spanned);
        w.field("present_pages", z.present);
        w.field("managed_pages", z.managed);
        w.field("cma_pages", z.cma);
        w.key("protection_pages");
        w.beginArray();
        for (const Pages p : z.protection)
            w.value(p.value);
        w.endArray();
        w.field("unreclaimable", z.unreclaimable);
        w.field("start_pfn", z.startPfn);
        w.key("counters");
        writeKeyed(w, z.counters);
        w.key("pagesets");
        w.beginArray();
        for (const ZonePageset &p : z.pagesets) {
            w.beginObject();
            w.field("cpu", p.cpu);
            w.field("count", p.count);
            w.field("high", p.high);
            w.field("batch", p.batch);
            w.field("high_min", p.highMin);
            w.field("high_max", p.highMax);
            w.field("stat_threshold", p.statThreshold);
            w.endObject();
        }
        w.endArray();
        w.key("tail");
        writeKeyed(w, z.tail);
        w.endObject();
    }
    w.endArray();
}

// buddyinfo and pagetypeinfo per zone; zones without either are left out.
void writeBuddy(JsonWriter &w, const Snapshot &s)
{
    w.beginArray();
    for (const ZoneInfo &z : s.zones) {
        if (z.freeBlocksPerOrder.isEmpty() && z.freeByMigrateType.isEmpty())
            continue;
        w.beginObject();
        w.field("node", z.node);
        w.field("zone", z.name);
        w.key("free_blocks_per_order");
        z.freeBlocksPerOrder.isEmpty() ? w.null() : writeIntList(w, z.freeBlocksPerOrder);
        const std::optional<Pages> free = z.freeFromBuddy();
        w.field("free_pages", free);
        w.key("by_migrate_type");
        if (z.freeByMigrateType.isEmpty()) {
            w.null(); // pagetypeinfo: root only since 5.4, or not asked for
        } else {
            w.beginArray();
            for (const MigrateTypeFree &m : z.freeByMigrateType) {
                w.beginObject();
                w.field("type", m.type);
                w.key("free_blocks_per_order");
                writeIntList(w, m.blocksPerOrder);
                w.key("capped_orders"); // ">100000" printed for these orders (5.4+)
                w.beginArray();
                for (int order = 0; order < 32; ++order) {
                    if (m.cappedOrders & (1u << order))
                        w.value(order);
                }
                w.endArray();
                w.endObject();
            }
            w.endArray();
        }
        w.key("pageblocks_by_migrate_type");
        z.pageblocksByMigrateType.isEmpty() ? w.null() : writeKeyed(w, z.pageblocksByMigrateType);
        w.endObject();
    }
    w.endArray();
}

void writePressure(JsonWriter &w, const std::optional<Pressure> &p)
{
    if (!p) {
        w.null(); // no PSI: CONFIG_PSI off, psi=0, or a kernel before 4.20
        return;
    }
    w.beginObject();
    w.key("some");
    writePsi(w, p->some);
    w.key("full");
    writePsi(w, p->full);
    w.endObject();
}

void writeChoice(JsonWriter &w, const std::optional<ThpChoice> &choice)
{
    if (!choice) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("selected");
    w.stringOrNull(choice->selected);
    w.key("choices");
    w.beginArray();
    for (const QString &c : choice->choices)
        w.value(c);
    w.endArray();
    w.endObject();
}

void writeThp(JsonWriter &w, const ThpSettings &thp)
{
    if (thp.isEmpty()) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("enabled");
    writeChoice(w, thp.enabled);
    w.key("defrag");
    writeChoice(w, thp.defrag);
    w.key("shmem_enabled");
    writeChoice(w, thp.shmemEnabled);
    w.field("use_zero_page", thp.useZeroPage);
    w.field("hpage_pmd_size_bytes", thp.hpagePmdSizeBytes);
    w.key("khugepaged");
    writeKeyed(w, thp.khugepaged);
    w.key("per_size");
    w.beginObject();
    for (const auto &[size, choice] : thp.perSize) {
        const QByteArray name = size.toUtf8(); // "hugepages-64kB": ASCII
        w.key(name.constData());
        writeChoice(w, choice);
    }
    w.endObject();
    w.endObject();
}

void writeNuma(JsonWriter &w, const Snapshot &s)
{
    w.beginArray();
    for (const NumaNode &n : s.numaNodes) {
        w.beginObject();
        w.field("node", n.id);
        w.key("meminfo");
        writeMeminfo(w, n.meminfo);
        w.key("distance");
        w.beginArray();
        for (const int d : n.distance)
            w.value(d);
        w.endArray();
        w.key("cpu_list");
        w.stringOrNull(n.cpuList);
        w.key("zoneinfo_stats");
        writeKeyed(w, n.zoneinfoStats);
        w.endObject();
    }
    w.endArray();
}

void writeSwaps(JsonWriter &w, const Snapshot &s)
{
    if (!s.swapsKnown) {
        w.null();
        return;
    }
    w.beginArray();
    for (const SwapDevice &d : s.swaps) {
        w.beginObject();
        w.field("filename", d.filename);
        w.field("type", d.type);
        w.field("size_kb", d.size.value);
        w.field("used_kb", d.used.value);
        w.field("priority", d.priority);
        w.endObject();
    }
    w.endArray();
}

void writeOom(JsonWriter &w, const SnapshotRanking &r)
{
    // The global OOM as the kernel would see it now; the tasks carry their own points.
    w.beginObject();
    w.field("era", eraId(r.era));
    w.key("totalpages");
    r.totalpages ? w.value(r.totalpages->total()) : w.null();
    w.key("totalram_pages");
    r.totalpages ? w.value(r.totalpages->ramPages) : w.null();
    w.key("total_swap_pages");
    r.totalpages ? w.value(r.totalpages->swapPages) : w.null();
    w.key("predicted_victim");
    if (r.ranking.predictedPid) {
        w.beginObject();
        w.field("pid", *r.ranking.predictedPid);
        w.field("comm", r.ranking.predictedComm);
        w.endObject();
    } else {
        w.null();
    }
    w.endObject();
}

} // namespace

void writePsi(JsonWriter &w, const std::optional<PsiLine> &line)
{
    if (!line) {
        w.null();
        return;
    }
    w.beginObject();
    w.field("avg10", line->avg10);
    w.field("avg60", line->avg60);
    w.field("avg300", line->avg300);
    w.field("total_us", line->totalUs);
    w.endObject();
}

void writeKeyed(JsonWriter &w, const KeyedCounters &counters)
{
    w.beginObject();
    for (const auto &[name, value] : counters.entries) {
        // Counter names are the kernel's identifiers (ASCII, no quotes).
        const QByteArray key = name.toLatin1();
        w.key(key.constData());
        w.value(value);
    }
    w.endObject();
}

std::string snapshotToJson(const Snapshot &s, const SnapshotRanking &ranking,
                           const QString &generator, const QList<ExtraNote> &extra)
{
    // Top level and its members indented; a zone, cgroup or task is one line.
    JsonWriter w(3);
    writeSnapshotJson(w, s, ranking, generator, extra);
    return w.take();
}

void writeSnapshotJson(JsonWriter &w, const Snapshot &s, const SnapshotRanking &ranking,
                       const QString &generator, const QList<ExtraNote> &extra)
{
    w.beginObject();
    w.field("schema", u"oomlens.snapshot/1"_s);
    w.field("generator", generator);
    w.field("root", s.root);
    w.field("live", s.live);
    w.field("time", s.takenAt.toString(Qt::ISODateWithMs));
    w.key("kernel");
    w.stringOrNull(s.kernelRelease);
    w.key("hostname");
    w.stringOrNull(s.hostname);
    w.key("uptime_s");
    s.uptimeSeconds ? w.value(*s.uptimeSeconds) : w.null();
    w.field("page_size_kb", s.pageSize.value);
    w.field("page_size_inferred", s.pageSizeInferred);
    w.field("clock_ticks_per_s", s.clockTicksPerSecond);
    w.key("meminfo");
    writeMeminfo(w, s.meminfo);
    w.key("vmstat");
    s.vmstat.isEmpty() ? w.null() : writeKeyed(w, s.vmstat);
    w.key("zones");
    writeZones(w, s);
    w.key("buddy");
    writeBuddy(w, s);
    w.field("pageblock_order", s.pageblockOrder);
    w.field("pages_per_block", s.pagesPerBlock);
    w.key("pressure");
    w.beginObject();
    w.key("memory");
    writePressure(w, s.memoryPressure);
    w.key("cpu");
    writePressure(w, s.cpuPressure);
    w.key("io");
    writePressure(w, s.ioPressure);
    w.endObject();
    w.key("swaps");
    writeSwaps(w, s);
    w.key("vm_sysctls");
    w.beginObject();
    for (const auto &[name, value] : s.vmSysctls) {
        const QByteArray key = name.toLatin1(); // file names under proc/sys/vm
        w.key(key.constData());
        w.value(value);
    }
    w.endObject();
    w.key("thp");
    writeThp(w, s.thp);
    w.key("numa");
    writeNuma(w, s);
    w.key("oom");
    writeOom(w, ranking);
    writeCgroups(w, s);
    writeTasks(w, s, ranking);
    w.key("notes");
    QList<ExtraNote> notes = extra;
    for (const QString &message : ranking.notes)
        notes.append({"ranking", u"ranking"_s, message});
    writeNotes(w, s.notes, notes);
    w.endObject();
}

} // namespace oom
