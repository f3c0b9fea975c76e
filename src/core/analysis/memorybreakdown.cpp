// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/memorybreakdown.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace oom::breakdown {

std::optional<qint64> Breakdown::partKb(const QString &id) const
{
    for (const Part &part : parts) {
        if (part.id == id)
            return part.kb;
    }
    return std::nullopt;
}

namespace {

qint64 counterKb(const OomEvent &event, const QString &key, KiB pageSize)
{
    return pagesToKiB(orZero(event.meminfo.counter(key)), pageSize).value;
}

qint64 nodeFieldKb(const OomEvent &event, const QString &key)
{
    qint64 sum = 0;
    for (const NodeState &node : event.meminfo.nodes) {
        for (const auto &[name, value] : node.fieldsKb) {
            if (name == key)
                sum += value;
        }
    }
    return sum;
}

void addUnaccounted(Breakdown &b)
{
    qint64 sum = 0;
    for (const Part &part : b.parts)
        sum += part.kb;
    b.parts.append(Part{u"unaccounted"_s, b.totalKb - sum});
}

// 3.9-5.2 print one block per memcg of the OOM subtree, each counting only its own pages:
// the subtree's figures are their sum. 5.3+ print one hierarchical block.
std::optional<MemcgStatBlock> subtreeStats(const OomEvent &event)
{
    const QString &oom = event.memcg.oomCgroup;
    MemcgStatBlock sum;
    bool any = false;
    for (const MemcgStatBlock &block : event.memcg.stats) {
        if (block.valuesInBytes || block.values.isEmpty())
            continue;
        if (!oom.isEmpty() && block.cgroup != oom && !block.cgroup.startsWith(oom + u'/'))
            continue;
        any = true;
        for (const std::pair<QString, qint64> &entry : block.values) {
            // (no structured binding: clang 14 cannot capture one in a lambda)
            const QString &key = entry.first;
            auto it = std::find_if(sum.values.begin(), sum.values.end(), [&key](const auto &kv) {
                return kv.first == key;
            });
            if (it == sum.values.end())
                sum.values.append(entry);
            else
                it->second += entry.second;
        }
    }
    if (!any)
        return std::nullopt;
    sum.cgroup = oom;
    return sum;
}

const MemcgStatBlock *oomCgroupStats(const OomEvent &event)
{
    const MemcgStatBlock *match = nullptr;
    for (const MemcgStatBlock &block : event.memcg.stats) {
        if (block.cgroup == event.memcg.oomCgroup)
            match = &block;
    }
    if (!match && event.memcg.stats.size() == 1)
        match = &event.memcg.stats.first();
    return match;
}

} // namespace

std::optional<Breakdown> ramBreakdown(const OomEvent &event)
{
    const MemInfoState &m = event.meminfo;
    if (m.countersPages.isEmpty())
        return std::nullopt;
    const KiB pageSize = event.pageSizeKb.value_or(AssumedPageSize);
    Breakdown b;
    b.scope = u"ram"_s;
    if (m.ramPages) {
        b.totalKb = pagesToKiB(*m.ramPages - orZero(m.reservedPages), pageSize).value;
        b.basis = m.reservedPages ? u"pages-ram-minus-reserved"_s : u"pages-ram"_s;
    } else {
        for (const ZoneState &zone : event.zones)
            b.totalKb +=
                zone.fieldKb(u"managed"_s).value_or(orZero(zone.fieldKb(u"present"_s))).value;
        b.basis = u"zones-managed"_s;
    }
    if (b.totalKb <= 0)
        return std::nullopt;
    // Shared memory lives on the anon LRU (swap-backed) since 2.6.28: take it out of anon.
    const qint64 shmem = counterKb(event, u"shmem"_s, pageSize);
    qint64 anon = counterKb(event, u"active_anon"_s, pageSize)
        + counterKb(event, u"inactive_anon"_s, pageSize)
        + counterKb(event, u"isolated_anon"_s, pageSize);
    // 2.6.2x prints one Active/inactive pair for anon and file together: keep it as one
    // part rather than call it anon.
    const bool combinedLru = !m.counter(u"active_anon"_s) && m.counter(u"Active"_s);
    const qint64 lru =
        counterKb(event, u"Active"_s, pageSize) + counterKb(event, u"inactive"_s, pageSize);
    qint64 hugetlb = 0;
    for (const HugepagePool &pool : event.hugepages)
        hugetlb += (pool.sizeKb * pool.total).value;
    qint64 slabReclaimable = counterKb(event, u"slab_reclaimable"_s, pageSize);
    qint64 slabUnreclaimable = counterKb(event, u"slab_unreclaimable"_s, pageSize);
    if (!m.counter(u"slab_reclaimable"_s) && m.counter(u"slab"_s))
        slabUnreclaimable = counterKb(event, u"slab"_s, pageSize); // 2.6.2x: one slab total
    b.parts = {
        {combinedLru ? u"lru-anon-and-file"_s : u"anon"_s,
         qMax<qint64>(0, (combinedLru ? lru : anon) - shmem)},
        {u"file"_s,
         counterKb(event, u"active_file"_s, pageSize)
             + counterKb(event, u"inactive_file"_s, pageSize)
             + counterKb(event, u"isolated_file"_s, pageSize)},
        {u"shmem"_s, shmem},
        {u"unevictable"_s, counterKb(event, u"unevictable"_s, pageSize)},
        {u"slab-reclaimable"_s, slabReclaimable},
        {u"slab-unreclaimable"_s, slabUnreclaimable},
        {u"page-tables"_s,
         counterKb(event, u"pagetables"_s, pageSize)
             + counterKb(event, u"sec_pagetables"_s, pageSize)},
        {u"kernel-stack"_s, nodeFieldKb(event, u"kernel_stack"_s)},
        {u"hugetlb"_s, hugetlb},
        {u"free"_s, counterKb(event, u"free"_s, pageSize)},
    };
    addUnaccounted(b);
    if (event.swap.totalKb) {
        b.swapTotalKb = event.swap.totalKb->value;
        if (event.swap.freeKb)
            b.swapUsedKb = (*event.swap.totalKb - *event.swap.freeKb).value;
    }
    return b;
}

std::optional<Breakdown> memcgBreakdown(const OomEvent &event)
{
    const std::optional<MemcgStatBlock> inlineSum = subtreeStats(event);
    const MemcgStatBlock *stats = inlineSum ? &*inlineSum : oomCgroupStats(event);
    if (!stats || stats->values.isEmpty() || !event.memcg.memory.usageKb)
        return std::nullopt; // an elided stats block tells nothing
    Breakdown b;
    b.scope = u"memcg"_s;
    b.totalKb = event.memcg.memory.usageKb->value;
    b.basis = u"memcg-usage"_s;
    auto kb = [stats](const QString &key) {
        return orZero(stats->valueKb(key)).value;
    };
    if (stats->valueKb(u"anon"_s)) {
        // cgroup v2 memory.stat (also printed for v1 in 5.3-6.4)
        b.parts = {
            {u"anon"_s, kb(u"anon"_s)},
            {u"file"_s, kb(u"file"_s) - kb(u"shmem"_s)},
            {u"shmem"_s, kb(u"shmem"_s)},
            {u"slab-reclaimable"_s, kb(u"slab_reclaimable"_s)},
            {u"slab-unreclaimable"_s, kb(u"slab_unreclaimable"_s)},
            {u"page-tables"_s, kb(u"pagetables"_s)},
            {u"kernel-stack"_s, kb(u"kernel_stack"_s)},
            {u"sock"_s, kb(u"sock"_s)},
            {u"percpu"_s, kb(u"percpu"_s)},
        };
    } else {
        // cgroup v1: rss (anon) and cache (file incl. shmem); kernel memory is only in kmem.
        b.parts = {
            {u"anon"_s, kb(u"rss"_s)},
            {u"file"_s, kb(u"cache"_s) - kb(u"shmem"_s)},
            {u"shmem"_s, kb(u"shmem"_s)},
            {u"kernel"_s, orZero(event.memcg.kmem.usageKb).value},
        };
    }
    addUnaccounted(b);
    if (event.memcg.swap.usageKb) {
        b.swapUsedKb = valueOf(event.memcg.swap.usageKb);
        b.swapTotalKb = valueOf(event.memcg.swap.limitKb);
    } else if (event.memcg.memsw.usageKb
               && *event.memcg.memsw.usageKb >= *event.memcg.memory.usageKb) {
        // Without swap accounting memory+swap reads 0: then swap use is unknown.
        b.swapUsedKb = (*event.memcg.memsw.usageKb - *event.memcg.memory.usageKb).value;
    }
    return b;
}

} // namespace oom::breakdown
